// `npm run build` writes dist/, what clerks get: the task pane, the (empty) function-command page,
// assets and the manifest. `ADDIN_PUBLIC_URL=https://addin.example.com/ npm run build` rewrites the
// manifest for central deployment.
// The browser playground (a development aid: the real pane beside a fake workbook) is a page of the
// dev server, and `npm run build:playground` (`--env playground`) builds it with the pane into
// build/playground/ for the browser tests. It never goes into dist/.
// The dev server forwards the proxy's paths to PROXY_URL (default http://127.0.0.1:3100), so the
// pane and the proxy share one origin, as they do when the proxy serves dist/ itself.
// The ADDIN_* settings (proxy address, auth mode, Entra ID tenant, client id, API scope; see
// .env.example) are built into the pane; an addin-config.json served beside it overrides them.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const proxyUrl = process.env.PROXY_URL || "http://127.0.0.1:3100";
/** The dev server's port: DEV_SERVER_PORT, else package.json's config.dev_server_port, else 3000. */
const devServerPort = Number(
  process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000,
);

function publicUrl(mode) {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url || mode === "development") return urlDev;
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https URL such as https://addin.example.com/ (got "${url}")`,
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** The deployment settings the build carries (src/taskpane/addin-config.ts reads and checks them). */
function addinConfig() {
  const e = process.env;
  return JSON.stringify({
    proxyUrl: e.ADDIN_PROXY_URL,
    authMode: e.ADDIN_AUTH_MODE,
    tenantId: e.ADDIN_ENTRA_TENANT_ID,
    clientId: e.ADDIN_ENTRA_CLIENT_ID,
    apiScope: e.ADDIN_ENTRA_API_SCOPE,
    authority: e.ADDIN_ENTRA_AUTHORITY,
  });
}

/** The manifest for `target`: every URL moved there, AppDomains to its origin (no path, no trailing slash). */
function productionManifest(xml, target) {
  const devOrigin = new URL(urlDev).origin;
  return xml
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${new URL(target).origin}</AppDomain>`)
    .split(urlDev)
    .join(target);
}

/**
 * addin-config.json beside taskpane.html, holding the build-time settings: the pane reads it at
 * start (a missing file would be a 404 in every clerk's console), and IT may edit it per
 * deployment without rebuilding.
 */
class EmitAddinConfig {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EmitAddinConfig", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EmitAddinConfig", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(JSON.parse(addinConfig()), null, 2)}\n`;
          compilation.emitAsset("addin-config.json", new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

async function httpsOptions(env) {
  if (env.WEBPACK_BUILD || env.http) return undefined;
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const mode = options.mode || "production";
  const dev = mode === "development";
  const playground = dev || Boolean(env.playground);
  const target = publicUrl(mode);
  const https = await httpsOptions(env);
  return {
    mode,
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      "auth-redirect": "./src/taskpane/auth/redirect-page.ts",
      "auth-dialog": "./src/taskpane/auth/dialog-page.ts",
      ...(playground ? { playground: "./src/playground/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, env.playground ? "build/playground" : "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ "process.env.ADDIN_CONFIG": JSON.stringify(addinConfig()) }),
      new EmitAddinConfig(),
      new HtmlWebpackPlugin({
        filename: "auth-redirect.html",
        template: "./src/taskpane/auth/auth-redirect.html",
        chunks: ["auth-redirect"],
      }),
      new HtmlWebpackPlugin({
        filename: "auth-dialog.html",
        template: "./src/taskpane/auth/auth-dialog.html",
        chunks: ["auth-dialog"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(playground
        ? [
            new HtmlWebpackPlugin({
              filename: "playground.html",
              template: "./src/playground/playground.html",
              chunks: ["playground"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              target === urlDev ? content : productionManifest(content.toString(), target),
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 1_200_000, maxEntrypointSize: 1_200_000 },
    devServer: {
      hot: true,
      host: "localhost",
      port: devServerPort,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      proxy: [{ context: ["/open-apis", "/healthz", "/self-check"], target: proxyUrl, changeOrigin: true }],
    },
  };
};
