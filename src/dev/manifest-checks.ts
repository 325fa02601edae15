/**
 * Offline checks of manifest.xml: the official XSDs (vendored, through xmllint-wasm),
 * office-addin-manifest's own parser, and our rules (GUID id, https URLs, every resid defined,
 * every icon present at its declared pixel size, zh-CN overrides, the ExcelApi requirement).
 * Used by `npm run validate` and test/excel/manifest.test.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";
import { XMLParser } from "fast-xml-parser";

export const REPO_ROOT = resolve(__dirname, "../..");
/** The official manifest schemas, vendored unmodified (see vendor/office-manifest-schemas/SOURCE.md). */
export const SCHEMAS_DIR = resolve(REPO_ROOT, "vendor/office-manifest-schemas");

export type CheckResult = { ok: true; note?: string } | { ok: false; errors: string[] };

/**
 * Validates against the official XSDs with libxml2 compiled to WebAssembly (xmllint-wasm), so the
 * check needs nothing but Node and runs in every clone. The schemas' .NET-only lazy pattern
 * "{0,3}?" is patched in memory (dropping the "?" changes no match of an anchored pattern;
 * docs/office-addin.md §2.4); the files on disk stay as published.
 */
export async function checkSchema(manifestXml: string, schemasDir = SCHEMAS_DIR): Promise<CheckResult> {
  const files = readdirSync(schemasDir)
    .filter((n) => n.endsWith(".xsd"))
    .map((fileName) => {
      const text = readFileSync(join(schemasDir, fileName), "utf8");
      const patched =
        fileName === "OfficeAppManifestV1_1.xsd" || fileName === "OfficeAppBasicTypesV1_0.xsd"
          ? text.replace(/\{0,3\}\?"/g, '{0,3}"')
          : text;
      return { fileName, contents: patched };
    });
  const main = files.find((f) => f.fileName === "OfficeAppManifestV1_1.xsd");
  if (!main) return { ok: false, errors: [`OfficeAppManifestV1_1.xsd is missing from ${schemasDir}`] };
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: manifestXml }],
    schema: [main],
    preload: files.filter((f) => f !== main),
  });
  return result.valid ? { ok: true } : { ok: false, errors: result.errors.map((e) => e.message) };
}

/** office-addin-manifest's parser, in a child process (its ESM-only dependencies do not load under jest). */
export function parseWithOfficeTool(manifestPath: string): Record<string, unknown> {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const out = execFileSync(process.execPath, ["-e", script, manifestPath], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return JSON.parse(out) as Record<string, unknown>;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } | null {
  const b = readFileSync(file);
  if (b.length < 24 || b.toString("ascii", 1, 4) !== "PNG" || b.toString("ascii", 12, 16) !== "IHDR")
    return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

type Node = Record<string, unknown>;
const arr = (v: unknown): Node[] => (v == null ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);

/** Walks every element, calling `visit(name, node)`. */
function walk(node: unknown, visit: (name: string, n: Node) => void): void {
  if (node == null || typeof node !== "object") return;
  for (const [name, child] of Object.entries(node as Node)) {
    if (name.startsWith("@_")) continue;
    for (const c of arr(child)) {
      if (typeof c === "object") {
        visit(name, c);
        walk(c, visit);
      }
    }
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our own rules. `publicUrl` is where the URLs must point (https://localhost:3000/ for the dev manifest). */
export function checkOwnRules(
  manifestXml: string,
  assetsDir = join(REPO_ROOT, "assets"),
  publicUrl = "https://localhost:3000/",
): CheckResult {
  const errors: string[] = [];
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: () => false }).parse(
    manifestXml,
  ) as Node;
  const app = doc.OfficeApp as Node | undefined;
  if (!app) return { ok: false, errors: ["no <OfficeApp> root"] };
  if (!GUID.test(String(app.Id ?? ""))) errors.push(`<Id> "${String(app.Id)}" is not a GUID`);
  if (app.Permissions !== "ReadWriteDocument") errors.push("<Permissions> must be ReadWriteDocument");
  const sets = arr(
    (app.Requirements as Node | undefined)?.Sets && ((app.Requirements as Node).Sets as Node).Set,
  );
  if (!sets.some((s) => s["@_Name"] === "ExcelApi" && /^1\.\d+$/.test(String(s["@_MinVersion"]))))
    errors.push("<Requirements> must name the minimum ExcelApi set");
  for (const el of ["DisplayName", "Description"]) {
    if (!arr((app[el] as Node | undefined)?.Override).some((o) => o["@_Locale"] === "zh-CN"))
      errors.push(`<${el}> has no zh-CN Override`);
  }
  const urls: string[] = [];
  const defined = new Map<string, string>();
  const used: { resid: string; size?: number }[] = [];
  walk(doc, (name, n) => {
    const value = n["@_DefaultValue"];
    if (
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(name) &&
      typeof value === "string"
    )
      urls.push(value);
    if ((name === "Image" || name === "Url" || name === "String") && typeof n["@_id"] === "string") {
      defined.set(n["@_id"], String(value ?? ""));
      if (name !== "String") urls.push(String(value));
      if (name === "String" && !arr(n.Override).some((o) => o["@_Locale"] === "zh-CN"))
        errors.push(`string "${n["@_id"]}" has no zh-CN Override`);
    }
    if (typeof n["@_resid"] === "string")
      used.push({ resid: n["@_resid"], size: n["@_size"] === undefined ? undefined : Number(n["@_size"]) });
  });
  const domains = (app.AppDomains as Node | undefined)?.AppDomain;
  for (const d of Array.isArray(domains) ? domains : domains == null ? [] : [domains]) {
    // An AppDomain is an origin: scheme and host (and port), no path, no trailing slash.
    if (!/^https:\/\/[^/\s]+$/.test(String(d)))
      errors.push(`<AppDomain> "${String(d)}" is not an https origin`);
  }
  const help = `${publicUrl}help.html`;
  const support = String((app.SupportUrl as Node | undefined)?.["@_DefaultValue"]);
  if (support !== help) errors.push(`<SupportUrl> must be the help page ${help}, not ${support}`);
  if (defined.get("GetStarted.LearnMoreUrl") !== help)
    errors.push(`LearnMoreUrl must be the help page ${help}`);
  for (const u of new Set(urls)) {
    if (!u.startsWith("https://")) errors.push(`URL is not https: ${u}`);
    else if (!u.startsWith(publicUrl)) errors.push(`URL does not point at ${publicUrl}: ${u}`);
  }
  for (const { resid, size } of used) {
    const url = defined.get(resid);
    if (url === undefined) errors.push(`resid "${resid}" is not defined in <Resources>`);
    else if (size !== undefined) checkIcon(url, size, publicUrl, assetsDir, errors);
  }
  checkIcon(String((app.IconUrl as Node | undefined)?.["@_DefaultValue"]), 32, publicUrl, assetsDir, errors);
  checkIcon(
    String((app.HighResolutionIconUrl as Node | undefined)?.["@_DefaultValue"]),
    64,
    publicUrl,
    assetsDir,
    errors,
  );
  return errors.length ? { ok: false, errors: [...new Set(errors)] } : { ok: true };
}

function checkIcon(url: string, size: number, publicUrl: string, assetsDir: string, errors: string[]): void {
  const rel = url.startsWith(publicUrl) ? url.slice(publicUrl.length) : null;
  if (!rel?.startsWith("assets/")) return void errors.push(`icon ${url} is not under ${publicUrl}assets/`);
  const file = join(assetsDir, rel.slice("assets/".length));
  if (!existsSync(file)) return void errors.push(`icon file ${file} is missing`);
  const dims = pngSize(file);
  if (!dims || dims.width !== size || dims.height !== size)
    errors.push(
      `icon ${rel} is ${dims ? `${dims.width}x${dims.height}` : "not a PNG"}, declared ${size}x${size}`,
    );
}
