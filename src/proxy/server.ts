/**
 * Listening and shutting down. `close()` stops taking requests, lets the ones in flight
 * finish, fails anything still queued for the upstream, flushes the audit log, closes the
 * ledger's database and drops the upstream keep-alive sockets. The ledger opens before listening
 * (its migrations run; a schema newer than this proxy knows stops the start).
 */
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { checkFeishuAtBoot, type BootCheck } from "./boot-check";
import type { ResolvedConfig } from "./config";
import { createDeps, type ProxyDeps } from "./deps";
import { proxyErrors } from "./errors";
import { openLedger } from "./ledger";

/** A key stays claimed this long past the request's own timeout before another request settles it. */
const LEASE_MARGIN_MS = 5000;

export interface RunningProxy {
  url: string;
  app: FastifyInstance;
  deps: ProxyDeps;
  /** The one tenant-token fetch made at boot: whether Feishu accepts the app credentials. */
  boot: BootCheck;
  close(): Promise<void>;
}

export async function startProxy(
  config: ResolvedConfig,
  given: Parameters<typeof createDeps>[1] = {},
): Promise<RunningProxy> {
  const deps = createDeps(config, given);
  if (deps.ledger === undefined && config.ledger)
    deps.ledger = await openLedger(config.ledger, {
      relay: deps.relay,
      clock: deps.clock,
      logger: deps.logger,
      leaseMs: config.requestTimeoutMs + LEASE_MARGIN_MS,
    });
  const boot = checkFeishuAtBoot(deps, config.feishu.appId);
  const app = await buildApp(config, deps, boot);
  await app.listen({ host: config.host, port: config.port });
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    app,
    deps,
    boot,
    close: () =>
      (closing ??= (async () => {
        deps.pacer.drain(proxyErrors.shuttingDown());
        await app.close();
        deps.upstream.close();
        await deps.ledger?.close();
        await deps.audit.close();
        await new Promise<void>((resolve) =>
          hasFlush(deps.logger) ? deps.logger.flush(() => resolve()) : resolve(),
        );
      })()),
  };
}

/** pino loggers with an asynchronous destination can flush; other loggers need not. */
const hasFlush = (l: object): l is { flush(cb: () => void): void } =>
  typeof (l as { flush?: unknown }).flush === "function";
