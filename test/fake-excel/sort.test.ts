import { column, tableSheet } from "./helpers";

describe("the clerk sorts a table", () => {
  test("whole body rows move, marks and results with them; one change event over the body", async () => {
    const { fake, events } = await tableSheet();
    fake.userSortTable("T", "N");
    await fake.settle();
    expect(column(fake, 0).slice(3, 6)).toEqual(["b", "c", "a"]);
    expect(column(fake, 1).slice(3, 6)).toEqual([1, 2, 3]);
    expect(column(fake, 2).slice(3, 6)).toEqual(["", "", "|1|"]);
    expect(events).toEqual([["RangeEdited", "A4:C6", "Local", "Unknown"]]);
  });

  test("descending by text ignores case; blanks stay last either way", async () => {
    const { fake } = await tableSheet();
    fake.userEdit("S", "A4:A6", [["apple"], [""], ["Banana"]]);
    fake.userSortTable("T", 0, false);
    expect(column(fake, 0).slice(3, 6)).toEqual(["Banana", "apple", ""]);
    fake.userSortTable("T", "name", true);
    expect(column(fake, 0).slice(3, 6)).toEqual(["apple", "Banana", ""]);
  });

  test("numbers come before text; an order already sorted fires nothing", async () => {
    const { fake, events } = await tableSheet();
    fake.userEdit("S", "B4:B6", [["x"], ["10"], ["9"]]);
    await fake.settle();
    events.length = 0;
    fake.userSortTable("T", "N");
    expect(column(fake, 1).slice(3, 6)).toEqual([9, 10, "x"]);
    fake.userSortTable("T", "N");
    await fake.settle();
    expect(events).toHaveLength(1);
  });

  test("on a filtered table only the visible rows are sorted", async () => {
    const { fake } = await tableSheet();
    fake.userFilterTable("T", "Name", (v) => v !== "b");
    fake.userSortTable("T", "N", false);
    expect(column(fake, 0).slice(3, 6)).toEqual(["a", "b", "c"]);
    fake.userSortTable("T", "N", true);
    expect(column(fake, 0).slice(3, 6)).toEqual(["c", "b", "a"]);
  });

  test("an unknown column is refused", async () => {
    const { fake } = await tableSheet();
    expect(() => fake.userSortTable("T", "Nope")).toThrow(/no column "Nope"/);
    expect(() => fake.userSortTable("T", 3)).toThrow(/No column 3/);
  });
});

describe("the clerk filters a table", () => {
  test("rows failing the test are hidden, with no change event; clearing shows them", async () => {
    const { fake, events } = await tableSheet();
    fake.userFilterTable("T", "N", (v) => typeof v === "number" && v >= 2);
    await fake.settle();
    expect(fake.snapshot("S").hiddenRows).toEqual([4]);
    expect(events).toEqual([]);
    fake.userFilterTable("T", "Name", (v) => v !== "a");
    expect(fake.snapshot("S").hiddenRows).toEqual([3, 4]);
    fake.userClearFilters("T");
    expect(fake.snapshot("S").hiddenRows).toEqual([]);
  });
});
