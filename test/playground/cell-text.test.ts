import { cellText } from "../../src/playground/cell-text";

test.each<[string | number | boolean, string, 1900 | 1904, string]>([
  [46027, "yyyy-mm-dd", 1900, "2026-01-05"],
  [46027.375, "yyyy-mm-dd hh:mm", 1900, "2026-01-05 09:00"],
  [46027.375, "yyyy-mm-dd", 1900, "2026-01-05"],
  [44565, "yyyy-mm-dd", 1904, "2026-01-05"],
  [46027.5, "m/d/yyyy h:mm", 1900, "2026-01-05 12:00"],
  [1.5, "0.00", 1900, "1.5"],
  [46027, "General", 1900, "46027"],
  [true, "General", 1900, "TRUE"],
  [false, "General", 1900, "FALSE"],
  ["年假", "@", 1900, "年假"],
])("%p in %p (%i system) shows %p", (value, format, system, shown) => {
  expect(cellText(value, format, system)).toBe(shown);
});
