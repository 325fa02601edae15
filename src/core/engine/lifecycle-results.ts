/**
 * What revoke and replace runs write into a row's result columns: Status, Message (with the
 * time), and for a finished replacement the new Approval ID, key and fingerprint.
 */
import { describeOutcome } from "../feishu/outcomes";
import { text, type Locale, type Text } from "../i18n";
import type { PreparedRecord, RowResult } from "../model";
import type { RowState } from "../row-state";
import type { Outcome } from "../outcome";
import { formatTimestamp } from "./results";

const say = (t: Text, locale: Locale) => (locale === "zh-CN" ? t.zh : t.en);
const because = (note: Text | null, outcome: Outcome | null, locale: Locale): string => {
  const lead = note ? say(note, locale) : "";
  const tail = outcome ? describeOutcome(outcome, locale, false) : "";
  if (!lead || !tail) return lead || tail;
  return locale === "zh-CN" ? `${lead}：${tail}` : `${lead}: ${tail}`;
};

/** Stopped before Feishu was asked: the row stays as it was. */
export const CUT_SHORT = text("已取消，未在飞书中撤销", "Cancelled before anything was revoked in Feishu");
/** The old record is revoked, the new one not confirmed yet: the next replace or resume finishes it. */
export const SEND_PENDING = text(
  "旧记录已撤销，新记录尚未确认写入；再次替换即可完成，不会重复写入",
  "The old record is revoked and the new one not confirmed yet; replacing again finishes it, never twice",
);

export interface RowRef {
  kind: RowResult["kind"];
  row: number;
}

export const revokedResult = (at: RowRef, nowMs: number, already: boolean, locale: Locale): RowResult => {
  const when = formatTimestamp(nowMs);
  const t = already
    ? text(
        `飞书中此记录已是撤销状态（${when} 确认）`,
        `Feishu already holds this record as revoked (confirmed ${when})`,
      )
    : text(`已于 ${when} 在飞书撤销`, `Revoked in Feishu at ${when}`);
  return { kind: at.kind, row: at.row, status: "revoked", message: say(t, locale) };
};

const NOT_REVOKED = text("未撤销", "Not revoked");
export const revokeFailedResult = (
  at: RowRef,
  state: RowState,
  note: Text | null,
  outcome: Outcome | null,
  locale: Locale,
): RowResult => ({
  kind: at.kind,
  row: at.row,
  status: state,
  message: `${say(NOT_REVOKED, locale)}${locale === "zh-CN" ? "：" : ": "}${because(note, outcome, locale)}`,
});

export const replacingResult = (
  at: RowRef,
  locale: Locale,
  note?: Text,
  outcome?: Outcome | null,
): RowResult => ({
  kind: at.kind,
  row: at.row,
  status: "replacing",
  message: note ? because(note, outcome ?? null, locale) : say(text("替换中…", "Replacing…"), locale),
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
  status: "submitted",
  approval_id: approvalId,
  key: record.key,
  fingerprint: record.fingerprint,
  submitted_at: formatTimestamp(nowMs),
  message: say(
    text(
      `已写入飞书，替换了已撤销的旧记录 ${oldId}`,
      `Written to Feishu in place of the revoked record ${oldId}`,
    ),
    locale,
  ),
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
  status: "failed",
  approval_id: "",
  key: record.key,
  fingerprint: record.fingerprint,
  message: because(
    text(
      `旧记录 ${oldId} 已撤销，新记录未写入`,
      `The old record ${oldId} was revoked; the new one was not written`,
    ),
    outcome,
    locale,
  ),
});
