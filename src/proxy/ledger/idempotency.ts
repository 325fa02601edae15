/**
 * Idempotency keys the way payment APIs keep them, for one create: the ledger row of its key
 * is claimed ("sending") before the request leaves and completed from Feishu's answer. A key
 * held as written with the same body is answered from the ledger and not sent again; the same
 * key with another body is refused, naming the first write; an uncertain one (or one whose
 * request was cut off) is settled by the query first. Requests the ledger cannot key (no
 * idempotent_id, or several records in one body) are recorded and relayed as before.
 */
import { mapCallResult } from "../../core/feishu/outcomes";
import { PROXY_CODES } from "../../core/feishu/proxy-codes";
import type { ProxyClock } from "../clock";
import { ProxyError } from "../errors";
import type { RelayAnswer } from "../relay";
import type { Claim, LedgerOutcome, LedgerRecords, LedgerRow } from "./records";
import type { LedgerItem } from "./request-items";
import type { Settle } from "./settle";

export type BeforeCreate =
  | { action: "send"; rowIds: string[] }
  | { action: "replay"; row: LedgerRow }
  | { action: "conflict"; row: LedgerRow }
  /** Still unknown (the look-up could not answer, or another request is still sending it). */
  | { action: "uncertain"; row: LedgerRow };

export interface IdempotencyDeps {
  records: LedgerRecords;
  settle: Settle;
  clock: ProxyClock;
  /** How often a request waiting on another's send of the same key looks again. */
  pollMs: number;
}

const sleep = (clock: ProxyClock, ms: number) => new Promise<void>((r) => clock.setTimer(r, ms));

export function createIdempotency(d: IdempotencyDeps) {
  /** Settles a row this request holds (taken over as "sending"): written, or free to send. */
  async function settleHeld(row: LedgerRow): Promise<BeforeCreate> {
    const s = await d.settle(row);
    if (s.found) {
      await d.records.complete(row.id, "written", s.approvalId, null);
      return { action: "replay", row: { ...row, outcome: "written", approval_id: s.approvalId } };
    }
    if (s.answered) return { action: "send", rowIds: [row.id] };
    await d.records.complete(row.id, "uncertain", null, null);
    return { action: "uncertain", row };
  }

  async function before(items: readonly LedgerItem[], claim: Claim, deadline: number): Promise<BeforeCreate> {
    const key = items.length === 1 ? items[0].idempotentId : null;
    if (!key) return { action: "send", rowIds: await d.records.record(items, claim) };
    const item = items[0];
    for (;;) {
      const mine = await d.records.claim(item, claim);
      if (mine) return { action: "send", rowIds: [mine.id] };
      const row = await d.records.byKey(key);
      if (!row) continue; // purged between the two statements: claim again
      const same = row.body_hash === claim.hash;
      if (row.outcome === "written" || row.outcome === "revoked")
        return same ? { action: "replay", row } : { action: "conflict", row };
      if (row.outcome === "refused") {
        // Nothing was written under it: any body may take the key.
        const taken = await d.records.takeOver(key, item, claim, ["refused"], false);
        if (taken) return { action: "send", rowIds: [taken.id] };
        continue;
      }
      if (!same) return { action: "conflict", row };
      const expired = row.outcome === "sending" && row.lease_until !== null && +row.lease_until < Date.now();
      if (row.outcome === "uncertain" || expired) {
        const taken = await d.records.takeOver(key, item, claim, ["uncertain"], true);
        if (taken) return settleHeld(taken);
        continue;
      }
      // Another request (maybe on another instance) is sending it now: wait for its answer.
      if (deadline - d.clock.now() < d.pollMs * 2) return { action: "uncertain", row };
      await sleep(d.clock, d.pollMs);
    }
  }

  /** Completes the rows from what the relay answered or threw. */
  async function after(rowIds: readonly string[], result: { answer: RelayAnswer } | { error: unknown }) {
    const [outcome, code, ids] = outcomeOf(result);
    await Promise.all(rowIds.map((id, i) => d.records.complete(id, outcome, ids[i] ?? null, code)));
  }

  return { before, after };
}

export type Idempotency = ReturnType<typeof createIdempotency>;

function outcomeOf(
  result: { answer: RelayAnswer } | { error: unknown },
): [LedgerOutcome, number | null, string[]] {
  if ("error" in result) {
    const e = result.error;
    if (!(e instanceof ProxyError)) return ["uncertain", null, []];
    // Sent with no certain answer (1790005), or not sent at all (every other proxy refusal).
    return e.code === PROXY_CODES.upstreamTimeout ? ["uncertain", e.code, []] : ["refused", e.code, []];
  }
  const a = result.answer;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(a.headers)) if (typeof v === "string") headers[k] = v;
  const o = mapCallResult({ answer: { status: a.status, headers, body: a.json ?? a.text } });
  if (o.kind === "ok") return ["written", 0, o.approvalIds];
  // "Already exists" means some earlier send wrote it: the look-up will find which.
  if (o.kind === "duplicate" || o.uncertain) return ["uncertain", o.code, []];
  return ["refused", o.code, []];
}
