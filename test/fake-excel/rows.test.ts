import { HOST_PROFILES } from "../../src/fake-excel";
import { DROP_DOWN, column, tableSheet, tableT } from "./helpers";

const ruleRows = (fake: Awaited<ReturnType<typeof tableSheet>>["fake"]) =>
  fake.book.sheet("S")?.conditionalFormats.map((f) => [f.rect.row, f.rect.rows]);
const dv = (fake: Awaited<ReturnType<typeof tableSheet>>["fake"], row: number) => {
  const s = fake.book.sheet("S");
  return s && fake.book.cell(s, row, 1)?.dv?.rule;
};

describe("the clerk inserts whole rows", () => {
  test("above the table: cells, the table, its rule, drop-downs and the selection move down", async () => {
    const { fake } = await tableSheet();
    fake.userSelect("S", "A5:C5");
    fake.userInsertRows("S", 1, 2);
    expect(column(fake, 0)).toEqual(["Title", "", "", "", "Name", "a", "b", "c", "", "note"]);
    expect(tableT(fake)).toEqual({ row: 4, col: 0, rows: 3, cols: 3 });
    expect(ruleRows(fake)).toEqual([[5, 3]]);
    expect(dv(fake, 6)).toEqual(DROP_DOWN);
    expect(dv(fake, 3)).toBeUndefined();
    expect(fake.book.selection?.rect).toEqual({ row: 6, col: 0, rows: 1, cols: 3 });
  });

  test("inside the body: the table and its rule grow, the new rows take the formats of the row above", async () => {
    const { fake } = await tableSheet();
    fake.userSelect("S", "A5:C5");
    fake.userInsertRows("S", 4, 1);
    expect(column(fake, 0)).toEqual(["Title", "", "Name", "a", "", "b", "c", "", "note", ""]);
    expect(tableT(fake)).toEqual({ row: 2, col: 0, rows: 4, cols: 3 });
    expect(ruleRows(fake)).toEqual([[3, 4]]);
    expect(fake.snapshot("S").numberFormats[4][1]).toBe("0.0");
    expect(dv(fake, 4)).toEqual(DROP_DOWN);
    // The clerk's selection stays on the row they inserted.
    expect(fake.book.selection?.rect).toEqual({ row: 4, col: 0, rows: 1, cols: 3 });
  });

  test("right under the header: the table grows and the new row takes the first body row's formats", async () => {
    const { fake } = await tableSheet();
    fake.userInsertRows("S", 3, 1);
    expect(column(fake, 0).slice(2, 7)).toEqual(["Name", "", "a", "b", "c"]);
    expect(tableT(fake)?.rows).toBe(4);
    expect(fake.snapshot("S").numberFormats[3][1]).toBe("0.0");
  });

  test("right below the table: the table and its rule stay as they are", async () => {
    const { fake } = await tableSheet();
    fake.userInsertRows("S", 6, 1);
    expect(tableT(fake)).toEqual({ row: 2, col: 0, rows: 3, cols: 3 });
    expect(ruleRows(fake)).toEqual([[3, 3]]);
    expect(column(fake, 0)[8]).toBe("note");
  });

  test("rows a filter hides stay hidden with their content", async () => {
    const { fake } = await tableSheet();
    fake.userFilterTable("T", "Name", (v) => v !== "b");
    fake.userInsertRows("S", 0, 1);
    expect(fake.snapshot("S").hiddenRows).toEqual([5]);
    expect(column(fake, 0)[5]).toBe("b");
  });
});

describe("the clerk deletes whole rows", () => {
  test("inside the body: the table and its rule shrink, the rows below move up", async () => {
    const { fake } = await tableSheet();
    fake.userSelect("S", "B6");
    fake.userDeleteRows("S", 4, 1);
    expect(column(fake, 0)).toEqual(["Title", "", "Name", "a", "c", "", "note", "", "", ""]);
    expect(tableT(fake)?.rows).toBe(2);
    expect(ruleRows(fake)).toEqual([[3, 2]]);
    expect(fake.book.selection?.rect).toEqual({ row: 4, col: 1, rows: 1, cols: 1 });
  });

  test("above the table: it moves up", async () => {
    const { fake } = await tableSheet();
    fake.userDeleteRows("S", 0, 2);
    expect(tableT(fake)).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
    expect(ruleRows(fake)).toEqual([[1, 3]]);
    expect(column(fake, 0).slice(0, 4)).toEqual(["Name", "a", "b", "c"]);
  });

  test("every body row: Excel keeps one blank body row", async () => {
    const { fake } = await tableSheet();
    fake.userDeleteRows("S", 3, 3);
    expect(tableT(fake)).toEqual({ row: 2, col: 0, rows: 1, cols: 3 });
    expect(column(fake, 0).slice(2, 7)).toEqual(["Name", "", "", "note", ""]);
  });

  test("the header with part of the body is refused; the whole table goes with its rows", async () => {
    const { fake } = await tableSheet();
    expect(() => fake.userDeleteRows("S", 2, 2)).toThrow(/header/);
    expect(tableT(fake)?.rows).toBe(3);
    fake.userDeleteRows("S", 1, 6);
    expect(tableT(fake)).toBeUndefined();
    expect(fake.book.sheet("S")?.conditionalFormats).toEqual([]);
    expect(column(fake, 0).slice(0, 3)).toEqual(["Title", "note", ""]);
  });
});

describe.each(HOST_PROFILES)("row insert and delete events on $name", (profile) => {
  const hasTriggerSource = ["office2021", "m365", "web", "mac"].includes(profile.id);

  test("fire RowInserted and RowDeleted with the whole rows' address, as the clerk's change", async () => {
    const { fake, events } = await tableSheet(profile.id);
    fake.userInsertRows("S", 4, 2);
    fake.userDeleteRows("S", 0, 1);
    await fake.settle();
    const trigger = hasTriggerSource ? "Unknown" : undefined;
    expect(events).toEqual([
      ["RowInserted", "5:6", "Local", trigger],
      ["RowDeleted", "1:1", "Local", trigger],
    ]);
  });
});

describe("AutoExpand", () => {
  test("typing right below the table grows it with the last row's formats; our write there, or typing further away, does not", async () => {
    const { fake } = await tableSheet();
    fake.userEdit("S", "A7:B7", [["d", "4"]]);
    expect(tableT(fake)?.rows).toBe(4);
    expect(fake.snapshot("S").numberFormats[6][1]).toBe("0.0");
    expect(dv(fake, 6)).toEqual(DROP_DOWN);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A8:B8").values = [["e", 5]];
      await context.sync();
    });
    fake.userEdit("S", "A10", [["x"]]);
    fake.userEdit("S", "E8", [["x"]]);
    expect(tableT(fake)?.rows).toBe(4);
  });
});
