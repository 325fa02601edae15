import { tableSheet, tableT } from "./helpers";

describe("the clerk's sheet tabs", () => {
  test("renaming: the sheet keeps its tables; a name taken or one Excel refuses is refused", async () => {
    const { fake } = await tableSheet();
    fake.addSheet("Other");
    fake.userRenameSheet("S", "Renamed");
    expect(fake.sheetNames()).toEqual(["Renamed", "Other"]);
    expect(fake.book.table("T")?.sheet.name).toBe("Renamed");
    expect(() => fake.userRenameSheet("Renamed", "other")).toThrow(/already exists/);
    expect(() => fake.userRenameSheet("Renamed", "a/b")).toThrow(/not a sheet name/);
    expect(() => fake.userRenameSheet("Renamed", "x".repeat(32))).toThrow(/not a sheet name/);
  });

  test("deleting: its tables and event handlers go, the undo stack empties, the last visible sheet stays", async () => {
    const { fake } = await tableSheet();
    fake.addSheet("Other");
    fake.userEdit("Other", "A1", [["x"]]);
    fake.userDeleteSheet("S");
    expect(fake.sheetNames()).toEqual(["Other"]);
    expect(tableT(fake)).toBeUndefined();
    expect(fake.book.handlers).toEqual([]);
    expect(fake.userUndo()).toBe(false);
    expect(() => fake.userDeleteSheet("Other")).toThrow(/at least one visible/);
  });

  test("unhiding: a Hidden sheet can be shown again, a VeryHidden one cannot", async () => {
    const { fake } = await tableSheet();
    for (const name of ["H", "VH"]) fake.addSheet(name);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("H").visibility = "Hidden";
      context.workbook.worksheets.getItemOrNullObject("VH").visibility = "VeryHidden";
      await context.sync();
    });
    fake.userUnhideSheet("H");
    expect(() => fake.userUnhideSheet("VH")).toThrow(/very hidden/);
    expect([fake.snapshot("H").visibility, fake.snapshot("VH").visibility]).toEqual([
      "Visible",
      "VeryHidden",
    ]);
    // Only code brings it back.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("VH").visibility = "Visible";
      await context.sync();
    });
    expect(fake.snapshot("VH").visibility).toBe("Visible");
  });
});
