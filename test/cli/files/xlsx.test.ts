/**
 * .xlsx workbooks: cells read as Excel's API hands them to the pane (text stays text, dates are
 * serial numbers in the workbook's date system, number formats kept), sheets found by table or by
 * sheet name in either language, and results written back with the file's formatting kept.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { catalogDisplay, DEFAULT_CATALOG } from "../../../src/core/template/catalog";
import { openXlsx } from "../../../src/cli/files/xlsx";
import { tablesOf } from "../../../src/cli/files/xlsx-layout";
import { prepareFile } from "../../../src/cli/push";
import { writeTemplate } from "../../../src/cli/template";
import { putRows, rowOf } from "../support/harness";

const settings = { employeeType: "employee_id" as const, workdayHours: 8 };
const tmp = (name: string) => join(mkdtempSync(join(tmpdir(), "cli-xlsx-")), name);
/** 2026-03-02 09:00 and 18:00 in the 1900 date system. */
const START = 46083.375;
const END = 46083.75;

async function filled(locale: "zh-CN" | "en-US") {
  const path = tmp("book.xlsx");
  await writeTemplate(path, locale);
  const row = rowOf("leave", {
    employee: "00123",
    type: catalogDisplay(DEFAULT_CATALOG[0]),
    start_time: START,
    end_time: END,
    unit: locale === "zh-CN" ? "小时" : "Hour",
    duration: 9,
    reason: "family",
    external_id: "7212345678901234567",
  });
  const formats = row.map((v) => (typeof v === "number" && v > 40000 ? "yyyy-mm-dd hh:mm" : null));
  await putRows(path, "leave", [row], [formats]);
  return path;
}

test.each(["zh-CN", "en-US"] as const)(
  "%s template: text, long IDs and date serials read as the pane reads them",
  async (locale) => {
    const file = await openXlsx(await filled(locale));
    expect(file.tables.map((t) => t.kind)).toEqual(["leave", "out", "overtime", "trip"]);
    const leave = file.tables[0];
    expect(leave.locale).toBe(locale);
    const [cells] = leave.snapshot.rows;
    expect(cells[0]).toBe("00123");
    expect(cells[2]).toBeCloseTo(START, 9);
    expect(leave.snapshot.numberFormats?.[0][2]).toBe("yyyy-mm-dd hh:mm");
    expect(cells).toContain("7212345678901234567");
    // The hidden marks column is the adapter's: its header reaches the core blank.
    expect(leave.snapshot.headers[leave.snapshot.headers.length - 1]).toBe("");
    const prepared = prepareFile(file, settings);
    expect(prepared.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(prepared.records[0].body.user_approval).toMatchObject({
      user_id: "00123",
      leaves: [
        {
          start_time: "2026-03-02 09:00:00",
          end_time: "2026-03-02 18:00:00",
          idempotent_id: "7212345678901234567",
        },
      ],
    });
  },
);

test("a sheet named for a kind without a table, in a 1904 workbook, reads from its first row", async () => {
  const path = tmp("plain.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const sheet = wb.addWorksheet("Overtime");
  sheet.addRow(["Employee ID", "Start", "End", "Unit", "Day type", "Overtime type"]);
  sheet.addRow(["E0007", START - 1462, END - 1462, "Hour", "Workday", "Overtime pay"]);
  sheet.getCell("B2").numFmt = "yyyy-mm-dd hh:mm";
  sheet.getCell("C2").numFmt = "yyyy-mm-dd hh:mm";
  await wb.xlsx.writeFile(path);
  const file = await openXlsx(path);
  expect(file.dateSystem).toBe(1904);
  expect(file.tables.map((t) => t.kind)).toEqual(["overtime"]);
  expect(file.tables[0].snapshot.rows[0][1]).toBeCloseTo(START - 1462, 9);
  const prepared = prepareFile(file, settings);
  expect(prepared.issues.filter((i) => i.severity === "error").map((i) => i.message_en)).toEqual([]);
  const item = prepared.records[0]?.body.user_approval.overtime_works?.[0];
  expect(item).toMatchObject({ start_time: "2026-03-02 09:00:00", end_time: "2026-03-02 18:00:00" });
});

test("results are written into the file and everything else in it stays as it was", async () => {
  const path = await filled("zh-CN");
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(path);
  const ws = before.getWorksheet("请假")!;
  ws.getCell("G2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  ws.getCell("G2").font = { bold: true, color: { argb: "FF0000FF" } };
  ws.getColumn(7).width = 33;
  await before.xlsx.writeFile(path);

  const file = await openXlsx(path);
  const [record] = prepareFile(file, settings).records;
  file.writeResults([
    {
      kind: "leave",
      row: 0,
      status: "submitted",
      approval_id: "7300000000000000123",
      key: record.key,
      fingerprint: record.fingerprint,
      message: "=not a formula",
    },
  ]);
  await file.save();

  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(path);
  const sheet = after.getWorksheet("请假")!;
  expect(sheet.getCell("G2").fill).toEqual(ws.getCell("G2").fill);
  expect(sheet.getCell("G2").font).toMatchObject({ bold: true, color: { argb: "FF0000FF" } });
  expect(sheet.getColumn(7).width).toBe(33);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(tablesOf(sheet).map((t) => t.name)).toEqual(["FeishuLeave"]);
  // exceljs keeps a sheet's rules in `conditionalFormattings`, which its typings leave out.
  const rules = (sheet as unknown as { conditionalFormattings: { rules: unknown[] }[] })
    .conditionalFormattings;
  expect(rules[0].rules).toHaveLength(3);
  expect(sheet.getCell("B2").dataValidation).toMatchObject({ type: "list" });
  expect(after.getWorksheet("FeishuLists")!.state).toBe("hidden");
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1);
  expect(cell("状态").value).toBe("已写入");
  expect(cell("审批ID").value).toBe("7300000000000000123");
  expect(cell("审批ID").numFmt).toBe("@");
  expect(cell("说明").numFmt).toBe("@");
  expect(cell("发送编号").value).toBe(record.key);
  expect(sheet.getColumn(headers.indexOf("指纹") + 1).hidden).toBe(true);
  // Read back, the row is the pane's "submitted".
  expect(prepareFile(await openXlsx(path), settings).rows.map((v) => v.state)).toEqual(["submitted"]);
});
