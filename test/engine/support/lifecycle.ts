/**
 * Helpers for revoke/replace tests and bench:lifecycle: send records and keep what the sheet and
 * the history would hold; edit a record as a clerk would; count, from the emulator's own store,
 * each row's live records and whether the live one is the row's content.
 */
import { ApprovalHistory } from "../../../src/core/lifecycle/history";
import { historyFromRows, historyToRows } from "../../../src/core/lifecycle/history-rows";
import { existingApprovals, planRecords } from "../../../src/core/engine/resume";
import { submitRecords } from "../../../src/core/engine/submit";
import type { LifecycleTransport } from "../../../src/core/engine/types";
import { KINDS } from "../../../src/core/kinds";
import type { PreparedRecord, RowResult } from "../../../src/core/model";
import type { Emulator } from "../../../src/emulator";
import { storedSheet } from "./stored-sheet";

export type Sheet = ReturnType<typeof storedSheet>;

/** What a workbook holds: its rows' result cells and its history sheet (saved as rows, as Excel would). */
export function workbook() {
  const sheet = storedSheet();
  let saved: string[][] = [];
  const book = {
    sheet,
    history: new ApprovalHistory(),
    saves: 0,
    /** onHistory: saves the history as the hidden sheet's rows. */
    save: (h: ApprovalHistory) => {
      saved = historyToRows(h);
      book.saves++;
    },
    /** Excel closed and opened again: the history as read back from its sheet. */
    reopen: () => historyFromRows(saved),
  };
  return book;
}

/**
 * Sends the records, and again as a clerk would until every one is written (a run may end with
 * rows unconfirmed under heavy faults); the sheet takes the results, the history what the engine
 * journals (onJournal), as the pane's would.
 */
export async function sendAll(
  transport: LifecycleTransport,
  records: PreparedRecord[],
  book: ReturnType<typeof workbook>,
): Promise<void> {
  for (let run = 0; run < 5; run++) {
    const rows = book.sheet.stored();
    const left = planRecords(records, rows).filter((r) => !existingApprovals(rows).has(r.key));
    if (left.length === 0) return;
    await submitRecords({
      records: left,
      transport,
      baseDelayMs: 1,
      maxDelayMs: 50,
      concurrency: 8,
      onJournal: (entries) => {
        for (const e of entries) book.history.put(e);
      },
      onResults: (batch: RowResult[]) => {
        book.sheet.apply(batch);
      },
    });
  }
  throw new Error("records still not written after five runs");
}

/** The record after the clerk changed its reason; `keepKey` as with an External ID kept. */
export function edited(r: PreparedRecord, keepKey: boolean): PreparedRecord {
  const field = KINDS[r.kind].feishuField;
  const ua = r.body.user_approval;
  const items = (ua[field] ?? []) as Record<string, unknown>[];
  const key = keepKey ? r.key : `${r.key}-v2`;
  const changed = items.map((it) => ({
    ...it,
    reason: `${String(it.reason)} (changed)`,
    idempotent_id: key,
  }));
  return {
    ...r,
    key,
    fingerprint: `${r.fingerprint}-v2`,
    body: { ...r.body, user_approval: { ...ua, [field]: changed } },
  };
}

/** The fields a record's live copy in Feishu must match (idempotent_id aside: a replacement may carry key~2). */
const CONTENT = ["start_time", "end_time", "reason", "uniq_id", "interval", "duration", "type", "category"];

/** Per row (by its final record): live records in Feishu, and whether the one live record is the row. */
export function liveRecords(emu: Emulator, rows: readonly { record: PreparedRecord; keys: string[] }[]) {
  const byKey = new Map<string, ReturnType<Emulator["records"]>>();
  for (const r of emu.records()) {
    if (!r.idempotent_id) continue;
    const list = byKey.get(r.idempotent_id) ?? [];
    list.push(r);
    byKey.set(r.idempotent_id, list);
  }
  return rows.map(({ record, keys }) => {
    const live = [...new Set(keys)].flatMap((k) => byKey.get(k) ?? []).filter((r) => r.status === 2);
    const mine = (record.body.user_approval[KINDS[record.kind].feishuField] ?? [])[0] as Record<
      string,
      unknown
    >;
    const right = live.length === 1 && CONTENT.every((f) => live[0].item[f] === mine[f]);
    return {
      live: live.length,
      right,
      statuses: [...new Set(keys)].flatMap((k) => (byKey.get(k) ?? []).map((r) => r.status)),
    };
  });
}
