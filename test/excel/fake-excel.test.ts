/** The fake behaves like Office.js where the adapter depends on it. */
import { createFakeExcel } from "../../src/fake-excel";

describe("fake Excel", () => {
  test("each sync costs the configured round trip; none by default", async () => {
    const timed = async (fake: ReturnType<typeof createFakeExcel>) => {
      fake.addSheet("S");
      const start = performance.now();
      await fake.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("S").getRange("A1").load("values");
        await context.sync();
        context.workbook.worksheets.getItemOrNullObject("S").getRange("A2").load("values");
        await context.sync();
      });
      return performance.now() - start;
    };
    expect(createFakeExcel().book.syncDelayMs).toBe(0);
    // Two syncs of 40 ms each: at least 80 ms however fast the machine is.
    expect(await timed(createFakeExcel({ syncDelayMs: 40 }))).toBeGreaterThanOrEqual(78);
  });

  test("the book's revision moves with writes, never with loads (a drawing of it stays valid)", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    const before = fake.book.revision;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A1:B2").load("values, numberFormat");
      await context.sync();
    });
    expect(fake.book.revision).toBe(before);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(fake.book.revision).toBeGreaterThan(before);
  });

  test("a drawn sheet shows our highlight where the marks column names the cell", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRange("A1:D2").values = [
        ["a", "b", "c", "|2|"],
        ["a", "b", "c", "!3!"],
      ];
      const error = sheet.getRange("A1:C2").conditionalFormats.add("Custom");
      error.custom.rule.formula = '=ISNUMBER(SEARCH("|"&COLUMN()&"|",$D1))';
      error.custom.format.fill.color = "#FFC7CE";
      const warning = sheet.getRange("A1:C2").conditionalFormats.add("Custom");
      warning.custom.rule.formula = '=ISNUMBER(SEARCH("!"&COLUMN()&"!",$D1))';
      warning.custom.format.fill.color = "#FFEB9C";
      await context.sync();
    });
    const { fills } = fake.snapshot("S");
    expect(fills[0]).toEqual([null, "#FFC7CE", null, null]);
    expect(fills[1]).toEqual([null, null, "#FFEB9C", null]);
  });

  test("a property is unreadable before load and sync, readable after", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    fake.userEdit("S", "A1:B1", [["x", 2]]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject("S").getRange("A1:B1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values, address");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["x", 2]]);
      expect(range.address).toBe("S!A1:B1");
    });
  });

  test("getItemOrNullObject gives a null object after sync; getItem fails the sync", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.tables.getItem("NoTable").getHeaderRowRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("writes wait for sync; syncs and operations are counted", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    fake.resetStats();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      expect(fake.snapshot("S").values).toEqual([]);
      await context.sync();
    });
    expect(fake.snapshot("S").values).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(fake.stats()).toMatchObject({ syncs: 1, operations: 2 });
  });

  test("a request over 5 MB is refused; an address over 8,192 characters is invalid", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    const big = Array.from({ length: 3000 }, () => ["z".repeat(2000)]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A1:A3000").values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      const areas = Array.from({ length: 1200 }, (_, i) => `A${i + 1}:B${i + 1}`).join(",");
      expect(() => context.workbook.worksheets.getItemOrNullObject("S").getRanges(areas)).toThrow(/invalid/);
    });
    expect(fake.snapshot("S").values).toEqual([]);
  });

  test("getRanges paints several areas at once; the 2-D shape must match the range", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRanges("A1:A2, C3").format.fill.color = "#FF0000";
      await context.sync();
      sheet.getRange("A1:B1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const fills = fake.snapshot("S").fills;
    expect([fills[0][0], fills[1][0], fills[2][2], fills[2][1]]).toEqual([
      "#FF0000",
      "#FF0000",
      "#FF0000",
      null,
    ]);
  });

  test("change events carry the address and who wrote, asynchronously", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    const seen: unknown[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets
        .getItemOrNullObject("S")
        .onChanged.add(async (e) => void seen.push([e.address, e.triggerSource]));
      await context.sync();
    });
    fake.userEdit("S", "B2:C3", [
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(seen).toEqual([]); // not during the edit itself
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("D4").values = [["x"]];
      await context.sync();
    });
    await fake.settle();
    expect(seen).toEqual([
      ["B2:C3", "Unknown"],
      ["D4", "ThisLocalAddin"],
    ]);
  });

  test("tables: rows.add inserts and grows, typing right below the body grows it too", async () => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRange("A1:B1").values = [["h1", "h2"]];
      const t = context.workbook.tables.add("S!A1:B2", true);
      t.name = "T";
      t.rows.add(undefined, [
        ["a", 1],
        ["b", 2],
      ]);
      t.rows.add(0, [["first", 0]]);
      await context.sync();
    });
    fake.userEdit("S", "A6:B6", [["c", 3]]);
    expect(fake.snapshot("S").tables).toEqual([{ name: "T", row: 0, col: 0, rows: 5, cols: 2 }]);
    expect(fake.snapshot("S").values.map((r) => r[0])).toEqual(["h1", "first", "", "a", "b", "c"]);
  });

  test.each([
    ["2026-01-04 09:00", 46026.375, "yyyy-mm-dd hh:mm"],
    ["2026-02-28", 46081, "yyyy-mm-dd"],
    ["2028-02-29", 46812, "yyyy-mm-dd"],
    ["2026-02-30 09:00", "2026-02-30 09:00", "General"],
    ["2026-02-29", "2026-02-29", "General"],
    ["2026-13-01", "2026-13-01", "General"],
    ["2026-04-31", "2026-04-31", "General"],
    ["2026-01-04 24:00", "2026-01-04 24:00", "General"],
    ["2026-01-04 09:60", "2026-01-04 09:60", "General"],
    ["1899-12-31", "1899-12-31", "General"],
  ])("typing %p into a General cell keeps impossible dates as text, like Excel", (typed, value, format) => {
    const fake = createFakeExcel();
    fake.addSheet("S");
    fake.userEdit("S", "A1", [[typed]]);
    const { values, numberFormats } = fake.snapshot("S");
    expect([values[0][0], numberFormats[0][0]]).toEqual([value, format]);
  });
});
