/** A send run journals every record it writes before the result reaches the rows. */
import { submitRecords } from "../../../src/core/engine/submit";
import type { ApprovalEntry } from "../../../src/core/lifecycle/history";
import type { RowResult } from "../../../src/core/model";
import { FakeClock } from "../../engine/support/fake-clock";
import { fakeFeishu } from "../../engine/support/fake-feishu";
import { makeRecords } from "../../engine/support/records";

test("every written approval ID is in the journal before its result is handed to the rows", async () => {
  const clock = new FakeClock();
  const feishu = fakeFeishu(clock, {});
  const journaled = new Set<string>();
  const early: string[] = [];
  const entries: ApprovalEntry[] = [];
  const records = makeRecords(30);
  const summary = await submitRecords({
    records,
    transport: feishu.transport,
    clock,
    concurrency: 4,
    batchSize: 7,
    onJournal: (batch) => {
      for (const e of batch) journaled.add(e.approvalId);
      entries.push(...batch);
    },
    onResults: (batch: RowResult[]) => {
      for (const r of batch) if (r.approval_id && !journaled.has(r.approval_id)) early.push(r.approval_id);
    },
  });
  expect(summary.written).toBe(30);
  expect(early).toEqual([]);
  expect(entries).toHaveLength(30);
  // Each entry is its record's, found by key: the person, the key and the approval ID Feishu gave.
  for (const e of entries) {
    const record = records.find((r) => r.key === e.key);
    expect(record && feishu.written.get(record.key)?.approvalId).toBe(e.approvalId);
    expect(e).toMatchObject({ state: "live", userId: record?.body.user_approval.user_id });
  }
});

test("a journal that cannot be written stops the run before any result reaches the rows", async () => {
  const clock = new FakeClock();
  const feishu = fakeFeishu(clock, {});
  const written: RowResult[] = [];
  const summary = await submitRecords({
    records: makeRecords(10),
    transport: feishu.transport,
    clock,
    concurrency: 2,
    batchSize: 1,
    onJournal: () => {
      throw new Error("journal sheet refused");
    },
    onResults: (batch) => void written.push(...batch),
  });
  expect(summary.stoppedBy).toBe("results");
  expect(written.filter((r) => r.status === "submitted")).toEqual([]);
});
