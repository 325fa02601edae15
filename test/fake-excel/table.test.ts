import { HOST_PROFILES } from "../../src/fake-excel";
import { column, tableSheet, tableT } from "./helpers";

describe.each(HOST_PROFILES)("table.rows.add on $name", (profile) => {
  const trigger = ["office2021", "m365", "web", "mac"].includes(profile.id) ? "ThisLocalAddin" : undefined;

  test("appends rows (no index, or null) with the last row's formats, and fires RowInserted", async () => {
    const { fake, events } = await tableSheet(profile.id);
    await fake.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.rows.add(undefined, [["d", 4, ""]]);
      // Office documents null (or -1) as "at the end".
      t.rows.add(null as unknown as number, [["e", 5, ""]]);
      await context.sync();
    });
    await fake.settle();
    expect(tableT(fake)).toEqual({ row: 2, col: 0, rows: 5, cols: 3 });
    expect(column(fake, 0)).toEqual(["Title", "", "Name", "a", "b", "c", "d", "e", "", "note"]);
    expect(fake.snapshot("S").numberFormats[7][1]).toBe("0.0");
    expect(events).toEqual([
      ["RowInserted", "A7:C7", "Local", trigger],
      ["RowInserted", "A8:C8", "Local", trigger],
    ]);
  });

  test("inserts at an index; only the table's columns below shift", async () => {
    const { fake } = await tableSheet(profile.id);
    fake.userEdit("S", "E5", [["beside"]]);
    await fake.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(0, [["first", 0, ""]]);
      await context.sync();
    });
    expect(column(fake, 0).slice(2, 8)).toEqual(["Name", "first", "a", "b", "c", ""]);
    expect(column(fake, 4)[4]).toBe("beside");
    expect(tableT(fake)?.rows).toBe(4);
    // Right under the header, the new row takes the first body row's formats.
    expect(fake.snapshot("S").numberFormats[3][1]).toBe("0.0");
  });

  test("no values adds one blank row; values of the wrong width fail the sync", async () => {
    const { fake } = await tableSheet(profile.id);
    await fake.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add();
      await context.sync();
    });
    expect(tableT(fake)?.rows).toBe(4);
    const wrong = fake.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [["too", "narrow"]]);
      await context.sync();
    });
    await expect(wrong).rejects.toThrow(/one value per table column/);
    expect(tableT(fake)?.rows).toBe(4);
  });
});
