/**
 * What a fresh machine with Node and npm alone gets from this repository: an install with no
 * native build on its required path, every required peer present, and a dist/ that holds what
 * clerks get and nothing of the development playground.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const REPO = resolve(__dirname, "../..");
const DIST = join(REPO, "dist");

interface LockEntry {
  version?: string;
  optional?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
const lock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockEntry>;
};
const entries = Object.entries(lock.packages).filter(([path]) => path !== "");
const name = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

/**
 * Install scripts allowed on the required path, none of which compiles anything when the
 * package's prebuilt binary (itself an npm package) is there.
 */
const INSTALL_SCRIPTS_WITHOUT_A_COMPILER = [
  "esbuild", // checks its platform package's binary
  "unrs-resolver", // checks its napi platform package
  "protobufjs", // prints a version notice
  "@parcel/watcher", // builds from source only when no platform package fits
];

/** Where node would find `dep` when `from` requires it. */
function resolves(from: string, dep: string): boolean {
  for (let base = from; ;) {
    if (lock.packages[`${base ? `${base}/` : ""}node_modules/${dep}`]) return true;
    if (base === "") return false;
    const i = base.lastIndexOf("/node_modules/");
    base = i < 0 ? "" : base.slice(0, i);
  }
}

describe("installing with Node alone", () => {
  test("keytar and the Microsoft 365 toolkit CLI (which needs it) are not in the lock", () => {
    const names = entries.map(([path]) => name(path));
    expect(names).not.toContain("keytar");
    expect(names).not.toContain("@microsoft/m365agentstoolkit-cli");
  });

  test("no required package runs an install script that may need a compiler", () => {
    const scripted = entries.filter(([, e]) => e.hasInstallScript && !e.optional).map(([path]) => name(path));
    expect(scripted.length).toBeGreaterThan(0);
    expect(scripted.filter((n) => !INSTALL_SCRIPTS_WITHOUT_A_COMPILER.includes(n))).toEqual([]);
  });

  test("every required peer dependency resolves (the install does not add peers: .npmrc legacy-peer-deps)", () => {
    expect(readFileSync(join(REPO, ".npmrc"), "utf8")).toMatch(/^legacy-peer-deps=true$/m);
    const missing: string[] = [];
    for (const [path, e] of entries)
      for (const peer of Object.keys(e.peerDependencies ?? {}))
        if (!e.peerDependenciesMeta?.[peer]?.optional && !resolves(path, peer))
          missing.push(`${name(path)} → ${peer}`);
    // office-addin-dev-settings uses its peer only for the unified (JSON) manifest, through npx.
    expect(missing).toEqual(["office-addin-dev-settings → @microsoft/m365agentstoolkit-cli"]);
  });
});

describe("dist/, what clerks get", () => {
  test("holds the task pane, the command page, the assets and the manifest, and no playground", () => {
    if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
    const files = readdirSync(DIST, { recursive: true }).map(String);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "manifest.xml"]));
    expect(files.some((f) => f.startsWith("assets/") && f.endsWith(".png"))).toBe(true);
    expect(files.filter((f) => /playground|fake-excel/i.test(f))).toEqual([]);
    // The source maps name every module bundled: none of the playground or the fake Excel.
    const maps = files.filter((f) => f.endsWith(".js.map"));
    expect(maps.length).toBeGreaterThan(0);
    const sources = maps.flatMap(
      (f) => (JSON.parse(readFileSync(join(DIST, f), "utf8")) as { sources: string[] }).sources,
    );
    expect(sources.some((s) => s.includes("src/taskpane/"))).toBe(true);
    expect(sources.filter((s) => /src\/(playground|fake-excel)\//.test(s))).toEqual([]);
  });
});
