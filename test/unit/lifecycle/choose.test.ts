/** What Revoke and Replace take, and the revoke confirmation (src/core/lifecycle/choose.ts). */
import { replaceableRows, revocableRows, revokeConfirmation } from "../../../src/core/lifecycle/choose";
import { ApprovalHistory } from "../../../src/core/lifecycle/history";
import type { RowState, RowVerdict } from "../../../src/core/row-state";
import { makeRecord } from "../../engine/support/records";

const verdict = (row: number, state: RowState, approvalId?: string): RowVerdict => ({
  kind: makeRecord(row).kind,
  row,
  state,
  stored: approvalId ? { approvalId } : {},
  record: makeRecord(row, { firstDay: row }),
});

const rows = [
  verdict(0, "submitted", "A0"),
  verdict(1, "edited", "A1"),
  verdict(2, "revoked", "A2"),
  verdict(3, "replacing", "A3"),
  verdict(4, "ready"),
  verdict(5, "edited", "A5"),
];

test("revoke takes rows live in Feishu: submitted and edited", () => {
  expect(revocableRows(rows).map((v) => v.row)).toEqual([0, 1, 5]);
});

test("replace takes edited rows that make a record now, and replacing rows to finish them", () => {
  const records = [makeRecord(1), makeRecord(3), makeRecord(4)];
  expect(replaceableRows(rows, records).map((j) => [j.verdict.row, j.record.row])).toEqual([
    [1, 1],
    [3, 3],
  ]);
});

test("the confirmation counts rows, names each person once and spans their days (history first)", () => {
  const history = new ApprovalHistory([
    {
      approvalId: "A0",
      kind: "leave",
      row: 0,
      key: "k",
      fingerprint: "f",
      employeeType: "employee_id",
      userId: "E0900",
      from: "20251230",
      to: "20251231",
      state: "live",
    },
  ]);
  const chosen = revocableRows(rows);
  expect(revokeConfirmation(chosen, history)).toEqual({
    count: 3,
    people: ["E0002", "E0006", "E0900"],
    from: "20251230",
    to: "20260110",
  });
  expect(revokeConfirmation([], history)).toEqual({ count: 0, people: [], from: null, to: null });
});
