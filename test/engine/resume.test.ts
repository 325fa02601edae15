import { existingApprovals, planRecords, recordsToResume, withKey } from "../../src/core/engine/resume";
import { rowState, type RowVerdict, type StoredResult } from "../../src/core/row-state";
import { submitRecords } from "../../src/core/engine/submit";
import type { PreparedRecord } from "../../src/core/model";
import { FakeClock } from "./support/fake-clock";
import { fakeFeishu } from "./support/fake-feishu";
import { makeRecord, makeRecords } from "./support/records";
import { storedSheet } from "./support/stored-sheet";

/** The result columns of a sheet, as the Excel side would hold them after applying batches. */

describe("cancel and resume", () => {
  test("cancel stops scheduling at once, in-flight sends finish and are recorded, the rest stay pending", async () => {
    const clock = new FakeClock();
    const feishu = fakeFeishu(clock);
    const sheet = storedSheet();
    const controller = new AbortController();
    const records = makeRecords(40);
    const summary = await submitRecords({
      records,
      transport: feishu.transport,
      clock,
      concurrency: 4,
      baseDelayMs: 1,
      signal: controller.signal,
      onResults: sheet.apply,
      onProgress: (p) => {
        if (p.ok === 10) controller.abort();
      },
    });
    expect(summary.stoppedBy).toBe("cancel");
    // At the 10th ok, 3 sends were in flight: they finish and count.
    expect(summary.written).toBe(13);
    expect(summary.cancelled).toBe(27);
    expect(feishu.attempts.size).toBe(13);
    expect(sheet.count("submitted")).toBe(13);
    expect(sheet.count("ready")).toBe(27);

    // Submitting again (pending rows) sends only the rest.
    const again = await submitRecords({
      records,
      transport: feishu.transport,
      clock,
      existing: existingApprovals(sheet.stored()),
      onResults: sheet.apply,
    });
    expect(again).toMatchObject({ written: 27, skipped: 13 });
    expect(feishu.writes).toHaveLength(40);
    expect(new Set(feishu.writes).size).toBe(40);
  });

  test("a cancelled record waiting to retry after an uncertain try is left unknown for a resume", async () => {
    const clock = new FakeClock();
    const feishu = fakeFeishu(clock, { plan: (r, a) => (r.key === "t-0" && a === 1 ? "lost" : undefined) });
    const sheet = storedSheet();
    const controller = new AbortController();
    const records = makeRecords(1);
    await submitRecords({
      records,
      transport: feishu.transport,
      clock,
      baseDelayMs: 5000,
      signal: controller.signal,
      onResults: sheet.apply,
      onProgress: (p) => {
        if (p.retrying === 1) controller.abort();
      },
    });
    expect(sheet.rows.get(0)).toMatchObject({ status: "unknown", key: "t-0" });
    const resumed = recordsToResume(records, sheet.stored());
    expect(resumed).toHaveLength(1);
    const s = await submitRecords({
      records: resumed,
      transport: feishu.transport,
      clock,
      onResults: sheet.apply,
    });
    expect(s.written).toBe(1);
    expect(sheet.rows.get(0)).toMatchObject({
      status: "submitted",
      approvalId: feishu.written.get("t-0")?.approvalId,
    });
    expect(feishu.writes).toEqual(["t-0"]);
  });

  test("a crash mid-run leaves rows submitting; resume resends them with their stored key, never twice", async () => {
    const clock = new FakeClock();
    // The first run's answers for odd rows are lost, then the task pane "crashes" (results stop arriving).
    const feishu = fakeFeishu(clock, { plan: (r, a) => (r.row % 2 === 1 && a === 1 ? "lost" : undefined) });
    const sheet = storedSheet();
    const records = makeRecords(10);
    let batches = 0;
    await submitRecords({
      records,
      transport: feishu.transport,
      clock,
      concurrency: 10,
      maxAttempts: 1,
      onResults: (b) => {
        if (batches++ === 0) sheet.apply(b);
      }, // only the marker reaches the sheet
    });
    expect(sheet.count("submitting")).toBe(10);
    expect(feishu.writes).toHaveLength(10);

    // The clerk edits nothing, but the content key changed since (e.g. an External ID was added):
    const rebuilt = records.map((r) => withKey(r, `new-${r.row}`));
    const toSend = planRecords(rebuilt, sheet.stored(rebuilt));
    expect(toSend.map((r) => r.key)).toEqual(records.map((r) => r.key));
    const s = await submitRecords({
      records: toSend,
      transport: feishu.transport,
      clock,
      onResults: sheet.apply,
    });
    expect(s).toMatchObject({ written: 10, failed: 0 });
    expect(feishu.writes).toHaveLength(10);
    expect(sheet.count("submitted")).toBe(10);
    for (const { stored: st } of sheet.stored())
      expect(st.approvalId).toBe(feishu.written.get(st.key ?? "")?.approvalId);
  });

  test("cancelling a resume leaves not-yet-resent rows submitting", async () => {
    const clock = new FakeClock();
    const feishu = fakeFeishu(clock);
    const records = makeRecords(8);
    const sheet = storedSheet();
    for (const r of records)
      sheet.rows.set(r.row, {
        kind: r.kind,
        row: r.row,
        status: "submitting",
        key: r.key,
        fingerprint: r.fingerprint,
      });
    const stored = sheet.stored(records);
    const controller = new AbortController();
    controller.abort();
    const s = await submitRecords({
      records: recordsToResume(records, stored),
      transport: feishu.transport,
      clock,
      signal: controller.signal,
      onResults: sheet.apply,
    });
    expect(s.cancelled).toBe(8);
    expect(sheet.count("submitting")).toBe(8);
    expect(feishu.attempts.size).toBe(0);
  });
});

describe("recordsToResume and friends", () => {
  const r = makeRecord(0);
  /** The verdict of record r's row holding these result columns (the core decides its state). */
  const st = (over: Partial<StoredResult>): RowVerdict => {
    const stored: StoredResult = {
      status: "submitting",
      key: "old-key",
      fingerprint: r.fingerprint,
      ...over,
    };
    return {
      kind: r.kind,
      row: r.row,
      stored,
      state: rowState({ blank: false, hasErrors: false, record: r, stored }),
    };
  };

  test.each<[string, Partial<StoredResult>, string | null]>([
    ["submitting without approval id: stored key", {}, "old-key"],
    ["submitting, edited since: still the stored key", { fingerprint: "other" }, "old-key"],
    ["unknown, unedited: stored key", { status: "unknown" }, "old-key"],
    ["unknown, edited: not resumed", { status: "unknown", fingerprint: "other" }, null],
    ["submitted with approval id: not resumed", { status: "submitted", approvalId: "A1" }, null],
    ["failed: not resumed", { status: "failed" }, null],
    ["no stored key: not resumed", { key: undefined }, null],
  ])("%s", (_n, over, key) => {
    const out = recordsToResume([r], [st(over)]);
    expect(out.map((x) => x.key)).toEqual(key ? [key] : []);
    if (key) {
      expect(out[0].body.user_approval.leaves?.[0].idempotent_id).toBe(key);
      expect(out[0].resumedFrom).toBe(over.status ?? "submitting");
    }
  });

  test("withKey changes key and body only", () => {
    const k = withKey(r, "K9");
    expect(k.key).toBe("K9");
    expect(k.body.user_approval.leaves?.[0]).toMatchObject({ idempotent_id: "K9", reason: "family" });
    expect(r.key).toBe("t-0");
    expect(r.body.user_approval.leaves?.[0].idempotent_id).toBe("t-0");
  });

  test("existingApprovals maps keys to approval ids", () => {
    const m = existingApprovals([
      st({ approvalId: "A1" }),
      st({ key: "k2" }),
      st({ key: undefined, approvalId: "A3" }),
    ]);
    expect([...m]).toEqual([["old-key", "A1"]]);
  });

  test("planRecords keeps unrelated records as they are", () => {
    const two: PreparedRecord[] = [r, makeRecord(1)];
    const out = planRecords(two, [st({})]);
    expect(out.map((x) => x.key)).toEqual(["old-key", "t-1"]);
    expect(out[1]).toBe(two[1]);
  });
});
