/**
 * After an interruption (cancel, Excel closed, network): finish the revokes and replacements the
 * history says were cut short (history.ts `unfinished`), from a fresh engine that read the
 * history sheet and the rows.
 */
import type { PreparedRecord } from "../model";
import type { RowVerdict } from "../row-state";
import { runLifecycle, type LifecycleJob, type LifecycleOptions, type LifecycleSummary } from "./lifecycle";

/**
 * Finishes revokes and replacements a run left unfinished (history.ts `unfinished`), for the rows
 * whose Approval ID cell still names the entry. A replace needs the row's record (`records`).
 */
export async function resumeLifecycle(
  rows: readonly RowVerdict[],
  records: readonly PreparedRecord[],
  o: LifecycleOptions,
): Promise<LifecycleSummary> {
  const byId = new Map(
    rows.filter((v) => v.stored.approvalId).map((v) => [v.stored.approvalId as string, v]),
  );
  const recordOf = (v: RowVerdict) => records.find((r) => r.kind === v.kind && r.row === v.row);
  const revokes: LifecycleJob[] = [];
  const replaces: Required<LifecycleJob>[] = [];
  for (const e of o.history.unfinished()) {
    const verdict = byId.get(e.approvalId);
    if (!verdict) continue;
    const record = recordOf(verdict);
    if (e.intent === "replace" && record) replaces.push({ verdict, record });
    else if (e.intent !== "replace") revokes.push({ verdict });
  }
  const a = await runLifecycle(revokes, false, o);
  if (a.stoppedBy) return a;
  const b = await runLifecycle(replaces, true, o);
  return { ...merge(a, b), stoppedBy: b.stoppedBy, ...(b.setup ? { setup: b.setup } : {}) };
}

function merge(a: LifecycleSummary, b: LifecycleSummary): LifecycleSummary {
  const sum = (k: "revoked" | "replaced" | "failed" | "cancelled" | "unresolved" | "retries" | "elapsedMs") =>
    a[k] + b[k];
  return {
    revoked: sum("revoked"),
    replaced: sum("replaced"),
    failed: sum("failed"),
    cancelled: sum("cancelled"),
    unresolved: sum("unresolved"),
    retries: sum("retries"),
    elapsedMs: sum("elapsedMs"),
    stoppedBy: null,
  };
}
