/**
 * Validate, then relay the caller's exact bytes. The body and the query string are checked
 * with the core schemas, but what goes upstream is what the caller sent: no re-serialising
 * (key order, spacing, `\u` escapes stay), no field dropped. A field or query parameter the
 * schema does not know passes through and is named for the audit log; a request the schema
 * refuses is answered 400 naming the field, never altered.
 */
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { proxyErrors } from "./errors";

export interface CheckedRequest {
  /** The route's path and the caller's query string, as sent. */
  pathWithQuery: string;
  /** The caller's body bytes, as sent. */
  raw: Buffer;
  /** The body as parsed (for the audit log's ids). */
  body: unknown;
  employeeType: string | null;
  /** Where the request has what the schema does not know, e.g. `user_approval.leaves[].leave_detail_range_objs`. */
  unknownFields: string[];
}

export interface RequestSchemas {
  path: string;
  query: z.ZodType<Record<string, string | undefined>> | null;
  body: z.ZodType;
}

export function checkRequest(route: RequestSchemas, req: FastifyRequest): CheckedRequest {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const unknownFields: string[] = [];
  if (route.query) {
    const q = route.query.safeParse(query);
    if (!q.success) throw proxyErrors.badRequest(`query ${describe(q.error)}`);
    unknownFields.push(...unknownPaths(query, q.data, "?"));
  } else unknownFields.push(...Object.keys(query).map((k) => `?${k}`));
  const b = route.body.safeParse(req.body);
  if (!b.success) throw proxyErrors.badRequest(`body ${describe(b.error)}`);
  unknownFields.push(...unknownPaths(req.body, b.data, ""));
  if (!req.rawBody) throw proxyErrors.badRequest("send Content-Type: application/json");
  const at = req.url.indexOf("?");
  const employeeType = query.employee_type;
  return {
    pathWithQuery: `${route.path}${at >= 0 ? req.url.slice(at) : ""}`,
    raw: req.rawBody,
    body: req.body,
    employeeType: typeof employeeType === "string" ? employeeType : null,
    unknownFields,
  };
}

function describe(err: z.ZodError): string {
  const i = err.issues[0];
  return i ? `${i.path.map(String).join(".") || "(root)"}: ${i.message}` : "is not valid";
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The keys of `given` that the schema's output `known` does not have (zod objects drop keys
 * they do not know), as paths; array items are merged under `[]`.
 */
export function unknownPaths(given: unknown, known: unknown, prefix: string): string[] {
  const found = new Set<string>();
  const walk = (g: unknown, k: unknown, path: string) => {
    if (Array.isArray(g) && Array.isArray(k)) {
      g.forEach((item, i) => walk(item, k[i], `${path}[]`));
      return;
    }
    if (!isRecord(g) || !isRecord(k)) return;
    for (const key of Object.keys(g)) {
      const p = path ? `${path}.${key}` : `${prefix}${key}`;
      if (!(key in k)) found.add(p);
      else walk(g[key], k[key], p);
    }
  };
  walk(given, known, "");
  return [...found];
}
