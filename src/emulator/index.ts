/**
 * A faithful local stand-in for the Feishu calls we make (facts in
 * docs/feishu-api.md). Real HTTP on 127.0.0.1, port 0 by default.
 * The proxy's tests start it programmatically; `npm run emulator` runs it standalone.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FEISHU_PATHS } from "../core/feishu/schemas";
import { Directory, defaultDirectory, type Employee } from "./directory";
import { FaultPlan, type FaultOptions } from "./faults";
import { RateLimiter } from "./rate-limit";
import { Pipeline, type EmulatorStats } from "./server";
import { RecordStore, type RevokedStatus, type StoredRecord } from "./store";
import type { Clock } from "./time";
import { TokenIssuer, type AppCredential } from "./tokens";

export { defaultDirectory, openIdFor, unionIdFor, type Employee } from "./directory";
export type { FaultOptions, FaultKind } from "./faults";
export type { StoredRecord, ApprovalStatus, RevokedStatus } from "./store";
export type { EmulatorStats } from "./server";
export type { AppCredential } from "./tokens";

export interface EmulatorOptions {
  host?: string;
  port?: number;
  appId?: string;
  appSecret?: string;
  /** Scopes granted to the main app; omitted: all the relayed calls need (a missing one answers 99991672). */
  appScopes?: string[];
  /** Further apps of the same tenant (each with its own tokens, limits and idempotency keys). */
  extraApps?: AppCredential[];
  /** Default 7200. The re-issue threshold is min(30 min, lifetime / 4), see tokens.ts. */
  tokenLifetimeSec?: number;
  /** Per API path per app, fixed one-second windows. Default 50. */
  rateLimitPerSec?: number;
  /** batch_get_id's own caps per app (docs/feishu-api.md §5): default 50 a second and 1000 a minute. */
  lookupLimitPerSec?: number;
  lookupLimitPerMin?: number;
  directory?: Employee[];
  /** yyyy-MM-dd: records starting before it are in a sealed period (1220600). */
  closedBefore?: string;
  /** The status a revoked record is stored and queried under: 3 (default) or 4 (see the README). */
  revokedStatus?: RevokedStatus;
  /**
   * Whether a create repeating a stored idempotent_id is refused (1220600, the default) or
   * written again: whether Feishu refuses it is unconfirmed (docs/feishu-api.md §10.4), and
   * bench:ledger runs the other reading so a key written twice shows in the store.
   */
  repeatedKeys?: "refuse" | "accept";
  faults?: FaultOptions;
  storeFile?: string;
  inspect?: boolean;
  seed?: number;
  /** Injectable clock in ms since the epoch, so token expiry and rate windows need no sleeping. */
  now?: Clock;
  logger?: (line: object) => void;
}

export interface Emulator {
  url: string;
  port: number;
  close(): Promise<void>;
  setFaults(f: FaultOptions | undefined): void;
  records(): StoredRecord[];
  countsByIdempotentId(): Map<string, number>;
  stats(): EmulatorStats;
  /** Issues a new current token for the main app now (the old ones stay valid until they expire). */
  issueTokenNow(): void;
  /** Makes every issued token invalid at once, as if they had all expired. */
  expireAllTokens(): void;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const now = opts.now ?? Date.now;
  const appId = opts.appId ?? "cli_emulator";
  const apps: AppCredential[] = [
    { appId, appSecret: opts.appSecret ?? "emulator-secret", scopes: opts.appScopes },
    ...(opts.extraApps ?? []),
  ];
  const store = new RecordStore(opts.storeFile, opts.revokedStatus, opts.repeatedKeys);
  const issuer = new TokenIssuer(apps, opts.tokenLifetimeSec ?? 7200, now);
  const faults = new FaultPlan(opts.faults, opts.seed ?? 1);
  const rateLimitPerSec = opts.rateLimitPerSec ?? 50;
  const counts = () => {
    const m = new Map<string, number>();
    for (const r of store.all())
      if (r.idempotent_id) m.set(r.idempotent_id, (m.get(r.idempotent_id) ?? 0) + 1);
    return m;
  };
  const pipeline = new Pipeline({
    directory: new Directory(opts.directory ?? defaultDirectory()),
    store,
    issuer,
    limiter: new RateLimiter(
      rateLimitPerSec,
      now,
      { [FEISHU_PATHS.batchGetId]: opts.lookupLimitPerMin ?? 1000 },
      { [FEISHU_PATHS.batchGetId]: opts.lookupLimitPerSec ?? 50 },
    ),
    faults,
    now,
    inspect: opts.inspect ?? false,
    rateLimitPerSec,
    closedBefore: opts.closedBefore,
    logger: opts.logger,
    counts,
  });

  const server = createServer(pipeline.handle);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        pipeline.close();
        server.close(() => resolve());
        server.closeAllConnections();
        store.flush();
      }),
    setFaults: (f) => faults.set(f),
    records: () => store.all().map((r) => structuredClone(r)),
    countsByIdempotentId: counts,
    stats: () => structuredClone(pipeline.stats),
    issueTokenNow: () => void issuer.issue(appId),
    expireAllTokens: () => issuer.expireAll(),
  };
}
