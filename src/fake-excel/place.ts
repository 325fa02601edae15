/** Where a range proxy points, resolved when its operation applies, and cell-wise helpers. */
import { type Rect, rectText } from "../excel/a1";
import type { SheetModel } from "./book";
import { FakeOfficeError } from "./context";

export interface Place {
  sheet: SheetModel;
  rect: Rect;
}

export const forEachCell = (
  rect: Rect,
  fn: (row: number, col: number, i: number, j: number) => void,
): void => {
  for (let i = 0; i < rect.rows; i++)
    for (let j = 0; j < rect.cols; j++) fn(rect.row + i, rect.col + j, i, j);
};

/** A value that is either one scalar for every cell or a 2-D array exactly the range's shape. */
export function cellInput(input: unknown, rect: Rect): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectText(rect)}).`,
    );
  }
  return (i, j) => (input as unknown[][])[i][j];
}
