/**
 * What revoke and replace runs write into a row's result columns: Status, Message (with the
 * time), and for a finished replacement the new Approval ID, key and fingerprint. Each result
 * names the Approval ID the row holds (`find`): the adapter writes it on the row holding that
 * ID when it writes, wherever the row has moved (core row-identity.ts).
 */
import { describeOutcome } from "../feishu/outcomes";
import { messageText } from "../catalog";
import { pick, type Locale, type Text } from "../i18n";
import type { PreparedRecord, RowResult } from "../model";
import type { RowState } from "../row-state";
import type { Outcome } from "../outcome";
import { formatTimestamp } from "./results";

const say = (t: Text, locale: Locale) => pick(t, locale);
/** "label: text" in the locale's own punctuation. */
const labelled = (label: string, body: string, locale: Locale): string =>
  pick(messageText("run.labelled", { label, text: body }), locale);
const because = (note: Text | null, outcome: Outcome | null, locale: Locale): string => {
  const lead = note ? say(note, locale) : "";
  const tail = outcome ? describeOutcome(outcome, locale, false) : "";
  if (!lead || !tail) return lead || tail;
  return labelled(lead, tail, locale);
};

/** Stopped before Feishu was asked: the row stays as it was. */
export const CUT_SHORT = messageText("run.revokeCutShort");
/** The old record is revoked, the new one not confirmed yet: the next replace or resume finishes it. */
export const SEND_PENDING = messageText("run.revokeSendPending");

/** A row by its Approval ID (`row` only a hint of where it was). */
export interface RowRef {
  kind: RowResult["kind"];
  row: number;
  stored: { approvalId?: string };
}

const found = (at: RowRef) => ({
  kind: at.kind,
  row: at.row,
  find: { approvalId: at.stored.approvalId ?? "" },
});

export const revokedResult = (at: RowRef, nowMs: number, already: boolean, locale: Locale): RowResult => {
  const when = formatTimestamp(nowMs);
  const t = messageText(already ? "run.revokedAlready" : "run.revokedAt", { when });
  return { ...found(at), status: "revoked", message: say(t, locale) };
};

const NOT_REVOKED = messageText("run.notRevoked");
export const revokeFailedResult = (
  at: RowRef,
  state: RowState,
  note: Text | null,
  outcome: Outcome | null,
  locale: Locale,
): RowResult => ({
  ...found(at),
  status: state,
  message: labelled(say(NOT_REVOKED, locale), because(note, outcome, locale), locale),
});

export const replacingResult = (
  at: RowRef,
  locale: Locale,
  note?: Text,
  outcome?: Outcome | null,
): RowResult => ({
  ...found(at),
  status: "replacing",
  message: note ? because(note, outcome ?? null, locale) : say(messageText("run.replacing"), locale),
});

export const replacedResult = (
  record: PreparedRecord,
  approvalId: string,
  oldId: string,
  nowMs: number,
  locale: Locale,
): RowResult => ({
  kind: record.kind,
  row: record.row,
  find: { approvalId: oldId },
  status: "submitted",
  approval_id: approvalId,
  key: record.key,
  fingerprint: record.fingerprint,
  submitted_at: formatTimestamp(nowMs),
  message: say(messageText("run.replacedBy", { old: oldId }), locale),
});

/** The new record was refused: the old one is revoked, the row holds no live record (Approval ID cleared). */
export const replaceFailedResult = (
  record: PreparedRecord,
  oldId: string,
  outcome: Outcome,
  locale: Locale,
): RowResult => ({
  kind: record.kind,
  row: record.row,
  find: { approvalId: oldId },
  status: "failed",
  approval_id: "",
  key: record.key,
  fingerprint: record.fingerprint,
  message: because(messageText("run.replaceNotWritten", { old: oldId }), outcome, locale),
});
