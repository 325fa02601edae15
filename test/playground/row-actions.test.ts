import { playgroundBook } from "../../src/playground/book-store";
import { runRowAction } from "../../src/playground/row-actions";
import { column, tableSheet, tableT } from "../fake-excel/helpers";

async function book() {
  const { fake } = await tableSheet();
  const b = playgroundBook(fake);
  let redraws = 0;
  b.subscribe(() => redraws++);
  return { fake, b, redraws: () => redraws };
}

describe("the playground's row buttons", () => {
  test("insert above the selected rows, then undo; each redraws the grid", async () => {
    const { fake, b, redraws } = await book();
    b.select("S", "A5:B6");
    expect(runRowAction(b, "insertAbove")).toBeNull();
    expect(column(fake, 0).slice(3, 8)).toEqual(["a", "", "", "b", "c"]);
    expect(tableT(fake)?.rows).toBe(5);
    expect(runRowAction(b, "undo")).toBeNull();
    expect(column(fake, 0).slice(3, 6)).toEqual(["a", "b", "c"]);
    expect(redraws()).toBe(3);
  });

  test("delete the selected row; a header row alone is refused with words, not an error", async () => {
    const { fake, b } = await book();
    b.select("S", "B5");
    expect(runRowAction(b, "deleteRows")).toBeNull();
    expect(column(fake, 0).slice(3, 5)).toEqual(["a", "c"]);
    b.select("S", "A3:A4");
    expect(runRowAction(b, "deleteRows")).toBe("headerWouldGo");
    expect(tableT(fake)?.rows).toBe(2);
  });

  test("sort the table by the selected cell's column, either way", async () => {
    const { fake, b } = await book();
    b.select("S", "B4");
    expect(runRowAction(b, "sortDescending")).toBeNull();
    expect(column(fake, 0).slice(3, 6)).toEqual(["a", "c", "b"]);
    expect(runRowAction(b, "sortAscending")).toBeNull();
    expect(column(fake, 0).slice(3, 6)).toEqual(["b", "c", "a"]);
  });

  test("says what to do when nothing fits", async () => {
    const { b } = await book();
    expect(runRowAction(b, "sortAscending")).toBe("selectFirst");
    expect(runRowAction(b, "insertAbove")).toBe("selectFirst");
    b.select("S", "E4");
    expect(runRowAction(b, "sortAscending")).toBe("selectInTable");
    expect(runRowAction(b, "undo")).toBe("nothingToUndo");
  });
});
