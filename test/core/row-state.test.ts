/** The row-state groups: "pending" means one thing in the core's check and in the pane's scopes. */
import { prepareWorkbook } from "../../src/core/prepare";
import { isLive, isPending, isReplaceable, type RowState } from "../../src/core/row-state";
import { kindCounts, scopeRecords } from "../../src/taskpane/state/selectors";
import { table, VALID } from "../unit/support/tables";

const STATES: RowState[] = [
  "blank",
  "invalid",
  "ready",
  "submitting",
  "unknown",
  "failed",
  "submitted",
  "edited",
  "revoked",
  "replacing",
];
const where = (f: (s: RowState) => boolean) => STATES.filter(f);

describe("row-state groups", () => {
  it("pending, live and replaceable, each decided once", () => {
    expect(where(isPending)).toEqual(["ready", "submitting", "unknown"]);
    expect(where(isLive)).toEqual(["submitted", "edited"]);
    expect(where(isReplaceable)).toEqual(["edited", "replacing"]);
  });

  it("the check's pending records, the pane's pending scope and its counts agree (a failed row is in none)", () => {
    const first = prepareWorkbook([table("leave", [VALID.leave])]).records[0];
    const failed = { status: "Failed", key: first.key, fingerprint: first.fingerprint };
    const other = { ...VALID.leave, employee: "u7" };
    const wb = prepareWorkbook([table("leave", [{ ...VALID.leave, ...failed }, other], { results: true })]);
    expect(wb.rows.map((v) => v.state)).toEqual(["failed", "ready"]);
    const prepared = { ...wb, headerRows: wb.headerRows };
    const scope = scopeRecords(prepared, "pending", []).map((r) => r.row);
    expect(wb.pending.map((r) => r.row)).toEqual(scope);
    expect(scope).toEqual([1]);
    expect(kindCounts(prepared).find((c) => c.kind === "leave")?.pending).toBe(1);
  });
});
