import { RECORD_KINDS } from "../../../src/core/kinds";
import { columnsOf, INPUT_COLUMNS, RESULT_COLUMNS } from "../../../src/core/template/columns";

test.each(RECORD_KINDS)(
  "%s: input columns first, then the same result columns; keys and headers unique",
  (kind) => {
    const cols = columnsOf(kind);
    expect(cols.slice(0, INPUT_COLUMNS[kind].length)).toEqual(INPUT_COLUMNS[kind]);
    expect(cols.slice(INPUT_COLUMNS[kind].length)).toEqual(RESULT_COLUMNS);
    for (const list of [cols.map((c) => c.key), cols.map((c) => c.header.zh), cols.map((c) => c.header.en)])
      expect(new Set(list).size).toBe(list.length);
    expect(INPUT_COLUMNS[kind].some((c) => c.type === "result")).toBe(false);
    expect(cols[0]?.key).toBe("employee");
  },
);

test("result columns are read-only results; only the fingerprint is hidden; the old Key headers still name it", () => {
  expect(RESULT_COLUMNS.map((c) => c.key)).toEqual([
    "status",
    "approval_id",
    "message",
    "submitted_at",
    "key",
    "fingerprint",
  ]);
  expect(RESULT_COLUMNS.every((c) => c.type === "result" && !c.required)).toBe(true);
  expect(RESULT_COLUMNS.filter((c) => c.hidden).map((c) => c.key)).toEqual(["fingerprint"]);
  expect(RESULT_COLUMNS.find((c) => c.key === "key")?.formerHeaders).toEqual(["幂等键", "Key"]);
});

test("columnsOf returns a fresh list each time", () => {
  const a = columnsOf("leave");
  a.pop();
  expect(columnsOf("leave")).toHaveLength(a.length + 1);
});
