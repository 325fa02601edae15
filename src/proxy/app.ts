/**
 * The proxy's routes and plugins (no listening here: see server.ts). Everything that talks
 * to the outside comes in through `deps`, so tests swap in fakes.
 */
import { randomUUID } from "node:crypto";
import cors from "@fastify/cors";
import fastifyStatic from "@fastify/static";
import Fastify, {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
} from "fastify";
import type { Caller } from "./auth";
import type { ResolvedConfig } from "./config";
import type { ProxyDeps } from "./deps";
import { ProxyError, proxyErrors } from "./errors";
import {
  DECLARED_NAME_HEADER,
  MAX_SENDS_HEADER,
  SENDS_HEADER,
  TIMEOUT_HEADER,
  registerFeishuRoutes,
} from "./feishu-routes";
import {
  clientErrorHandler,
  collectMethods,
  drainRequest,
  frameworkErrorHandler,
  refuseOversizeEarly,
} from "./http-edges";
import { bearer } from "./auth";
import { auditRefusedSignIn } from "./auth-audit";
import { NO_BOOT_CHECK, healthBody, type BootCheck } from "./boot-check";
import { registerTokenRoute } from "./sdk-token";
import { createSelfCheck } from "./self-check";
import { PROXY_HEADERS } from "../core/feishu/proxy-codes";
import { registerLedgerRoutes } from "./ledger/routes";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling (`key:<name>` or `entra:<user>`); set by the auth guard. */
    caller: string;
    /** The whole identity (name, object id, permissions); set by the auth guard. */
    identity: Caller | null;
    /** The JSON body's bytes as the caller sent them (relayed unchanged). */
    rawBody: Buffer | null;
  }
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp(
  config: ResolvedConfig,
  deps: ProxyDeps,
  boot: BootCheck = NO_BOOT_CHECK,
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    requestTimeout: config.requestTimeoutMs,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    clientErrorHandler: clientErrorHandler(deps.logger),
    frameworkErrors: frameworkErrorHandler,
  });
  app.decorateRequest("caller", "");
  app.decorateRequest("identity", null);
  app.decorateRequest("rawBody", null);
  app.removeContentTypeParser("text/plain"); // Feishu bodies are JSON only
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    req.rawBody = body as Buffer;
    parseJson(req, body.toString("utf8"), done);
  });
  const drainLimits = { maxBytes: Math.max(16 * 1024 * 1024, 8 * config.bodyLimit), maxMs: 30_000 };
  const methodsOf = collectMethods(app);

  await app.register(cors, {
    origin: (origin, cb) => cb(null, !!origin && config.corsOrigins.includes(origin)),
    methods: ["GET", "POST"],
    allowedHeaders: [
      "Authorization",
      "Content-Type",
      "X-Request-Id",
      MAX_SENDS_HEADER,
      TIMEOUT_HEADER,
      DECLARED_NAME_HEADER,
    ],
    exposedHeaders: [
      "X-Request-Id",
      "x-ogw-ratelimit-limit",
      "x-ogw-ratelimit-reset",
      "Retry-After",
      SENDS_HEADER,
      PROXY_HEADERS.replayed,
    ],
    maxAge: 600,
  });
  if (config.staticDir)
    await app.register(fastifyStatic, {
      root: config.staticDir,
      prefix: "/",
      index: ["taskpane.html", "index.html"],
    });

  refuseOversizeEarly(app, config.bodyLimit, drainLimits); // after CORS, so a browser can read its 413

  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  app.addHook("onResponse", async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        path: req.url.split("?")[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        caller: req.caller || undefined,
      },
      "request",
    );
  });

  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    const e = toProxyError(err, config);
    if (e.status === 413) {
      await drainRequest(req.raw, drainLimits); // a chunked upload over the limit
      reply.header("connection", "close");
    }
    if (e.status >= 500 && !(err instanceof ProxyError)) req.log.error({ err }, "unexpected error");
    if (e.status === 401 || e.status === 403) {
      req.log.warn({ code: e.code, reason: e.text.en }, "refused caller");
      if (!req.identity) auditRefusedSignIn(deps.audit, req, e, deps.clock.now());
    }
    return reply.code(e.status).headers(e.headers).send(e.envelope);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0];
    const allow = methodsOf(path);
    const e = allow.length
      ? proxyErrors.notAllowedMethod(req.method, path, allow)
      : proxyErrors.notFound(req.method, path);
    return reply.code(e.status).headers(e.headers).send(e.envelope);
  });

  const guard = async (req: FastifyRequest) => {
    const caller =
      deps.proxyTokens.callerOf(bearer(req.headers.authorization)) ??
      (await deps.authenticate(req.headers.authorization));
    req.caller = caller.id;
    req.identity = caller;
  };

  // Always 200 (the proxy is alive and /self-check can explain); the body says what the boot check found.
  const devKey = config.auth.mode === "apikey" && config.auth.devKey;
  app.get("/healthz", async () => healthBody(boot, devKey));
  const selfCheck = createSelfCheck(config, deps);
  app.get("/self-check", { onRequest: guard }, async (req) => ({
    ...(await selfCheck(req.caller)),
    may: req.identity?.may,
  }));
  registerFeishuRoutes(app, config, deps, guard);
  registerTokenRoute(app, deps.authenticate, deps.proxyTokens);
  if (deps.ledger) registerLedgerRoutes(app, config, deps.ledger, guard);
  return app;
}

function toProxyError(err: FastifyError, config: ResolvedConfig): ProxyError {
  if (err instanceof ProxyError) return err;
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return proxyErrors.bodyTooLarge(config.bodyLimit);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return proxyErrors.badRequest("send Content-Type: application/json");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return proxyErrors.badRequest("the body is empty");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return proxyErrors.badRequest("the body is not valid JSON");
  }
  if (err.statusCode === 400 || err instanceof SyntaxError)
    return proxyErrors.badRequest("the body is not valid JSON");
  if (err.statusCode === 413) return proxyErrors.bodyTooLarge(config.bodyLimit);
  return proxyErrors.internal();
}
