/** The sheet row number of a data row (src/core/sheet-rows.ts), and every message that cites one. */
import { LiveValidator } from "../../src/core/live";
import { checkWorkbook } from "../unit/support/check";
import { headerRowsOf, sheetRowOf, sheetRowsOf } from "../../src/core/sheet-rows";
import { table, VALID } from "../unit/support/tables";

test("data row 0 sits right under the header, wherever the header is", () => {
  expect(sheetRowOf(undefined, 0)).toBe(2);
  expect(sheetRowOf({}, 3)).toBe(5);
  expect(sheetRowOf({ headerRow: 3 }, 0)).toBe(4);
  expect(sheetRowOf({ headerRow: 3 }, 1)).toBe(5);
  const rows = sheetRowsOf(headerRowsOf([{ kind: "leave", headerRow: 10 }, { kind: "out" }]));
  expect(rows("leave", 2)).toBe(13);
  expect(rows("out", 2)).toBe(4);
});

test("a duplicate on sheet row 5 of a table whose header is on row 3 cites row 4", () => {
  const leave = { ...table("leave", [VALID.leave, VALID.leave]), headerRow: 3 };
  const r = checkWorkbook([leave]);
  expect(r.issues.map((i) => [i.row, i.code])).toEqual([[1, "duplicate_record"]]);
  expect(r.issues[0].message_en).toBe(
    "This row is identical to row 4 and would be written twice. Delete one of them.",
  );
  expect(r.issues[0].message_zh).toContain("第 4 行");
  expect(r.headerRows).toEqual({ leave: 3 });
});

test("overlaps across tables cite the other table's own sheet row; live updates agree", () => {
  const tables = () => [
    { ...table("leave", [VALID.leave]), headerRow: 7 },
    {
      ...table("out", [
        { ...VALID.out, start_time: "2026-01-05 13:00", end_time: "2026-01-05 14:00", duration: 1 },
      ]),
      headerRow: 2,
    },
  ];
  const full = checkWorkbook(tables());
  const byKind = Object.fromEntries(full.issues.map((i) => [i.kind, i.message_en]));
  expect(byKind.leave).toContain('overlaps row 3 of the "Out of office" sheet');
  expect(byKind.out).toContain('overlaps row 8 of the "Leave" sheet');
  const live = new LiveValidator();
  live.load(tables());
  const up = live.update([tables()[1]], [{ kind: "out", rows: [0] }]);
  expect(up.issues.find((i) => i.kind === "out")?.message_en).toContain('row 8 of the "Leave" sheet');
});
