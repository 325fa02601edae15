/**
 * bench:lifecycle — the whole life of records through the engine, the proxy client and the real
 * proxy to an emulator injecting bench:faults' faults (10% HTTP 5xx, 5% 429, 3% resets, 2%
 * written but answer lost, 1% answered after the client timeout) on create, revoke and query:
 * 1. 30 periods already held by "another system" (seeded straight into the emulator's store);
 *    a look before writing blocks the 30 rows that overlap them;
 * 2. 500 rows sent;
 * 3. 20 revoked;
 * 4. 50 edited and replaced: 25 cut between revoke and send (the network to the proxy goes
 *    down after the revokes), then finished by a fresh engine reading the history sheet back
 *    (Excel closed and opened again); 25 replaced in one go.
 * Runs cut short are run again as a clerk would, until nothing is left unconfirmed (at most 3).
 * Every figure is counted from the emulator's own store. Last line: one JSON object.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { revokeRows, replaceRows, type LifecycleOptions } from "../../src/core/engine/lifecycle";
import { resumeLifecycle } from "../../src/core/engine/lifecycle-resume";
import { lookBeforeSend, withFeishuIssues } from "../../src/core/engine/look-before-send";
import type { LifecycleTransport } from "../../src/core/engine/types";
import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import { revocableRows } from "../../src/core/lifecycle/choose";
import type { PreparedRecord } from "../../src/core/model";
import type { RowVerdict } from "../../src/core/row-state";
import { defaultDirectory } from "../../src/emulator/directory";
import type { StoredRecord } from "../../src/emulator/store";
import { edited, liveRecords, sendAll, workbook } from "../engine/support/lifecycle";
import { makeRecord } from "../engine/support/records";
import { APP_ID, startEngineStack } from "../engine/support/stack";

const ROWS = 500;
const REVOKE = 20;
const REPLACE = 50;
const FOREIGN = 30;
const CLIENT_TIMEOUT_MS = 2000;
const user = (n: number) => `E${String(n).padStart(4, "0")}`;

/** Another system's leave for `userId` on the day of the workbook's row, 10:00–12:00 (the row has 09:00–11:00). */
function foreignRecord(row: PreparedRecord, i: number): StoredRecord {
  const emp = defaultDirectory().find((e) => e.employee_id === row.body.user_approval.user_id);
  if (!emp) throw new Error("no such employee");
  const item = row.body.user_approval.leaves?.[0];
  if (!item) throw new Error("foreign rows are leaves");
  const day = item.start_time.slice(0, 10);
  return {
    approval_id: String(6_900_000_000_000_000_000n + BigInt(i)),
    app_id: "cli_other_system",
    kind: "leave",
    employee_type: "employee_id",
    user_id: emp.employee_id,
    employee: { employee_id: emp.employee_id, employee_no: emp.employee_no, open_id: emp.open_id },
    date: row.body.user_approval.date,
    item: {
      ...item,
      start_time: `${day} 10:00:00`,
      end_time: `${day} 12:00:00`,
      reason: "另一个系统",
      idempotent_id: `other-${i}`,
      approval_id: String(6_900_000_000_000_000_000n + BigInt(i)),
    },
    idempotent_id: `other-${i}`,
    status: 2,
    created_at: "2026-01-02 09:00:00",
    created_ms: Date.parse("2026-01-02T01:00:00Z"),
  };
}

/** Runs a lifecycle step, then again (resume, and the rows still to do) while anything is unconfirmed. */
async function untilSettled(
  first: () => Promise<{ unresolved: number }>,
  again: () => Promise<{ unresolved: number }>,
) {
  let s = await first();
  for (let i = 0; i < 3 && s.unresolved > 0; i++) s = await again();
  return s;
}

async function main(): Promise<void> {
  // The workbook: 500 rows to send (E0001…E0500), and 30 leaves (E0601…) whose period another system holds.
  const rows = Array.from({ length: ROWS }, (_, i) =>
    makeRecord(i, { prefix: "lc", userOf: (n) => user(n + 1) }),
  );
  const overlapping = Array.from({ length: FOREIGN }, (_, i) =>
    makeRecord(4 * i, { prefix: "lc-ov", userOf: () => user(601 + i) }),
  ).map((r, i) => ({ ...r, row: ROWS + i }));
  const dir = mkdtempSync(join(tmpdir(), "bench-lifecycle-"));
  const storeFile = join(dir, "store.json");
  writeFileSync(storeFile, JSON.stringify({ records: overlapping.map(foreignRecord) }));

  const stack = await startEngineStack({
    emulator: {
      seed: 2026,
      storeFile,
      faults: {
        latencyMs: { min: 100, max: 200 },
        http5xxRate: 0.1,
        rateLimit429Rate: 0.05,
        resetRate: 0.03,
        lostResponseRate: 0.02,
        slowRate: 0.01,
        slowMs: CLIENT_TIMEOUT_MS + 1000,
        paths: [FEISHU_PATHS.create, FEISHU_PATHS.process, FEISHU_PATHS.query],
      },
    },
    clientTimeoutMs: CLIENT_TIMEOUT_MS,
  });
  const transport = stack.client.transport;
  const book = workbook();
  const t0 = performance.now();
  const log = (s: string) =>
    process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s: ${s}\n`);
  try {
    // 1. Look before writing: rows overlapping what Feishu holds are kept from the send.
    const all = [...rows, ...overlapping];
    const ready: RowVerdict[] = all.map((r) => ({
      kind: r.kind,
      row: r.row,
      state: "ready",
      stored: {},
      record: r,
    }));
    let look = await lookBeforeSend({
      records: all,
      rows: ready,
      transport,
      employeeType: "employee_id",
      nowMs: Date.now(),
    });
    for (let i = 0; i < 3 && look.failure; i++)
      look = await lookBeforeSend({
        records: all,
        rows: ready,
        transport,
        employeeType: "employee_id",
        nowMs: Date.now(),
      });
    if (look.failure) throw new Error(`the look failed: ${look.failure.message.en}`);
    const checked = withFeishuIssues({ issues: [], records: all, rows: ready }, look.issues);
    const flagged = new Set(
      look.issues.filter((i) => i.severity === "error").map((i) => `${i.kind}:${i.row}`),
    );
    log(`look: ${look.calls} queries, ${flagged.size} rows blocked, ${checked.records.length} to send`);

    // 2. Send.
    await sendAll(transport, checked.records, book);
    log(`sent ${book.history.entries().length}`);

    const options = (over: Partial<LifecycleOptions> = {}): LifecycleOptions => ({
      transport,
      history: book.history,
      onHistory: book.save,
      onResults: book.sheet.apply,
      ...over,
    });
    const byRow = (list: readonly number[], records?: PreparedRecord[]) =>
      book.sheet.stored(records).filter((v) => list.includes(v.row));

    // 3. Revoke 20 (rows 100…119).
    const revokeAt = Array.from({ length: REVOKE }, (_, i) => 100 + i);
    const revoked = await untilSettled(
      () => revokeRows(byRow(revokeAt), options()),
      async () => {
        await resumeLifecycle(book.sheet.stored(), rows, options());
        return revokeRows(revocableRows(byRow(revokeAt)), options());
      },
    );
    log(`revoked: ${JSON.stringify(revoked)}`);

    // 4. Replace 50 edited rows (0…49; the even ones keep their key, as with an External ID).
    const now = rows.map((r, i) => (i < REPLACE ? edited(r, i % 2 === 0) : r));
    const cut = Array.from({ length: REPLACE / 2 }, (_, i) => i);
    const whole = Array.from({ length: REPLACE / 2 }, (_, i) => REPLACE / 2 + i);
    const jobs = (list: number[]) =>
      byRow(list, now).map((verdict) => ({ verdict, record: now[verdict.row] }));
    // The network to the proxy goes down once the old records are revoked: nothing new is sent.
    const netDown: LifecycleTransport = {
      ...transport,
      create: async () => ({ failure: { type: "refused", sent: false, message: "proxy unreachable" } }),
    };
    const cutRun = await replaceRows(jobs(cut), {
      ...options({ transport: netDown }),
      baseDelayMs: 1,
      maxDelayMs: 5,
    });
    const replacing = byRow(cut, now).filter((v) => v.state === "replacing").length;
    log(`cut between revoke and send: ${replacing} rows replacing ${JSON.stringify(cutRun)}`);
    // Excel closed and opened again: a fresh engine with the history as read from its sheet.
    const reopened = book.reopen();
    const resumed = await untilSettled(
      () => resumeLifecycle(book.sheet.stored(now), now, options({ history: reopened })),
      () => resumeLifecycle(book.sheet.stored(now), now, options({ history: reopened })),
    );
    book.history = reopened;
    log(`resumed: ${JSON.stringify(resumed)}`);
    const replacedRun = await untilSettled(
      () => replaceRows(jobs(whole), options()),
      async () => {
        await resumeLifecycle(book.sheet.stored(now), now, options());
        return replaceRows(
          jobs(whole).filter((j) => j.verdict.state === "edited"),
          options(),
        );
      },
    );
    log(`replaced in one go: ${JSON.stringify(replacedRun)}`);

    // Counted from the emulator's store.
    const store = stack.emu.records();
    const keysOf = (i: number) => [rows[i].key, now[i].key, `${now[i].key}~2`];
    const counted = liveRecords(
      stack.emu,
      now.map((record, i) => ({ record, keys: keysOf(i) })),
    );
    const firstIdOf = (i: number) =>
      book.history.entries().find((e) => e.key === rows[i].key && e.row === i)?.approvalId ??
      book.history.lineage(book.sheet.rows.get(i)?.approvalId ?? "")[0]?.approvalId;
    const statusOf = (id: string | undefined) => store.find((r) => r.approval_id === id)?.status;
    const sheetState = new Map(book.sheet.stored(now).map((v) => [v.row, v.state]));
    let replaced = 0;
    for (let i = 0; i < REPLACE; i++)
      if (statusOf(firstIdOf(i)) !== 2 && counted[i].live === 1 && counted[i].right) replaced++;
    const revokedCount = revokeAt.filter(
      (i) => counted[i].live === 0 && [3, 4].includes(statusOf(firstIdOf(i)) ?? 0),
    ).length;
    const liveDuplicates = counted.filter((c) => c.live > 1).length;
    const wrongContent = counted.filter((c, i) => !revokeAt.includes(i) && c.live >= 1 && !c.right).length;
    const ours = new Set(store.filter((r) => r.app_id === APP_ID).map((r) => r.idempotent_id));
    const blockedWritten = overlapping.filter((r) => ours.has(r.key)).length;
    const overlapsBlocked = overlapping.filter(
      (r) => flagged.has(`${r.kind}:${r.row}`) && !ours.has(r.key),
    ).length;
    const expected = (i: number) => (revokeAt.includes(i) ? "revoked" : "submitted");
    const unresolved =
      rows.filter(
        (_, i) => sheetState.get(i) !== expected(i) || (!revokeAt.includes(i) && counted[i].live !== 1),
      ).length + book.history.unfinished().length;

    console.log(
      JSON.stringify({
        rows: rows.filter((r) => ours.has(r.key)).length,
        replaced,
        revoked: revokedCount,
        overlaps_blocked: overlapsBlocked,
        live_duplicates: liveDuplicates,
        wrong_content: wrongContent,
        blocked_written: blockedWritten,
        unresolved,
      }),
    );
  } finally {
    await stack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
