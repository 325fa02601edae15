import { isBlank } from "../../../src/core/cells/blank";
import type { CellValue } from "../../../src/core/model";

test.each<[CellValue, boolean]>([
  ["", true],
  ["  \u3000 ", true],
  [null, true],
  [undefined, true],
  [0, false],
  [false, false],
  ["x", false],
])("blank %p -> %p", (cell, expected) => {
  expect(isBlank(cell)).toBe(expected);
});
