import { column, tableSheet, tableT } from "./helpers";

describe("Range.values", () => {
  test("an API write right below a table does not grow it (only typing or rows.add does)", async () => {
    const { fake } = await tableSheet();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A7:C7").values = [["d", 4, ""]];
      await context.sync();
    });
    expect(column(fake, 0)[6]).toBe("d");
    expect(tableT(fake)?.rows).toBe(3);
  });

  test("reads and writes reach rows a filter hides", async () => {
    const { fake } = await tableSheet();
    fake.userFilterTable("T", "Name", (v) => v === "a");
    const read = await fake.run(async (context) => {
      const body = context.workbook.tables.getItem("T").getDataBodyRange().load("values");
      context.workbook.worksheets.getItemOrNullObject("S").getRange("C5").values = [["|2|"]];
      await context.sync();
      return body.values.map((r) => r[0]);
    });
    expect(read).toEqual(["a", "b", "c"]);
    expect(column(fake, 2)[4]).toBe("|2|");
  });
});
