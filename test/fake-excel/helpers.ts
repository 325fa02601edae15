/**
 * A small sheet for the fake's own tests: "Title" in A1, table T with header A3:C3 (Name, N,
 * Marks) and three body rows, a highlight rule over the body, a drop-down and a number format
 * on column N, and a note below the table in A8. Change events are collected as
 * [changeType, address, source, triggerSource].
 */
import { createFakeExcel, type FakeExcel, type HostProfileId } from "../../src/fake-excel";
import type { XlChangedArgs } from "../../src/excel/office-subset";

export const MARK_FORMULA = '=ISNUMBER(SEARCH("|"&COLUMN()&"|",$C4))';
export const DROP_DOWN = { list: { inCellDropDown: true, source: "1,2,3" } };

export async function tableSheet(profile: HostProfileId = "web"): Promise<{
  fake: FakeExcel;
  events: (string | undefined)[][];
}> {
  const fake = createFakeExcel({ profile });
  fake.addSheet("S");
  const events: (string | undefined)[][] = [];
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject("S");
    sheet.getRange("A1").values = [["Title"]];
    sheet.getRange("A3:C6").values = [
      ["Name", "N", "Marks"],
      ["a", 3, "|1|"],
      ["b", 1, ""],
      ["c", 2, ""],
    ];
    sheet.getRange("A8").values = [["note"]];
    sheet.getRange("B4:B6").numberFormat = [["0.0"], ["0.0"], ["0.0"]];
    sheet.tables.add("A3:C6", true).name = "T";
    const rule = sheet.getRange("A4:C6").conditionalFormats.add("Custom");
    rule.custom.rule.formula = MARK_FORMULA;
    rule.custom.format.fill.color = "#FFC7CE";
    sheet.onChanged.add(async (e: XlChangedArgs) => {
      events.push([e.changeType, e.address, e.source, e.triggerSource]);
    });
    await context.sync();
  });
  // Data validation is ExcelApi 1.8: set in the model, so the sheet is the same on every host.
  const s = fake.book.sheet("S");
  for (let r = 3; r <= 5; r++) if (s) fake.book.touch(s, r, 1).dv = { rule: DROP_DOWN };
  await fake.settle();
  events.length = 0;
  // As a workbook just opened: nothing to undo yet.
  fake.book.undo.steps = [];
  return { fake, events };
}

/** Column `col` of the sheet's first `rows` rows. */
export function column(fake: FakeExcel, col: number, rows = 10): unknown[] {
  const s = fake.book.sheet("S");
  return Array.from({ length: rows }, (_, r) => (s ? fake.book.value(s, r, col) : undefined));
}

/** Table T's header row, first column and body rows, as the fake holds them. */
export function tableT(
  fake: FakeExcel,
): { row: number; col: number; rows: number; cols: number } | undefined {
  const t = fake.book.table("T");
  return t && { row: t.row, col: t.col, rows: t.rows, cols: t.cols };
}
