/**
 * Which handler answers which path, the token endpoint (docs/feishu-api.md §4.1) and the inspection
 * endpoints (tests only, off unless `inspect: true`).
 */
import { FEISHU_PATHS, TenantTokenRequest } from "../core/feishu/schemas";
import { failure, type ApiContext, type Reply } from "./envelope";
import { batchGetId } from "./handlers/batch-get-id";
import { createUserApproval } from "./handlers/create";
import { processApproval } from "./handlers/process";
import { queryUserApprovals } from "./handlers/query";
import type { RecordStore } from "./store";
import type { TokenIssuer } from "./tokens";

/** The token-protected API calls; all POST. */
export const API_HANDLERS: Record<string, (ctx: ApiContext) => Reply> = {
  [FEISHU_PATHS.create]: createUserApproval,
  [FEISHU_PATHS.query]: queryUserApprovals,
  [FEISHU_PATHS.process]: processApproval,
  [FEISHU_PATHS.batchGetId]: batchGetId,
};

/** The scope each call needs (docs/feishu-api.md §1.1, §3, §5). */
const SCOPE_OF: Record<string, string> = {
  [FEISHU_PATHS.create]: "attendance:task",
  [FEISHU_PATHS.process]: "attendance:task",
  [FEISHU_PATHS.query]: "attendance:task:readonly",
  [FEISHU_PATHS.batchGetId]: "contact:user.id:readonly",
};

/** 99991672 when the app lacks the path's scope (docs/feishu-api.md §4.2), else undefined. */
export function scopeRefusal(granted: readonly string[] | null, path: string): Reply | undefined {
  const needed = SCOPE_OF[path];
  if (!granted || !needed || granted.includes(needed)) return undefined;
  return failure(
    400,
    99991672,
    `Access denied. One of the following scopes is required: [${needed}]. 应用尚未开通所需的应用身份权限：[${needed}]`,
  );
}

/**
 * Flat token answer `{code, msg, tenant_access_token, expire}` (docs/feishu-api.md §4.1), not
 * under `data`; refusals too come at HTTP 200 with a non-zero code (docs/feishu-api.md §11).
 */
export function tenantToken(issuer: TokenIssuer, body: unknown): Reply {
  const req = TenantTokenRequest.safeParse(body);
  if (!req.success)
    return { status: 200, body: { code: 10003, msg: "invalid param: app_id and app_secret are required" } };
  const g = issuer.grant(req.data.app_id, req.data.app_secret);
  if (!g.ok) return { status: 200, body: { code: g.code, msg: g.msg } };
  return { status: 200, body: { code: 0, msg: "ok", tenant_access_token: g.token, expire: g.expire } };
}

export const notFound = (path: string): Reply => failure(404, 404, `404 page not found: ${path}`);
export const methodNotAllowed = (method: string, path: string): Reply =>
  failure(405, 405, `method ${method} is not allowed on ${path}; use POST`);

export interface InspectionSource {
  store: RecordStore;
  counts: () => Map<string, number>;
  stats: () => unknown;
}

/** GET /__emulator/records[?idempotent_id=], /__emulator/counts, /__emulator/stats. */
export function inspection(path: string, query: URLSearchParams, src: InspectionSource): Reply | undefined {
  switch (path) {
    case "/__emulator/records": {
      const key = query.get("idempotent_id");
      const records = src.store.all().filter((r) => key === null || r.idempotent_id === key);
      return { status: 200, body: { records } };
    }
    case "/__emulator/counts":
      return { status: 200, body: { counts: Object.fromEntries(src.counts()) } };
    case "/__emulator/stats":
      return { status: 200, body: src.stats() };
    default:
      return undefined;
  }
}
