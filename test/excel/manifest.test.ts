import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  REPO_ROOT,
  SCHEMAS_DIR,
  checkOwnRules,
  checkSchema,
  parseWithOfficeTool,
} from "../../src/dev/manifest-checks";

const manifestPath = join(REPO_ROOT, "manifest.xml");
const xml = readFileSync(manifestPath, "utf8");

/** The manifest `npm run build` writes for ADDIN_PUBLIC_URL, through webpack.config.js's own transform. */
async function productionManifest(publicUrl: string): Promise<string> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = publicUrl;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
    const makeConfig = require(join(REPO_ROOT, "webpack.config.js")) as (
      env: object,
      o: { mode: string },
    ) => Promise<{ plugins: object[] }>;
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as {
      patterns: { to?: string; transform?: (c: Buffer) => string | Buffer }[];
    };
    const pattern = copy.patterns.find((p) => p.to === "manifest.xml");
    if (!pattern?.transform) throw new Error("webpack.config.js copies no manifest.xml with a transform");
    return String(pattern.transform(Buffer.from(xml)));
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

describe("manifest.xml", () => {
  test("the official XSDs are in the repository, unmodified", () => {
    const names = readdirSync(SCHEMAS_DIR).filter((n) => n.endsWith(".xsd"));
    expect(names).toEqual(
      expect.arrayContaining(["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd"]),
    );
    // The published text keeps its .NET-only lazy pattern: the check patches a copy in memory, not the file.
    expect(readFileSync(join(SCHEMAS_DIR, "OfficeAppManifestV1_1.xsd"), "utf8")).toContain('{0,3}?"');
  });

  test("validates against the official XSDs", async () => {
    expect(await checkSchema(xml)).toEqual({ ok: true });
  });

  test("the XSD check can fail: an element out of schema order is rejected", async () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const swapped = xml.replace(permissions, "").replace("  <Hosts>\n", `${permissions}  <Hosts>\n`);
    expect(swapped).not.toBe(xml);
    const r = await checkSchema(swapped);
    expect(r).toMatchObject({ ok: false });
  });

  test("office-addin-manifest parses it as an Excel task pane", () => {
    const m = parseWithOfficeTool(manifestPath);
    expect(m).toMatchObject({
      id: "5034c34a-2601-4859-993b-4466a7e2c1e9",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      officeAppType: "TaskPaneApp",
      defaultLocale: "en-US",
    });
  });

  test("our rules: GUID id, https URLs, resids defined, icons at their declared size, zh-CN strings", () => {
    expect(checkOwnRules(xml)).toEqual({ ok: true });
  });

  test.each([
    [
      "an undefined resid",
      (s: string) => s.replace('resid="TaskpaneButton.Tooltip"', 'resid="Nope"'),
      /resid "Nope"/,
    ],
    [
      "an http URL",
      (s: string) =>
        s.replace('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      /not https/,
    ],
    [
      "an icon of the wrong size",
      (s: string) => s.replace("assets/icon-80.png", "assets/icon-64.png"),
      /declared 80x80/,
    ],
    ["a missing icon file", (s: string) => s.replace("assets/icon-16.png", "assets/icon-17.png"), /missing/],
    [
      "a non-GUID id",
      (s: string) => s.replace("5034c34a-2601-4859-993b-4466a7e2c1e9", "my-addin"),
      /not a GUID/,
    ],
    [
      "an AppDomain with a trailing slash",
      (s: string) =>
        s.replace(
          "<AppDomain>https://localhost:3000</AppDomain>",
          "<AppDomain>https://localhost:3000/</AppDomain>",
        ),
      /AppDomain.*not an https origin/,
    ],
    [
      "an AppDomain with a path",
      (s: string) =>
        s.replace(
          "<AppDomain>https://localhost:3000</AppDomain>",
          "<AppDomain>https://localhost:3000/app</AppDomain>",
        ),
      /AppDomain.*not an https origin/,
    ],
    [
      "a SupportUrl that opens the task pane",
      (s: string) =>
        s.replace(
          '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html#help"/>',
        ),
      /SupportUrl> must be the help page/,
    ],
    [
      "a LearnMoreUrl that opens the task pane",
      (s: string) =>
        s.replace(
          'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"',
          'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"',
        ),
      /LearnMoreUrl must be the help page/,
    ],
    [
      "no zh-CN display name",
      (s: string) => s.replace('<Override Locale="zh-CN" Value="飞书考勤"/>', ""),
      /DisplayName/,
    ],
  ])("our rules catch %s", (_name, mutate, message) => {
    const r = checkOwnRules(mutate(xml));
    expect(r).toMatchObject({ ok: false });
    expect((r as { errors: string[] }).errors.join("\n")).toMatch(message);
  });

  test("a production build points every URL at ADDIN_PUBLIC_URL and still validates", async () => {
    const prod = await productionManifest("https://addin.example.com/attendance/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://addin.example.com/attendance/taskpane.html"/>',
    );
    expect(prod).toContain("<AppDomain>https://addin.example.com</AppDomain>");
    expect(prod).toContain('<SupportUrl DefaultValue="https://addin.example.com/attendance/help.html"/>');
    expect(checkOwnRules(prod, undefined, "https://addin.example.com/attendance/")).toEqual({ ok: true });
    expect(await checkSchema(prod)).toEqual({ ok: true });
  });
});
