/** Rows read in part put in place in the table the live check remembers. */
import { placeParts } from "../../src/core/live-parts";
import { DEFAULT_SETTINGS, type TableSnapshot } from "../../src/core/model";
import { readTable } from "../../src/core/prepare";
import { DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { table, VALID } from "../unit/support/tables";

const base = table("leave", [
  VALID.leave,
  { ...VALID.leave, employee: "u2" },
  { ...VALID.leave, employee: "u3" },
]);
const remembered = readTable(base, DEFAULT_SETTINGS, DEFAULT_CATALOG);
const part = (rows: number[], t: TableSnapshot = base, length = t.rows.length): TableSnapshot => {
  const sparse = new Array<TableSnapshot["rows"][number]>(length);
  for (const r of rows) sparse[r] = t.rows[r] ?? t.rows[0].map((v, i) => (i === 0 ? `new${r}` : v));
  return { ...t, rows: sparse, partRows: rows };
};

test("the rows read replace theirs; the others are as last read", () => {
  const edited = { ...base, rows: base.rows.map((r, i) => (i === 1 ? ["u9", ...r.slice(1)] : r)) };
  const [placed] = placeParts([part([1], edited)], () => remembered) ?? [];
  expect(placed.rows.map((r) => r[0])).toEqual(["u1", "u9", "u3"]);
  expect(placed.partRows).toBeUndefined();
});

test("a table that grew is placed only when its new rows were read", () => {
  expect(placeParts([part([3], base, 4)], () => remembered)?.[0].rows).toHaveLength(4);
  expect(placeParts([part([1], base, 4)], () => remembered)).toBeNull();
});

test("other headers, fewer rows or a table never read: null (the caller reads everything)", () => {
  expect(placeParts([{ ...part([0]), headers: [...base.headers].reverse() }], () => remembered)).toBeNull();
  expect(placeParts([part([0], base, 2)], () => remembered)).toBeNull();
  expect(placeParts([part([0])], () => undefined)).toBeNull();
});

test("a whole table passes as it is", () => {
  expect(placeParts([base], () => undefined)).toEqual([base]);
});
