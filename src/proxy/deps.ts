/**
 * What the proxy talks to, built from the config unless a test passes its own: the
 * upstream client, clock, token cache, pacer, send gate, logger, audit sink, authenticator
 * and the proxy's own SDK tokens.
 */
import type { FastifyBaseLogger } from "fastify";
import pino, { type Logger } from "pino";
import { createFileAuditSink, nullAuditSink, type AuditSink } from "./audit";
import { createAuthenticator, credentialOf, type Authenticator } from "./auth";
import type { Ledger } from "./ledger";
import { systemClock, type ProxyClock } from "./clock";
import type { ResolvedConfig } from "./config";
import { UpstreamPacer } from "./pacer";
import { createRelay, type Relay } from "./relay";
import { createProxyTokens, type ProxyTokens } from "./sdk-token";
import { SendWindow } from "./send-window";
import { createTenantTokenCache, type TenantTokenSource } from "./tenant-token";
import { createUpstreamClient, type UpstreamClient } from "./upstream";

export interface ProxyDeps {
  logger: FastifyBaseLogger;
  clock: ProxyClock;
  upstream: UpstreamClient;
  tokens: TenantTokenSource;
  pacer: UpstreamPacer;
  /** Counts sends on the wire: never more than floor(rate) in any sliding second. */
  sendWindow: SendWindow;
  relay: Relay;
  audit: AuditSink;
  authenticate: Authenticator;
  proxyTokens: ProxyTokens;
  /** The ledger of every write (src/proxy/ledger); opened by startProxy, absent when switched off. */
  ledger?: Ledger | null;
}

/** Log paths that could hold a credential: pino replaces them before anything is written. */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "headers.authorization",
  "authorization",
  "*.authorization",
  "appSecret",
  "*.appSecret",
  "app_secret",
  "*.app_secret",
  "tenant_access_token",
  "*.tenant_access_token",
  "token",
  "*.token",
];

/** An error as pino logs it, minus what can hold a request's raw bytes (Node's `rawPacket`). */
function errWithoutRawBytes(err: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { ...pino.stdSerializers.err(err) };
  delete out.rawPacket;
  return out;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  // Asynchronous stdout: lines written while a write is under way go out together.
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: errWithoutRawBytes },
      base: { svc: "proxy" },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

export function createDeps(
  config: ResolvedConfig,
  given: Partial<ProxyDeps> & { refusedRetryDelayMs?: number } = {},
): ProxyDeps {
  const clock = given.clock ?? systemClock;
  const logger = given.logger ?? createLogger(config.logLevel);
  const upstream = given.upstream ?? createUpstreamClient(config.feishu.baseUrl);
  const tokens =
    given.tokens ??
    createTenantTokenCache({
      appId: config.feishu.appId,
      appSecret: config.feishu.appSecret,
      upstream,
      clock,
      timeoutMs: config.upstreamTimeoutMs,
    });
  const pacer = given.pacer ?? new UpstreamPacer(config.upstreamRatePerSec, clock, config.callerRatePerSec);
  const sendWindow = given.sendWindow ?? new SendWindow(Math.floor(config.upstreamRatePerSec), clock);
  const relay =
    given.relay ??
    createRelay({
      upstream,
      tokens,
      pacer,
      gate: sendWindow,
      clock,
      upstreamTimeoutMs: config.upstreamTimeoutMs,
      refusedRetryDelayMs: given.refusedRetryDelayMs ?? 200,
      maxRateLimitRetries: 3,
    });
  const audit: AuditSink =
    given.audit ??
    (config.audit
      ? createFileAuditSink({
          ...config.audit,
          onError: (err) => logger.error({ err }, "audit log write failed"),
        })
      : nullAuditSink);
  return {
    logger,
    clock,
    upstream,
    tokens,
    pacer,
    sendWindow,
    relay,
    audit,
    authenticate:
      given.authenticate ??
      createAuthenticator(config.auth, {
        clock,
        onKeysFailed: (why) => logger.warn({ why }, "cannot fetch the Entra ID signing keys"),
      }),
    proxyTokens:
      given.proxyTokens ??
      createProxyTokens(clock, {
        ttlSec: config.proxyTokenTtlSec,
        secret: config.feishu.appSecret,
        credentialOf: credentialOf(config.auth),
      }),
  };
}
