/** The hidden approval history sheet on the fake Excel: absent, written as text, read back, rewritten shorter. */
import { ApprovalHistory, type ApprovalEntry } from "../../src/core/lifecycle/history";
import { HISTORY_HEADERS, historyFromRows, historyToRows } from "../../src/core/lifecycle/history-rows";
import { HISTORY_SHEET } from "../../src/excel/history-sheet";
import { PEOPLE_SHEET } from "../../src/excel/people-sheet";
import { setup } from "./helpers";

const entry = (i: number, over: Partial<ApprovalEntry> = {}): ApprovalEntry => ({
  approvalId: String(7_000_000_000_000_000_000n + BigInt(i)),
  kind: "leave",
  row: i,
  key: `k-${i}`,
  fingerprint: `f-${i}`,
  employeeType: "employee_id",
  userId: `E${String(i).padStart(4, "0")}`,
  from: "20260105",
  to: "20260105",
  state: "live",
  writtenAt: "2026-01-05 09:00:00",
  ...over,
});

test("a workbook without the sheet reads as an empty history, in one sync", async () => {
  const t = setup();
  t.fake.resetStats();
  expect(await t.adapter.readHistory()).toEqual([]);
  expect(t.fake.stats().syncs).toBe(1);
});

test("the history goes to a hidden sheet of its own and comes back whole: 19-digit IDs stay text", async () => {
  const t = setup();
  const history = new ApprovalHistory([
    entry(1, { state: "replaced", replacedBy: entry(2).approvalId, changedAt: "2026-01-06 10:00:00" }),
    entry(2),
    entry(3, { state: "revoke-pending", intent: "replace", nextKey: "k-3~2" }),
  ]);
  t.fake.resetStats();
  await t.adapter.writeHistory(historyToRows(history));
  expect(t.fake.stats().syncs).toBeLessThanOrEqual(3);
  const snap = t.fake.snapshot(HISTORY_SHEET);
  expect(snap.visibility).toBe("Hidden");
  expect(snap.values[0]).toEqual([...HISTORY_HEADERS, 3]);
  expect(snap.values[1][0]).toBe("7000000000000000001");
  expect(t.fake.sheetNames()).not.toContain(PEOPLE_SHEET);
  t.fake.resetStats();
  const back = historyFromRows(await t.adapter.readHistory());
  expect(t.fake.stats().syncs).toBe(3);
  expect(back.entries()).toEqual(history.entries());
  expect(back.lineage(entry(2).approvalId).map((e) => e.row)).toEqual([1, 2]);
});

test("a shorter rewrite blanks the old tail", async () => {
  const t = setup();
  await t.adapter.writeHistory(historyToRows(new ApprovalHistory([1, 2, 3, 4].map((i) => entry(i)))));
  await t.adapter.writeHistory(historyToRows(new ApprovalHistory([entry(9)])));
  expect(historyFromRows(await t.adapter.readHistory()).entries()).toEqual([entry(9)]);
  const tail = t.fake.snapshot(HISTORY_SHEET).values.slice(2).flat();
  expect(tail.every((v) => v === "" || v === null || v === undefined)).toBe(true);
});
