import { cellInput, forEachCell } from "../../src/fake-excel/place";

const rect = { row: 4, col: 2, rows: 2, cols: 3 };

test("forEachCell visits each cell row by row with its sheet and range positions", () => {
  const seen: string[] = [];
  forEachCell(rect, (row, col, i, j) => seen.push(`${row},${col}@${i},${j}`));
  expect(seen).toEqual(["4,2@0,0", "4,3@0,1", "4,4@0,2", "5,2@1,0", "5,3@1,1", "5,4@1,2"]);
});

test("one scalar fills every cell; a 2-D array gives each cell its own value", () => {
  expect(cellInput("x", rect)(1, 2)).toBe("x");
  const at = cellInput(
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    rect,
  );
  expect([at(0, 0), at(1, 2)]).toEqual([1, 6]);
});

test.each([
  ["too few rows", [[1, 2, 3]]],
  [
    "a short row",
    [
      [1, 2, 3],
      [4, 5],
    ],
  ],
  ["a row that is not an array", [[1, 2, 3], 4]],
])("an array of the wrong shape is Excel's InvalidArgument naming the range (%s)", (_name, input) => {
  expect(() => cellInput(input, rect)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  expect(() => cellInput(input, rect)).toThrow(/C5:E6/);
});
