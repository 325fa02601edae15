/**
 * Row results: what each delivery writes into the result columns, and the batcher that hands
 * them to the caller every `batchSize` results or `flushMs` (by the injected clock), one
 * batch at a time, so the Excel side writes them with few syncs.
 */
import { describeOutcome } from "../feishu/outcomes";
import { formatMessage, messageText } from "../catalog";
import type { Locale, Text } from "../i18n";
import type { PreparedRecord, RowResult } from "../model";
import type { FailedRow } from "../run-log";
import type { Delivery } from "./deliver";

const pad = (n: number) => String(n).padStart(2, "0");
/** Local wall-clock `yyyy-MM-dd HH:mm:ss`, the form the sheet uses everywhere. */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const SUBMITTING = messageText("run.submitting");
const CANCELLED = messageText("run.cancelled");
const CANCELLED_MAYBE = messageText("run.cancelledMaybe");
const WRITTEN = messageText("run.written");

const say = (t: Text, locale: Locale) => (locale === "zh-CN" ? t.zh : t.en);
const ids = (r: PreparedRecord) => ({ kind: r.kind, row: r.row, key: r.key, fingerprint: r.fingerprint });

export function submittingResult(r: PreparedRecord, locale: Locale): RowResult {
  return { ...ids(r), status: "submitting", message: say(SUBMITTING, locale) };
}

/** The row result for a finished delivery, or null when the row is left as it stands. */
export function deliveryResult(
  r: PreparedRecord,
  d: Delivery,
  locale: Locale,
  nowMs: number,
  resumed: boolean,
): RowResult | null {
  switch (d.status) {
    case "submitted":
      return {
        ...ids(r),
        status: "submitted",
        approval_id: d.approvalId,
        submitted_at: formatTimestamp(nowMs),
        message: say(d.note ?? WRITTEN, locale),
      };
    case "failed": {
      const note = d.note ? (locale === "zh-CN" ? `${d.note.zh}：` : `${d.note.en}: `) : "";
      return {
        ...ids(r),
        status: "failed",
        message: note + describeOutcome(d.outcome, locale, false),
        ...(d.outcome.detail ? { detail: d.outcome.detail } : {}),
      };
    }
    case "unknown":
      return {
        ...ids(r),
        status: "unknown",
        message: d.outcome
          ? formatMessage(locale, "run.noteWithOutcome", {
              note: say(d.note, locale),
              reason: describeOutcome(d.outcome, locale, false),
            })
          : say(d.note, locale),
        // What the browser or Feishu said in its own words ("Failed to fetch") is for IT, not the Message.
        ...(d.outcome?.detail ? { detail: d.outcome.detail } : {}),
      };
    case "cancelled":
      if (d.uncertain)
        return { ...ids(r), status: "unknown", message: say(d.reason ?? CANCELLED_MAYBE, locale) };
      // A resumed row may have been written by the run that crashed: keep it `submitting`.
      return resumed ? null : { ...ids(r), status: "ready", message: say(d.reason ?? CANCELLED, locale) };
    case "held":
      return {
        ...ids(r),
        status: "invalid",
        message: formatMessage(locale, "run.held", { reason: describeOutcome(d.outcome, locale, false) }),
        ...(d.outcome.detail ? { detail: d.outcome.detail } : {}),
      };
  }
}

export class ResultBatcher {
  private pending: RowResult[] = [];
  private chain: Promise<void> = Promise.resolve();
  private lastFlush: number;
  /** The first error onResults threw; the engine stops scheduling when it is set. */
  failure: unknown = null;

  constructor(
    private readonly onResults: ((batch: RowResult[]) => void | Promise<void>) | undefined,
    private readonly now: () => number,
    private readonly batchSize: number,
    private readonly flushMs: number,
  ) {
    this.lastFlush = now();
  }

  add(result: RowResult): void {
    this.pending.push(result);
    if (this.pending.length >= this.batchSize || this.now() - this.lastFlush >= this.flushMs)
      void this.flush();
  }

  /** Flushes when the oldest pending result has waited flushMs (called by the engine's ticker). */
  tick(): void {
    if (this.pending.length && this.now() - this.lastFlush >= this.flushMs) void this.flush();
  }

  /** Hands over what is pending; batches go out one at a time, in order. */
  flush(): Promise<void> {
    this.lastFlush = this.now();
    if (!this.pending.length || !this.onResults) return this.chain;
    const batch = this.pending;
    this.pending = [];
    const send = this.onResults;
    this.chain = this.chain.then(async () => {
      try {
        await send(batch);
      } catch (err) {
        this.failure ??= err;
      }
    });
    return this.chain;
  }
}

/**
 * Results whose row was deleted before they could be written (the adapter found no row holding
 * their key or Approval ID), one per record, as the run's summary lists them: with the approval
 * ID Feishu holds when there is one (the history sheet keeps it too).
 */
export function goneRows(lost: readonly RowResult[], locale: Locale): FailedRow[] {
  const byRecord = new Map<string, RowResult>();
  for (const r of lost) byRecord.set(`${r.kind}\u0000${r.find?.approvalId ?? r.key ?? r.row}`, r);
  return [...byRecord.values()].map((r) => ({
    kind: r.kind,
    row: r.row,
    message: r.approval_id
      ? formatMessage(locale, "run.rowGoneWritten", { id: r.approval_id })
      : formatMessage(locale, "run.rowGone", { result: r.message ?? "" }),
  }));
}
