/**
 * Feishu's answer envelope `{code, msg, data}` (docs/feishu-api.md §1.8) and error bodies with
 * `error.log_id` (DOC-E63 example), plus the shared context every API handler gets.
 */
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Directory } from "./directory";
import type { RecordStore } from "./store";
import type { Clock } from "./time";

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ApiContext {
  appId: string;
  query: URLSearchParams;
  /** Parsed JSON body; `undefined` when the body was empty or not JSON. */
  body: unknown;
  directory: Directory;
  store: RecordStore;
  now: Clock;
  /** yyyy-MM-dd: items starting before it fall in a sealed period. */
  closedBefore?: string;
}

const LOG_ID_PREFIX = randomBytes(6).toString("hex").toUpperCase();
let logSeq = 0;
/** A unique, cheap log id per answer (Feishu sends one in `x-tt-logid` and `error.log_id`). */
export const newLogId = (): string =>
  `${LOG_ID_PREFIX}${(++logSeq).toString(16).toUpperCase().padStart(8, "0")}`;

export const success = (data: unknown): Reply => ({ status: 200, body: { code: 0, msg: "success", data } });

/** A Feishu error: HTTP 400 for business errors, 500 for internal ones (docs/feishu-api.md §1.9). */
export function failure(status: number, code: number, msg: string, message: string = msg): Reply {
  return { status, body: { code, msg, error: { log_id: newLogId(), message } } };
}

/** 1220001 "param is invalid" with the offending input named (docs/feishu-api.md §1.9). */
export const invalidParam = (what: string): Reply => failure(400, 1220001, `param is invalid: ${what}`);

/** First zod issue as `field.path[0].name: message`, so the msg names the field. */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return "invalid body";
  const path = issue.path.reduce<string>(
    (acc, seg) => (typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    "",
  );
  return `${path || "body"}: ${issue.message}`;
}
