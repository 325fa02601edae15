/**
 * The answers the ledger gives in Feishu's place: a replayed create (the recorded approval ID,
 * Feishu's success envelope, marked with the replayed header) and the refusal of a key reused
 * for another body (the proxy's own code, naming the first write).
 */
import { formatMessage, messageText } from "../../core/catalog";
import { PROXY_CODES, PROXY_HEADERS } from "../../core/feishu/proxy-codes";
import { KINDS, type RecordKind } from "../../core/kinds";
import { renderMsg } from "../errors";
import type { RelayAnswer } from "../relay";
import { OUTCOME_NAME, type LedgerRow } from "./records";

const json = (status: number, body: unknown, headers: Record<string, string> = {}): RelayAnswer => {
  const text = JSON.stringify(body);
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: Buffer.from(text, "utf8"),
    text,
    json: body,
    code: (body as { code: number }).code,
  };
};

const iso = (d: Date | string | null): string => (d ? new Date(d).toISOString() : "");

/** Feishu's create answer for the one record of `body`, with the approval ID the ledger holds. */
export function replayAnswer(body: unknown, row: LedgerRow): RelayAnswer {
  const ua = { ...((body as { user_approval?: Record<string, unknown> }).user_approval ?? {}) };
  const field = KINDS[row.kind as RecordKind].feishuField;
  const items = Array.isArray(ua[field]) ? (ua[field] as Record<string, unknown>[]) : [];
  ua[field] = items.map((it) => ({ ...it, approval_id: row.approval_id }));
  return json(
    200,
    { code: 0, msg: "success", data: { user_approval: ua } },
    { [PROXY_HEADERS.replayed]: iso(row.written_at ?? row.created_at) },
  );
}

/** What the first write under a key was, as the conflict answer names it. */
export const firstWrite = (row: LedgerRow) => ({
  idempotent_id: row.idempotent_id,
  approval_id: row.approval_id,
  outcome: row.outcome,
  caller: row.caller,
  created_at: iso(row.created_at),
});

export function conflictAnswer(row: LedgerRow): RelayAnswer {
  const first = firstWrite(row);
  const text = messageText("ledger.keyConflict", (l) => ({
    key: first.idempotent_id ?? "",
    caller: first.caller,
    time: first.created_at,
    outcome: formatMessage(l, OUTCOME_NAME[row.outcome]),
    approval: first.approval_id ?? "-",
  }));
  return json(409, { code: PROXY_CODES.keyConflict, msg: renderMsg(text), data: { first_write: first } });
}
