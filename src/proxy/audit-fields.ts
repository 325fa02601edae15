/**
 * What the audit log keeps from a request and its answer: who (the signed-in user's name and
 * object id), idempotent ids in, approval ids out.
 */
import type { Caller } from "./auth";
import type { RouteName } from "./relay";

/** The signed-in user's name and object id (null for API keys, which the `caller` names). */
export const auditIdentity = (c: Caller | null): { user_name: string | null; user_oid: string | null } => ({
  user_name: c?.name ?? null,
  user_oid: c?.oid ?? null,
});

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const KINDS = ["leaves", "outs", "overtime_works", "trips"] as const;

function itemsOf(userApproval: unknown): Json[] {
  const ua = obj(userApproval);
  return KINDS.flatMap((k) => arr(ua[k]).map(obj));
}

export function idempotentIdsOf(body: unknown): string[] {
  return itemsOf(obj(body).user_approval)
    .map((i) => i.idempotent_id)
    .filter((x): x is string => typeof x === "string");
}

export function approvalIdsOf(route: RouteName, answer: unknown, body: unknown): string[] {
  const data = obj(obj(answer).data);
  if (route === "create")
    return itemsOf(data.user_approval)
      .map((i) => i.approval_id)
      .filter((x): x is string => typeof x === "string");
  if (route === "process") {
    const id = obj(data.approval_info).approval_id ?? obj(body).approval_id;
    return typeof id === "string" && obj(answer).code === 0 ? [id] : [];
  }
  return [];
}
