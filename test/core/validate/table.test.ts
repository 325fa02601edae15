import { DEFAULT_SETTINGS, type TableSnapshot } from "../../../src/core/model";
import { DEFAULT_CATALOG, type CatalogEntry } from "../../../src/core/template/catalog";
import { matchHeaders } from "../../../src/core/template/headers";
import { checkRows, errorText, isValid } from "../../../src/core/validate/table";
import { table, VALID } from "../../unit/support/tables";

const check = (snapshot: TableSnapshot, rows?: Iterable<number>) =>
  checkRows(snapshot, matchHeaders(snapshot.kind, snapshot.headers), DEFAULT_SETTINGS, DEFAULT_CATALOG, rows);

const snapshot = table("leave", [
  VALID.leave,
  {},
  { ...VALID.leave, start_time: "not a time" },
  { ...VALID.leave, employee: "u2", external_id: "X1" },
]);

test("blank rows are skipped; a valid row is its record with a fingerprint; a wrong row keeps its facts and issues", () => {
  const rows = check(snapshot);
  expect(rows.map((r) => [r.row, r.ok, r.fingerprint !== undefined])).toEqual([
    [0, true, true],
    [2, false, false],
    [3, true, true],
  ]);
  expect(rows.map(isValid)).toEqual([true, false, true]);
  expect(rows[0].issues).toEqual([]);
  expect(rows[1].issues.map((i) => [i.row, i.column, i.severity])).toContainEqual([2, "start_time", "error"]);
  expect(rows[1].userId).toBe("u1");
  expect(rows[1].start).toBeUndefined();
  expect(rows[2].externalId).toBe("X1");
});

test("the same content gives the same fingerprint; another person another one", () => {
  const [a, b, c] = check(table("leave", [VALID.leave, {}, VALID.leave, { ...VALID.leave, employee: "u2" }]));
  expect([a.row, b.row, c.row]).toEqual([0, 2, 3]);
  expect(a.fingerprint).toBe(b.fingerprint);
  expect(c.fingerprint).not.toBe(a.fingerprint);
});

test("only the rows asked for, in that order; rows that do not exist are ignored", () => {
  expect(check(snapshot, [3, 0, 1, 99, -1, 1.5]).map((r) => r.row)).toEqual([3, 0]);
  expect(check(snapshot, [])).toEqual([]);
});

test("an unexpected failure in a row becomes an issue on that row, never a throw", () => {
  // A types catalog that fails when read: the leave type is looked up in it inside the row's check.
  const failing = {
    [Symbol.iterator]: () => {
      throw new Error("catalog unreadable");
    },
  } as unknown as readonly CatalogEntry[];
  const snap = table("leave", [VALID.leave, {}]);
  const rows = checkRows(snap, matchHeaders("leave", snap.headers), DEFAULT_SETTINGS, failing);
  expect(rows.map((r) => [r.row, r.ok, r.issues.map((i) => [i.code, i.severity])])).toEqual([
    [0, false, [["unexpected_error", "error"]]],
  ]);
  expect(rows[0].issues[0].message_en).toContain("catalog unreadable");
});

test("errorText keeps the message of an error, or the thing itself, at most 200 characters", () => {
  expect(errorText(new Error("boom"))).toBe("boom");
  expect(errorText("plain")).toBe("plain");
  expect(errorText(new Error("x".repeat(500)))).toHaveLength(200);
});
