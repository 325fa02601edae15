/**
 * `template` writes the pane's Set up as a file: the same sheets, tables, headers, formats,
 * hidden and collapsed columns, frozen header, drop-down lists and types catalog as the Excel
 * adapter lays out in the fake workbook, and never overwrites a file.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { KINDS, RECORD_KINDS } from "../../src/core/kinds";
import { createExcelAdapter } from "../../src/excel/adapter";
import { createFakeExcel } from "../../src/fake-excel";
import { tablesOf } from "../../src/cli/files/xlsx-layout";
import { runCommand } from "./support/harness";

const tmp = (name: string) => join(mkdtempSync(join(tmpdir(), "cli-template-")), name);
const text = (v: unknown) => (v == null ? "" : String(v));

test.each(["zh-CN", "en-US"] as const)("%s: the same workbook as the pane's Set up", async (locale) => {
  const fake = createFakeExcel();
  await createExcelAdapter({ run: fake.run, supports: fake.supports }).ensureTemplate({ locale });
  const path = tmp("t.xlsx");
  expect((await runCommand(["template", path, "--lang", locale])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);

  for (const kind of RECORD_KINDS) {
    const name = KINDS[kind].sheet[locale === "zh-CN" ? "zh" : "en"];
    const pane = fake.snapshot(name, 2);
    const sheet = wb.getWorksheet(name)!;
    expect(tablesOf(sheet).map((t) => t.name)).toEqual(pane.tables.map((t) => t.name));
    const width = pane.tables[0].cols;
    const cells = (row: number) => Array.from({ length: width }, (_, c) => sheet.getRow(row).getCell(c + 1));
    expect(cells(1).map((c) => text(c.value))).toEqual(pane.values[0].slice(0, width).map(text));
    expect(cells(2).map((c) => c.numFmt || "General")).toEqual(pane.numberFormats[1].slice(0, width));
    const hidden = Array.from({ length: width }, (_, c) => c).filter((c) => sheet.getColumn(c + 1).hidden);
    expect(hidden).toEqual(pane.hiddenColumns.filter((c) => c < width));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: pane.frozenRows });
    // Every drop-down the pane sets reads its list from the same place on the lists sheet.
    const lists = cells(2).map((c) =>
      c.dataValidation?.type === "list" ? c.dataValidation.formulae?.[0] : null,
    );
    expect(lists.filter(Boolean).length).toBeGreaterThan(0);
    for (const f of lists.filter((x): x is string => !!x))
      expect(f).toMatch(/^FeishuLists!\$[A-I]\$2:\$[A-I]\$\d+$/);
  }
  const paneLists = fake.snapshot("FeishuLists", 200);
  const lists = wb.getWorksheet("FeishuLists")!;
  expect(lists.state).toBe("hidden");
  expect(paneLists.visibility).toBe("Hidden");
  for (let r = 0; r < 20; r++)
    expect(Array.from({ length: 16 }, (_, c) => text(lists.getRow(r + 1).getCell(c + 1).value))).toEqual(
      Array.from({ length: 16 }, (_, c) => text(paneLists.values[r]?.[c])),
    );
  expect(tablesOf(lists).map((t) => t.name)).toEqual(paneLists.tables.map((t) => t.name));
});

test("template never overwrites a file and writes only .xlsx", async () => {
  const path = tmp("kept.xlsx");
  writeFileSync(path, "mine");
  const ran = await runCommand(["template", path], { LANG: "en_US.UTF-8" });
  expect(ran.code).toBe(2);
  expect(ran.stderr).toMatch(/already exists/);
  const csv = await runCommand(["template", tmp("t.csv")], { LANG: "zh_CN.UTF-8" });
  expect(csv.code).toBe(2);
  expect(csv.stderr).toMatch(/\.xlsx/);
});
