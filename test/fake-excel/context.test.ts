import { column, tableSheet } from "./helpers";

describe("beforeNextSync", () => {
  test("a row inserted between two syncs moves what the second sync's address finds", async () => {
    const { fake } = await tableSheet();
    const seen = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      const first = sheet.getRange("A5").load("values");
      await context.sync();
      fake.beforeNextSync(() => fake.userInsertRows("S", 3, 1));
      const second = sheet.getRange("A5").load("values");
      await context.sync();
      return [first.values[0][0], second.values[0][0]];
    });
    expect(seen).toEqual(["b", "a"]);
  });

  test("runs once, before the queued operations are applied", async () => {
    const { fake } = await tableSheet();
    let calls = 0;
    fake.beforeNextSync(() => {
      calls++;
      fake.remoteEdit("S", "A4", [["co-author"]]);
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A4").values = [["ours"]];
      await context.sync();
      await context.sync();
    });
    expect(calls).toBe(1);
    expect(column(fake, 0)[3]).toBe("ours");
  });
});
