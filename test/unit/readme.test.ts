/**
 * The README's first minutes name what the clerk really sees: the sheets the template makes, in
 * both languages, and buttons, tabs, fields and columns by their names in the pane (the glossary).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glossary } from "../../src/core/catalog/glossary";
import { KINDS, RECORD_KINDS } from "../../src/core/kinds";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const section = README.split("## What you should see")[1].split("\n## ")[0];

test("the README names the four sheets as the template makes them, in both languages", () => {
  const names = (lang: "zh" | "en") => RECORD_KINDS.map((k) => KINDS[k].sheet[lang]).join(" / ");
  expect(section.replace(/\s+/g, " ")).toContain(`(${names("zh")}, or ${names("en")})`);
});

test("every name in bold in 'What you should see' is one the pane or the sheets show", () => {
  const g = glossary();
  const known = new Set([...g.buttons, ...g.tabs, ...g.fields, ...g.columns, ...g.sheets].map((t) => t.en));
  known.add("Home ▸ Feishu ▸ Attendance"); // the ribbon path (manifest.xml)
  const bold = [...section.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
  expect(bold.length).toBeGreaterThan(5);
  expect(bold.filter((b) => !known.has(b))).toEqual([]);
});
