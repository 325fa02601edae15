/**
 * `npm run validate [manifest.xml]` — offline manifest checks: the official XSDs (vendored),
 * office-addin-manifest's parser and our own rules. Microsoft's online validation
 * (`npx office-addin-manifest validate manifest.xml`) needs the internet: run it before
 * uploading a production manifest to the Microsoft 365 admin center.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type CheckResult, checkOwnRules, checkSchema, parseWithOfficeTool } from "./manifest-checks";

const file = resolve(process.argv[2] ?? "manifest.xml");
const publicUrl = process.argv[3] ?? "https://localhost:3000/";
const xml = readFileSync(file, "utf8");
let failed = false;

function report(name: string, r: CheckResult): void {
  if (r.ok) process.stdout.write(`- ${name}: ok\n`);
  else {
    failed = true;
    process.stdout.write(`- ${name}: FAILED\n${r.errors.map((e) => `    ${e}\n`).join("")}`);
  }
}

async function main(): Promise<void> {
  process.stdout.write(`Checking ${file}\n`);
  report("official XSD (vendor/office-manifest-schemas)", await checkSchema(xml));
  try {
    const m = parseWithOfficeTool(file);
    process.stdout.write(
      `- office-addin-manifest: ok (id ${String(m.id)}, ${String(m.officeAppType)}, hosts ${JSON.stringify(m.hosts)})\n`,
    );
  } catch (e) {
    failed = true;
    process.stdout.write(`- office-addin-manifest: FAILED ${e instanceof Error ? e.message : String(e)}\n`);
  }
  report(`own rules (URLs under ${publicUrl})`, checkOwnRules(xml, undefined, publicUrl));
  process.stdout.write(
    "Microsoft's online check (needs the internet): npx office-addin-manifest validate manifest.xml\n",
  );
  process.exit(failed ? 1 : 0);
}

void main();
