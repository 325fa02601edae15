/**
 * The transparent Feishu surface: exactly the four relayed calls, same paths, query strings,
 * bodies and answers as Feishu. Bodies and queries are checked with the core schemas and
 * relayed as sent (request-check.ts); the upstream's status, body and rate-limit headers
 * come back unchanged.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import {
  BatchGetIdBody,
  BatchGetIdQuery,
  CreateUserApprovalBody,
  CreateUserApprovalQuery,
  FEISHU_PATHS,
  ProcessApprovalBody,
  QueryUserApprovalBody,
} from "../core/feishu/schemas";
import type { AuditEntry } from "./audit";
import type { ResolvedConfig } from "./config";
import type { ProxyDeps } from "./deps";
import { ProxyError, proxyErrors } from "./errors";
import type { RelayAnswer, RelayCall, RouteName } from "./relay";
import { approvalIdsOf, auditIdentity, idempotentIdsOf } from "./audit-fields";
import { decodeDeclaredName } from "../core/feishu/declared-name";
import { requirePermission } from "./permissions";
import { checkRequest, type RequestSchemas } from "./request-check";
import { PROXY_HEADERS } from "../core/feishu/proxy-codes";

interface RelayedRoute extends RequestSchemas {
  name: RouteName;
}

export const RELAYED_ROUTES: readonly RelayedRoute[] = [
  { name: "create", path: FEISHU_PATHS.create, query: CreateUserApprovalQuery, body: CreateUserApprovalBody },
  { name: "query", path: FEISHU_PATHS.query, query: CreateUserApprovalQuery, body: QueryUserApprovalBody },
  { name: "process", path: FEISHU_PATHS.process, query: null, body: ProcessApprovalBody },
  { name: "batchGetId", path: FEISHU_PATHS.batchGetId, query: BatchGetIdQuery, body: BatchGetIdBody },
];

const RELAYED_HEADERS = [
  "content-type",
  "x-ogw-ratelimit-limit",
  "x-ogw-ratelimit-reset",
  "x-tt-logid",
  PROXY_HEADERS.replayed,
];

export function registerFeishuRoutes(
  app: FastifyInstance,
  config: ResolvedConfig,
  deps: ProxyDeps,
  guard: (req: FastifyRequest) => Promise<void>,
): void {
  for (const route of RELAYED_ROUTES) {
    app.post(route.path, { onRequest: guard }, async (req, reply) => {
      const started = deps.clock.now();
      const entry: AuditEntry = {
        time: new Date(started).toISOString(),
        request_id: req.id,
        caller: req.caller,
        ...auditIdentity(req.identity),
        declared_name: decodeDeclaredName(req.headers[DECLARED_NAME_HEADER]),
        route: route.name,
        employee_type: null,
        idempotent_ids: [],
        unknown_fields: [],
        status: 0,
        upstream_status: null,
        code: null,
        outcome: "not_sent",
        approval_ids: [],
        duration_ms: 0,
      };
      const sends = { count: 0 };
      try {
        if (req.identity) requirePermission(req.identity, route.name);
        const checked = checkRequest(route, req);
        const { body } = checked;
        entry.employee_type = checked.employeeType;
        entry.idempotent_ids = idempotentIdsOf(body);
        entry.unknown_fields = checked.unknownFields;
        const timeoutMs = timeoutOf(config, req.headers[TIMEOUT_HEADER]);
        const send = () =>
          relayWithDeadline(reply, timeoutMs, deps, {
            caller: req.caller,
            route: route.name,
            pathWithQuery: checked.pathWithQuery,
            body: checked.raw,
            maxSends: maxSendsOf(req.headers[MAX_SENDS_HEADER]),
            sends,
          });
        // The ledger (src/proxy/ledger) records creates and revokes, and answers a replayed create itself.
        const answer = deps.ledger
          ? await deps.ledger.relayed(
              route.name,
              { ...checked, caller: req.caller, requestId: req.id, deadline: started + timeoutMs },
              send,
            )
          : await send();
        reply.header(SENDS_HEADER, String(sends.count));
        Object.assign(entry, {
          status: answer.status,
          upstream_status: answer.status,
          code: answer.code,
          outcome: "answered",
        });
        entry.approval_ids = approvalIdsOf(route.name, answer.json, body);
        return sendAnswer(reply, answer);
      } catch (e) {
        const err = e instanceof ProxyError ? e : proxyErrors.internal();
        err.headers[SENDS_HEADER] = String(sends.count);
        if (!(e instanceof ProxyError)) req.log.error({ err: e }, "relay failed");
        Object.assign(entry, {
          status: err.status,
          upstream_status: err.upstream?.upstream_status ?? null,
          code: err.code,
          outcome: err.code === PROXY_CODES.upstreamTimeout ? "unknown" : "not_sent",
        });
        throw err;
      } finally {
        entry.duration_ms = Math.round(deps.clock.now() - started);
        deps.audit.write(entry);
      }
    });
  }
}

export const {
  maxSends: MAX_SENDS_HEADER,
  sends: SENDS_HEADER,
  timeout: TIMEOUT_HEADER,
  declaredName: DECLARED_NAME_HEADER,
} = PROXY_HEADERS;

function maxSendsOf(v: string | string[] | undefined): number | undefined {
  const n = typeof v === "string" ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
}

/** The request's time limit: the proxy's own, or the caller's when that is shorter. */
function timeoutOf(config: ResolvedConfig, v: string | string[] | undefined): number {
  const n = typeof v === "string" ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 ? Math.min(n, config.requestTimeoutMs) : config.requestTimeoutMs;
}

async function relayWithDeadline(
  reply: FastifyReply,
  timeoutMs: number,
  deps: ProxyDeps,
  call: Pick<RelayCall, "caller" | "route" | "pathWithQuery" | "body" | "maxSends" | "sends">,
): Promise<RelayAnswer> {
  const ac = new AbortController();
  const deadline = deps.clock.now() + timeoutMs;
  const cancel = deps.clock.setTimer(() => ac.abort(), timeoutMs);
  const onClose = () => {
    if (!reply.raw.writableFinished) ac.abort();
  };
  reply.raw.once("close", onClose);
  try {
    return await deps.relay({ ...call, signal: ac.signal, deadline });
  } finally {
    cancel();
    reply.raw.off("close", onClose);
  }
}

function sendAnswer(reply: FastifyReply, a: RelayAnswer): FastifyReply {
  reply.code(a.status);
  for (const h of RELAYED_HEADERS) {
    const v = a.headers[h];
    if (typeof v === "string") reply.header(h, v);
  }
  if (!a.headers["content-type"]) reply.type("application/json; charset=utf-8");
  return reply.send(a.text); // a string goes out with the headers in one write
}
