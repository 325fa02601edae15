/** The history sheet's rows (src/core/lifecycle/history-rows.ts): written and read back, bad rows dropped. */
import { ApprovalHistory, type ApprovalEntry } from "../../../src/core/lifecycle/history";
import { HISTORY_HEADERS, historyFromRows, historyToRows } from "../../../src/core/lifecycle/history-rows";

const full: ApprovalEntry = {
  approvalId: "7000000000000000001",
  kind: "out",
  row: 4,
  key: "ext-1",
  fingerprint: "fp",
  employeeType: "employee_no",
  userId: "N001",
  from: "20260105",
  to: "20260106",
  state: "revoked",
  intent: "replace",
  nextKey: "ext-1~2",
  writtenAt: "2026-01-05 09:00:00",
  changedAt: "2026-01-06 10:00:00",
};
const bare: ApprovalEntry = {
  ...full,
  approvalId: "7000000000000000002",
  state: "replaced",
  replacedBy: "7000000000000000003",
};
delete bare.intent;
delete bare.nextKey;
delete bare.writtenAt;

test("every field survives the round trip, as text", () => {
  const rows = historyToRows(new ApprovalHistory([full, bare]));
  expect(
    rows.every((r) => r.length === HISTORY_HEADERS.length && r.every((c) => typeof c === "string")),
  ).toBe(true);
  expect(historyFromRows(rows).entries()).toEqual([full, bare]);
});

test("rows Excel changed or a person broke are dropped, not guessed", () => {
  const [good] = historyToRows(new ApprovalHistory([full]));
  const broken = (i: number, v: string | number | null) => good.map((c, j) => (j === i ? v : c));
  const at = (h: (typeof HISTORY_HEADERS)[number]) => HISTORY_HEADERS.indexOf(h);
  const rows = [
    broken(at("state"), "gone"),
    broken(at("kind"), "holiday"),
    broken(at("employee_type"), "email"),
    broken(at("from"), "2026-01-05"),
    broken(at("row"), -1),
    broken(at("approval_id"), ""),
    broken(at("intent"), "other"),
    [],
  ];
  const read = historyFromRows(rows).entries();
  expect(read).toHaveLength(1);
  expect(read[0].intent).toBeUndefined();
  expect(historyFromRows([broken(at("row"), 4)]).entries()).toEqual([full]);
});
