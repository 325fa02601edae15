/**
 * Refused sign-ins (401/403 before any relayed call ran) leave an audit line too: which path,
 * why (the answer's code and `data.reason`), and who the credential claimed to be: the object
 * id, tenant and `name` read from a token as they are written, `sign_in.verified` saying
 * whether its signature had been checked before it was refused. Never the token or key.
 */
import { decodeJwt } from "jose";
import type { FastifyRequest } from "fastify";
import { decodeDeclaredName } from "../core/feishu/declared-name";
import { PROXY_HEADERS, type RefusalReason } from "../core/feishu/proxy-codes";
import type { AuditEntry, AuditSink } from "./audit";
import type { ProxyError } from "./errors";

/** Refusals made after the token's signature, issuer, audience and times were checked. */
const AFTER_VERIFYING: ReadonlySet<RefusalReason> = new Set([
  "wrong_tenant",
  "wrong_scope",
  "not_an_access_token",
  "app_not_allowed",
  "not_allowed",
]);

const claim = (v: unknown): string | null => (typeof v === "string" && v ? v.slice(0, 200) : null);

/** The claims a presented JWT makes about its holder, unverified; nothing for a key or garbage. */
function claimed(credential: string | undefined): {
  oid: string | null;
  tid: string | null;
  name: string | null;
} {
  try {
    const p = decodeJwt(credential ?? "");
    return { oid: claim(p.oid), tid: claim(p.tid), name: claim(p.name) };
  } catch {
    return { oid: null, tid: null, name: null };
  }
}

function credentialOf(req: FastifyRequest): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  if (m) return m[1];
  const secret = (req.body as { app_secret?: unknown } | undefined)?.app_secret; // the SDK token call
  return typeof secret === "string" ? secret : undefined;
}

export function auditRefusedSignIn(
  audit: AuditSink,
  req: FastifyRequest,
  err: ProxyError,
  now: number,
): void {
  const who = claimed(credentialOf(req));
  const reason = err.data?.reason ?? null;
  const entry: AuditEntry = {
    time: new Date(now).toISOString(),
    request_id: req.id,
    caller: "refused",
    user_name: who.name,
    user_oid: who.oid,
    declared_name: decodeDeclaredName(req.headers[PROXY_HEADERS.declaredName]),
    route: "sign_in",
    employee_type: null,
    idempotent_ids: [],
    unknown_fields: [],
    status: err.status,
    upstream_status: null,
    code: err.code,
    outcome: "not_sent",
    approval_ids: [],
    duration_ms: 0,
    sign_in: {
      path: req.url.split("?")[0],
      reason,
      claimed_tid: who.tid,
      verified: reason !== null && AFTER_VERIFYING.has(reason),
    },
  };
  audit.write(entry);
}
