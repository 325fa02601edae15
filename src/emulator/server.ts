/**
 * The request pipeline: route → (POST only) → token check (docs/feishu-api.md §4.2) → per-app rate limit
 * (docs/feishu-api.md §4.3) → latency and faults (faulted paths only) → handler → answer.
 * Token errors answer HTTP 400 (reports differ between 400 and 200, docs/feishu-api.md §4.2; clients must
 * decide by the body code anyway).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { FEISHU_PATHS } from "../core/feishu/schemas";
import type { Directory } from "./directory";
import { failure, newLogId, type Reply } from "./envelope";
import type { FaultKind, FaultPlan } from "./faults";
import { rateLimitHeaders, type RateLimiter } from "./rate-limit";
import { API_HANDLERS, inspection, methodNotAllowed, notFound, scopeRefusal, tenantToken } from "./routes";
import type { RecordStore } from "./store";
import type { Clock } from "./time";
import type { TokenIssuer } from "./tokens";

const MAX_BODY_BYTES = 1024 * 1024;

export interface EmulatorStats {
  requests: number;
  byPath: Record<string, number>;
  rateLimited: number;
  faults: Record<string, number>;
  /** Create requests that reached the emulator, per idempotent_id: every attempt, answered 429 or not. */
  createsByKey: Record<string, number>;
}

export interface PipelineDeps {
  directory: Directory;
  store: RecordStore;
  issuer: TokenIssuer;
  limiter: RateLimiter;
  faults: FaultPlan;
  now: Clock;
  inspect: boolean;
  rateLimitPerSec: number;
  closedBefore?: string;
  logger?: (line: object) => void;
  counts: () => Map<string, number>;
}

export class Pipeline {
  readonly stats: EmulatorStats = {
    requests: 0,
    byPath: {},
    rateLimited: 0,
    faults: {},
    createsByKey: {},
  };
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private closed = false;

  constructor(private readonly deps: PipelineDeps) {}

  /** Stops every pending latency/slow timer; their requests are dropped. */
  close(): void {
    this.closed = true;
    for (const [t, done] of this.timers) {
      clearTimeout(t);
      done();
    }
    this.timers.clear();
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    this.run(req, res).catch((err: unknown) => {
      this.deps.logger?.({ level: "error", msg: "emulator handler failed", err: String(err) });
      if (!res.headersSent) this.send(res, failure(500, 1225000, "internal server error"));
    });
  };

  private async run(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const path = url.pathname;
    const raw = await readBody(req);
    let fault: FaultKind | undefined;
    const done = (reply: Reply) => {
      this.send(res, reply);
      this.deps.logger?.({
        method: req.method,
        path,
        status: reply.status,
        code: (reply.body as { code?: unknown } | null)?.code,
        ms: Date.now() - started,
        ...(fault ? { fault } : {}),
      });
    };

    if (raw === undefined) return done(failure(413, 1220001, "param is invalid: body is larger than 1 MB"));
    if (path.startsWith("/__emulator/")) {
      const answer =
        this.deps.inspect && req.method === "GET"
          ? inspection(path, url.searchParams, {
              store: this.deps.store,
              counts: this.deps.counts,
              stats: () => this.stats,
            })
          : undefined;
      return done(answer ?? notFound(path));
    }
    const isToken = path === FEISHU_PATHS.token;
    const handler = API_HANDLERS[path];
    if (!isToken && !handler) return done(notFound(path));
    if (req.method !== "POST") return done(methodNotAllowed(req.method ?? "?", path));

    this.stats.requests++;
    this.stats.byPath[path] = (this.stats.byPath[path] ?? 0) + 1;
    let appId = "";
    if (!isToken) {
      const check = this.deps.issuer.check(req.headers.authorization);
      if (!check.ok) return done(failure(400, check.code, check.msg));
      appId = check.appId;
      if (path === FEISHU_PATHS.create) this.countCreate(raw);
      const refused = scopeRefusal(this.deps.issuer.scopesOf(appId), path);
      if (refused) return done(refused);
      const rate = this.deps.limiter.take(appId, path);
      if (!rate.allowed) {
        this.stats.rateLimited++;
        return done(tooManyRequests(rate.limit, rate.resetMs));
      }
    }

    const faulted = this.deps.faults.appliesTo(path);
    if (faulted) {
      const latency = this.deps.faults.latency();
      if (latency > 0) await this.delay(latency);
      if (this.closed) return;
      fault = this.deps.faults.pick();
      if (fault) this.stats.faults[fault] = (this.stats.faults[fault] ?? 0) + 1;
      if (fault === "http5xx")
        return done(
          this.deps.faults.choose5xx() === "envelope500"
            ? failure(500, 1225000, "internal server error")
            : { status: 503, body: "503 Service Unavailable" },
        );
      if (fault === "rateLimit429")
        return done(tooManyRequests(this.deps.rateLimitPerSec, 1000 - (this.deps.now() % 1000)));
      if (fault === "reset") return void req.socket.resetAndDestroy();
    }

    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw) : undefined;
    } catch {
      return done(failure(400, 9499, "Bad Request: the body is not valid JSON"));
    }
    const reply = isToken
      ? tenantToken(this.deps.issuer, body)
      : handler({
          appId,
          query: url.searchParams,
          body,
          directory: this.deps.directory,
          store: this.deps.store,
          now: this.deps.now,
          closedBefore: this.deps.closedBefore,
        });

    if (fault === "lostResponse") return void req.socket.resetAndDestroy();
    if (fault === "slow") {
      await this.delay(this.deps.faults.slowMs, true);
      if (this.closed) return;
    }
    done(reply);
  }

  /** Notes one attempt for each idempotent_id in a create body (read as text: it may not even parse). */
  private countCreate(raw: string): void {
    const counts = this.stats.createsByKey;
    for (const m of raw.matchAll(/"idempotent_id"\s*:\s*"([^"]+)"/g)) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
  }

  private send(res: ServerResponse, reply: Reply): void {
    if (res.destroyed || res.headersSent) return;
    const isText = typeof reply.body === "string";
    res.writeHead(reply.status, {
      "content-type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
      "x-tt-logid": newLogId(),
      ...reply.headers,
    });
    res.end(isText ? (reply.body as string) : JSON.stringify(reply.body));
  }

  /** A timer that close() can cancel; `unref` ones never keep the process alive. */
  private delay(ms: number, unref = false): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      if (unref) t.unref();
      this.timers.set(t, resolve);
    });
  }
}

function tooManyRequests(limit: number, resetMs: number): Reply {
  return {
    status: 429,
    body: { code: 99991400, msg: "request trigger frequency limit" },
    headers: rateLimitHeaders(limit, resetMs),
  };
}

/** The raw body text, or undefined when it is over the size limit. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
