import type { TableLayout } from "../../src/excel/layout";
import { ShownCells, shownKey } from "../../src/excel/shown";

const layout = (over: Partial<TableLayout> = {}): TableLayout => ({
  kind: "leave",
  tableName: "FeishuLeave",
  sheetName: "Leave",
  headerRow: 0,
  firstCol: 0,
  headers: ["Employee ID", "Status", "Message", "marks"],
  rowCount: 3,
  index: new Map([
    ["employee", 0],
    ["status", 1],
    ["message", 2],
  ]),
  marks: 3,
  locale: "en-US",
  ...over,
});

/** Whether data row `row` already shows `key`, as showIssues() asks it. */
const shows = (shown: ShownCells, l: TableLayout, row: number, key: string) =>
  shown.rowsOf(l).get(row) === key;

const rows = [
  ["E1", "Ready", "", ""],
  ["E2", "Needs fixing", "Start is missing.", "|3|"],
  ["E3", "", "", ""],
];

describe("ShownCells", () => {
  test("remembers what a read saw in Status, Message and marks", () => {
    const shown = new ShownCells();
    shown.noteRead(layout(), [0, 1, 2], rows);
    expect(shows(shown, layout(), 1, shownKey("Needs fixing", "Start is missing.", "|3|"))).toBe(true);
    expect(shows(shown, layout(), 1, shownKey("Ready", "", ""))).toBe(false);
    expect(shows(shown, layout(), 0, shownKey("Ready", "", ""))).toBe(true);
  });

  test("rows moved (another row count, place or header) start afresh", () => {
    const shown = new ShownCells();
    shown.noteRead(layout(), [0, 1, 2], rows);
    const key = shownKey("Ready", "", "");
    expect(shows(shown, layout({ rowCount: 4 }), 0, key)).toBe(false);
    shown.noteRead(layout(), [0], rows);
    expect(shows(shown, layout({ headerRow: 2 }), 0, key)).toBe(false);
  });

  test("rows another writer touched are unknown until read again", () => {
    const shown = new ShownCells();
    shown.noteWritten(layout(), [0, 2], [shownKey("Ready", "", ""), shownKey("", "", "")]);
    shown.forget("leave", [0]);
    expect(shows(shown, layout(), 0, shownKey("Ready", "", ""))).toBe(false);
    expect(shows(shown, layout(), 2, shownKey("", "", ""))).toBe(true);
    shown.forget("leave");
    expect(shows(shown, layout(), 2, shownKey("", "", ""))).toBe(false);
  });

  test("a table without Status or Message counts those cells as blank", () => {
    const shown = new ShownCells();
    const bare = layout({ index: new Map([["employee", 0]]), marks: null, headers: ["Employee ID"] });
    shown.noteRead(bare, [1], [["E1"], ["E2"]]);
    expect(shows(shown, bare, 1, shownKey("", "", ""))).toBe(true);
  });
});
