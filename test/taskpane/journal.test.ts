/** The pane's journal over the real adapter on the fake Excel: a missing journal is rebuilt from the rows, never taken as empty. */
import { liveEntry } from "../../src/core/lifecycle/history";
import { historyFromRows } from "../../src/core/lifecycle/history-rows";
import type { RowVerdict } from "../../src/core/row-state";
import { HISTORY_SHEET } from "../../src/excel/history-sheet";
import { paneJournal } from "../../src/taskpane/journal";
import { setup } from "../excel/helpers";
import { makeRecords } from "../engine/support/records";

const records = makeRecords(3);
const rows: RowVerdict[] = records.map((record, i) => ({
  kind: record.kind,
  row: i,
  state: "submitted",
  stored: { approvalId: `70000000000000000${i}`, key: record.key, fingerprint: record.fingerprint },
  record,
}));

test("a workbook whose rows hold approval IDs and has no journal gets one rebuilt from them", async () => {
  const t = setup();
  const journal = paneJournal(t.adapter, () => rows);
  expect(await journal.check()).toBe(3);
  const back = historyFromRows(await t.adapter.readHistory());
  expect(back.entries().map((e) => [e.approvalId, e.userId, e.key])).toEqual(
    rows.map((v) => [v.stored.approvalId, v.record?.body.user_approval.user_id, v.stored.key]),
  );
  expect(await journal.check()).toBe(0);
});

test("a journal deleted during a run is rebuilt at the next merge, the merged entries kept as given", async () => {
  const t = setup();
  const journal = paneJournal(t.adapter, () => rows);
  await journal.merge([liveEntry(records[0], "700000000000000000", "2026-01-05 09:00:00")]);
  t.fake.addSheet("Visible one");
  t.fake.book.sheet(HISTORY_SHEET)!.visibility = "Hidden";
  t.fake.userDeleteSheet(HISTORY_SHEET);
  const fresh = liveEntry(records[0], "700000000000000000", "2026-01-05 10:00:00");
  expect(await journal.merge([fresh])).toBe(2);
  const back = historyFromRows(await t.adapter.readHistory());
  expect(back.entries()).toHaveLength(3);
  expect(back.get("700000000000000000")).toEqual(fresh);
});
