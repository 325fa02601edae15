import type { Issue } from "../../src/core/model";
import { issuesMessage, rowView, sendLine, sentSpan } from "../../src/core/row-message";
import type { RowState, RowVerdict } from "../../src/core/row-state";
import { makeIssue } from "../../src/core/validate/messages";
import { checkWorkbook } from "../unit/support/check";
import { table, VALID } from "../unit/support/tables";

const [leave] = checkWorkbook([table("leave", [VALID.leave])]).records;
const warning = makeIssue("leave", 0, null, "duplicate_content", "warning", { row: 3 });
const error = makeIssue("leave", 0, null, "duplicate_record", "error", { row: 2 });
const verdict = (state: RowState): RowVerdict => ({
  kind: "leave",
  row: 0,
  state,
  stored: {},
  record: leave,
});

test("the span a record sends is the one in its body", () => {
  expect(sentSpan(leave)).toEqual(["2026-01-05 09:00:00", "2026-01-05 18:00:00"]);
  expect(sendLine(leave, "en-US")).toContain("2026-01-05 09:00:00");
  expect(sendLine(leave, "zh-CN")).toContain("2026-01-05 18:00:00");
  const empty = {
    ...leave,
    body: { ...leave.body, user_approval: { ...leave.body.user_approval, leaves: [] } },
  };
  expect(sentSpan(empty)).toBeNull();
  expect(sendLine(empty, "en-US")).toBe("");
});

test("errors come first, whatever order the issues came in", () => {
  const m = issuesMessage([warning, error], "en-US");
  expect(m.indexOf("row 2")).toBeLessThan(m.indexOf("row 3"));
  expect(m.indexOf("row 2")).toBeGreaterThanOrEqual(0);
});

test("a message too long for a cell is cut to 2,000 characters with an ellipsis", () => {
  const many: Issue[] = Array.from({ length: 100 }, (_, i) =>
    makeIssue("leave", 0, null, "duplicate_record", "error", { row: i + 2 }),
  );
  const m = issuesMessage(many, "en-US");
  expect(m).toHaveLength(2000);
  expect(m.endsWith("…")).toBe(true);
});

test.each<[RowState, "text" | "keep" | "empty", string | null]>([
  ["blank", "empty", null],
  ["invalid", "text", null],
  ["edited", "text", null],
  ["failed", "keep", "error"],
  ["unknown", "keep", "warning"],
  ["replacing", "keep", "warning"],
  ["revoked", "keep", "muted"],
  ["submitting", "keep", null],
  ["submitted", "keep", null],
])("a %s row: message %s, state mark %p", (state, message, mark) => {
  const v = rowView(verdict(state), [warning], "en-US");
  expect(v.state).toBe(state);
  expect(v.stateMark).toBe(mark);
  const expected = { text: issuesMessage([warning], "en-US"), keep: null, empty: "" }[message];
  expect(v.message).toBe(expected);
});

test("a ready row says what it will send after its warnings, as one more sentence", () => {
  const line = sendLine(leave, "en-US");
  expect(rowView(verdict("ready"), [], "en-US").message).toBe(line);
  expect(rowView(verdict("ready"), [warning], "en-US").message).toBe(
    `${issuesMessage([warning], "en-US")} ${line}`,
  );
  expect(rowView(verdict("ready"), [warning], "zh-CN").message).toBe(
    `${issuesMessage([warning], "zh-CN")}${sendLine(leave, "zh-CN")}`,
  );
});

test("no verdict is a blank row", () => {
  expect(rowView(undefined, [], "en-US")).toEqual({ state: "blank", message: "", stateMark: null });
});
