/**
 * The journal (FeishuHistory) on the fake Excel: absent, merged by approval ID (never rewritten
 * from an older copy), VeryHidden, found by its table when its sheet is renamed, an older
 * count-beside-the-header journal read and turned into the table, and a journal over 5 MB read
 * and written in syncs under the payload limit.
 */
import { ApprovalHistory, type ApprovalEntry } from "../../src/core/lifecycle/history";
import {
  entriesToRows,
  HISTORY_HEADERS,
  historyFromRows,
  historyToRows,
} from "../../src/core/lifecycle/history-rows";
import { PAYLOAD_LIMIT_BYTES } from "../../src/fake-excel";
import { HISTORY_SHEET, JOURNAL_TABLE } from "../../src/excel/history-sheet";
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
const rowsOf = (...entries: ApprovalEntry[]) => entriesToRows(entries);
const byId = (a: ApprovalEntry, b: ApprovalEntry) => a.approvalId.localeCompare(b.approvalId);

test("a workbook without the journal reads as none, and says it has none", async () => {
  const t = setup();
  expect(await t.adapter.readHistory()).toEqual([]);
  expect(await t.adapter.hasHistory()).toBe(false);
});

test("the journal is a table on a VeryHidden sheet and comes back whole: 19-digit IDs stay text", async () => {
  const t = setup();
  const history = new ApprovalHistory([
    entry(1, { state: "replaced", replacedBy: entry(2).approvalId, changedAt: "2026-01-06 10:00:00" }),
    entry(2),
    entry(3, { state: "revoke-pending", intent: "replace", nextKey: "k-3~2" }),
  ]);
  expect(await t.adapter.mergeHistory(historyToRows(history))).toBe(true);
  const snap = t.fake.snapshot(HISTORY_SHEET);
  expect(snap.visibility).toBe("VeryHidden");
  expect(snap.tables.map((x) => x.name)).toEqual([JOURNAL_TABLE]);
  expect(snap.values[0]).toEqual([...HISTORY_HEADERS]);
  expect(snap.values[1][0]).toBe("7000000000000000001");
  expect(t.fake.sheetNames()).not.toContain(PEOPLE_SHEET);
  const back = historyFromRows(await t.adapter.readHistory());
  expect(back.entries()).toEqual(history.entries());
  expect(back.lineage(entry(2).approvalId).map((e) => e.row)).toEqual([1, 2]);
  expect(await t.adapter.hasHistory()).toBe(true);
});

test("a merge updates the IDs it names and keeps every other entry (no rewrite from an older copy)", async () => {
  const t = setup();
  await t.adapter.mergeHistory(rowsOf(entry(1), entry(2), entry(3), entry(4)));
  // Appended rows keep 19-digit IDs and yyyyMMdd days as text too.
  expect(await t.adapter.mergeHistory(rowsOf(entry(2, { state: "revoked" }), entry(9)))).toBe(false);
  const back = historyFromRows(await t.adapter.readHistory())
    .entries()
    .sort(byId);
  expect(back).toEqual([entry(1), entry(2, { state: "revoked" }), entry(3), entry(4), entry(9)]);
  const values = t.fake.snapshot(HISTORY_SHEET).values;
  expect(values.find((r) => r[0] === entry(9).approvalId)?.[7]).toBe("20260105");
});

test("two overlapping merges (two panes, or a co-author) both land", async () => {
  const t = setup({ syncDelayMs: 5 });
  await t.adapter.mergeHistory(rowsOf(entry(1)));
  await Promise.all([
    t.adapter.mergeHistory(rowsOf(entry(2), entry(1, { state: "revoked" }))),
    t.adapter.mergeHistory(rowsOf(entry(3), entry(4))),
  ]);
  const back = historyFromRows(await t.adapter.readHistory())
    .entries()
    .sort(byId);
  expect(back).toEqual([entry(1, { state: "revoked" }), entry(2), entry(3), entry(4)]);
});

test("a journal whose sheet was renamed is still found by its table", async () => {
  const t = setup();
  await t.adapter.mergeHistory(rowsOf(entry(1)));
  // By code (VBA, another add-in): the clerk cannot reach a VeryHidden sheet from Excel's menus.
  t.fake.book.sheet(HISTORY_SHEET)!.name = "Old notes";
  expect(await t.adapter.hasHistory()).toBe(true);
  await t.adapter.mergeHistory(rowsOf(entry(2)));
  expect(
    historyFromRows(await t.adapter.readHistory())
      .entries()
      .sort(byId),
  ).toEqual([entry(1), entry(2)]);
  expect(t.fake.sheetNames()).not.toContain(HISTORY_SHEET);
});

test("an older journal (hidden sheet, count beside the header) is read, then turned into the table", async () => {
  const t = setup();
  t.fake.addSheet(HISTORY_SHEET);
  const old = rowsOf(entry(1), entry(2));
  const sheet = t.fake.book.sheet(HISTORY_SHEET)!;
  [[...HISTORY_HEADERS, 2], ...old].forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = t.fake.book.touch(sheet, r, c);
      cell.numberFormat = "@";
      cell.value = v;
    }),
  );
  expect(historyFromRows(await t.adapter.readHistory()).entries()).toEqual([entry(1), entry(2)]);
  await t.adapter.mergeHistory(rowsOf(entry(3)));
  const snap = t.fake.snapshot(HISTORY_SHEET);
  expect(snap.tables.map((x) => x.name)).toEqual([JOURNAL_TABLE]);
  expect(snap.visibility).toBe("VeryHidden");
  expect(snap.values[0]).toEqual([...HISTORY_HEADERS, ""]);
  const back = historyFromRows(await t.adapter.readHistory())
    .entries()
    .sort(byId);
  expect(back).toEqual([entry(1), entry(2), entry(3)]);
});

test("a journal over 5 MB is written and read in syncs under Excel on the web's payload limit", async () => {
  const t = setup({ profile: "web" });
  const many = Array.from({ length: 24_000 }, (_, i) =>
    entry(i, { key: `k-${i}-${"x".repeat(60)}`, fingerprint: "f".repeat(64) }),
  );
  const rows = entriesToRows(many);
  expect(rows.reduce((n, r) => n + JSON.stringify(r).length, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  await t.adapter.mergeHistory(rows.slice(0, 10));
  t.fake.resetStats();
  await t.adapter.mergeHistory(rows);
  expect(t.fake.stats().maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  t.fake.resetStats();
  const back = await t.adapter.readHistory();
  expect(t.fake.stats().maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  expect(back).toHaveLength(24_000);
  expect(historyFromRows(back).get(many[23_999].approvalId)).toEqual(many[23_999]);
}, 60_000);

test("the clerk cannot unhide the journal; an older Hidden one unhidden by the clerk is hidden again at the next merge", async () => {
  const t = setup();
  await t.adapter.mergeHistory(rowsOf(entry(1)));
  t.fake.addSheet("Visible one");
  expect(() => t.fake.userUnhideSheet(HISTORY_SHEET)).toThrow(/very hidden/);
  t.fake.book.sheet(HISTORY_SHEET)!.visibility = "Hidden";
  t.fake.userUnhideSheet(HISTORY_SHEET);
  t.fake.userRenameSheet(HISTORY_SHEET, "History copy");
  await t.adapter.mergeHistory(rowsOf(entry(2)));
  expect(t.fake.snapshot("History copy").visibility).toBe("VeryHidden");
  expect(
    historyFromRows(await t.adapter.readHistory())
      .entries()
      .sort(byId),
  ).toEqual([entry(1), entry(2)]);
});

test("a deleted journal reads as none and says so (the pane rebuilds it from the rows)", async () => {
  const t = setup();
  await t.adapter.mergeHistory(rowsOf(entry(1)));
  t.fake.addSheet("Visible one");
  t.fake.book.sheet(HISTORY_SHEET)!.visibility = "Hidden";
  t.fake.userDeleteSheet(HISTORY_SHEET);
  expect(await t.adapter.hasHistory()).toBe(false);
  expect(await t.adapter.mergeHistory(rowsOf(entry(2)))).toBe(true);
});
