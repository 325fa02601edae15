// ESLint flat config: typescript-eslint everywhere, react-hooks on the task pane,
// the Office add-in rules on the Excel adapter, and a purity fence around src/core.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "timers",
  "tls",
  "url",
  "util",
  "worker_threads",
  "zlib",
];

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test/e2e/artifacts/**", ".data/**", ".tmp/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: {
      // Plain JS config files (webpack, jest stubs) are CommonJS by design.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The pure core: no Office.js, React, DOM or Node built-ins (docs/architecture.md §1).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/core is pure: no Node built-ins." })),
          patterns: [
            { group: ["node:*"], message: "src/core is pure: no Node built-ins." },
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
              message: "src/core is pure: no React/Fluent.",
            },
            { group: ["@microsoft/office-js", "office-*"], message: "src/core is pure: no Office.js." },
            {
              group: ["**/excel/**", "**/taskpane/**", "**/proxy/**", "**/emulator/**"],
              message: "src/core depends on nothing outside src/core.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "Excel",
          "OfficeRuntime",
          "window",
          "document",
          "navigator",
          "localStorage",
          "sessionStorage",
          "fetch",
          "XMLHttpRequest",
          "process",
          "Buffer",
          "require",
          "__dirname",
          "global",
          "setImmediate",
        ].map((name) => ({
          name,
          message: "src/core is pure: Office.js, DOM and Node globals are injected from outside.",
        })),
      ],
    },
  },
);
