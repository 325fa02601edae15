/**
 * The transparent Feishu surface: exactly the four relayed calls, same paths, query strings,
 * bodies and answers as Feishu. Bodies and queries are checked with the core schemas; the
 * upstream's status, body and rate-limit headers come back unchanged.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
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
import type { RelayAnswer, RouteName } from "./relay";
import { approvalIdsOf, auditIdentity, idempotentIdsOf } from "./audit-fields";
import { requirePermission } from "./permissions";

interface RelayedRoute {
  name: RouteName;
  path: string;
  query: z.ZodType<Record<string, string | undefined>> | null;
  body: z.ZodType;
}

export const RELAYED_ROUTES: readonly RelayedRoute[] = [
  { name: "create", path: FEISHU_PATHS.create, query: CreateUserApprovalQuery, body: CreateUserApprovalBody },
  { name: "query", path: FEISHU_PATHS.query, query: CreateUserApprovalQuery, body: QueryUserApprovalBody },
  { name: "process", path: FEISHU_PATHS.process, query: null, body: ProcessApprovalBody },
  { name: "batchGetId", path: FEISHU_PATHS.batchGetId, query: BatchGetIdQuery, body: BatchGetIdBody },
];

const RELAYED_HEADERS = ["content-type", "x-ogw-ratelimit-limit", "x-ogw-ratelimit-reset", "x-tt-logid"];

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
        route: route.name,
        employee_type: null,
        idempotent_ids: [],
        status: 0,
        upstream_status: null,
        code: null,
        outcome: "not_sent",
        approval_ids: [],
        duration_ms: 0,
      };
      try {
        if (req.identity) requirePermission(req.identity, route.name);
        const { pathWithQuery, body } = checkRequest(route, req);
        entry.employee_type = (req.query as Record<string, string | undefined>).employee_type ?? null;
        entry.idempotent_ids = idempotentIdsOf(body);
        const answer = await relayWithDeadline(
          reply,
          config,
          deps,
          route.name,
          pathWithQuery,
          JSON.stringify(body),
        );
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
        if (!(e instanceof ProxyError)) req.log.error({ err: e }, "relay failed");
        Object.assign(entry, {
          status: err.status,
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

function checkRequest(route: RelayedRoute, req: FastifyRequest): { pathWithQuery: string; body: unknown } {
  let search = "";
  if (route.query) {
    const q = route.query.safeParse(req.query ?? {});
    if (!q.success) throw proxyErrors.badRequest(`query ${describe(q.error)}`);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q.data)) if (v !== undefined) params.set(k, v);
    search = params.size ? `?${params}` : "";
  }
  const b = route.body.safeParse(req.body);
  if (!b.success) throw proxyErrors.badRequest(`body ${describe(b.error)}`);
  return { pathWithQuery: `${route.path}${search}`, body: b.data };
}

function describe(err: z.ZodError): string {
  const i = err.issues[0];
  return i ? `${i.path.map(String).join(".") || "(root)"}: ${i.message}` : "is not valid";
}

async function relayWithDeadline(
  reply: FastifyReply,
  config: ResolvedConfig,
  deps: ProxyDeps,
  route: RouteName,
  pathWithQuery: string,
  body: string,
): Promise<RelayAnswer> {
  const ac = new AbortController();
  const deadline = deps.clock.now() + config.requestTimeoutMs;
  const cancel = deps.clock.setTimer(() => ac.abort(), config.requestTimeoutMs);
  const onClose = () => {
    if (!reply.raw.writableFinished) ac.abort();
  };
  reply.raw.once("close", onClose);
  try {
    return await deps.relay({ route, pathWithQuery, body, signal: ac.signal, deadline });
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
