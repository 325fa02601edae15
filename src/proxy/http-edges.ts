/**
 * What happens at the HTTP edges, before a route runs: a request that is not valid HTTP (its
 * raw bytes, which may hold a key, are never logged) or whose URL cannot be decoded, a body over the limit (answered 413
 * once the upload is in, so the client reads the answer instead of a broken pipe), and a
 * wrong method on a known path (405 with `Allow`).
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { proxyErrors } from "./errors";

/** Node's `clientError`: answer in Feishu's envelope and log only the error's code. */
export function clientErrorHandler(logger: FastifyBaseLogger) {
  return (err: NodeJS.ErrnoException, socket: Socket): void => {
    if (err.code === "ECONNRESET" || socket.destroyed) return;
    logger.debug({ code: err.code ?? "unknown" }, "request is not valid HTTP");
    const e =
      err.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? { status: "408 Request Timeout", why: "the request did not arrive in time" }
        : err.code === "HPE_HEADER_OVERFLOW"
          ? { status: "431 Request Header Fields Too Large", why: "the headers are too large" }
          : { status: "400 Bad Request", why: "the request is not valid HTTP" };
    const body = JSON.stringify(proxyErrors.badRequest(e.why).envelope);
    if (socket.writable)
      socket.end(
        `HTTP/1.1 ${e.status}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    setTimeout(() => socket.destroy(), 1000).unref();
  };
}

/**
 * Fastify's own refusals before routing (a URL that cannot be decoded): Feishu's envelope
 * with the proxy's code, and the URL, which may hold anything, is not echoed.
 */
export function frameworkErrorHandler(_err: Error, _req: FastifyRequest, reply: FastifyReply): void {
  const e = proxyErrors.badRequest("the URL is not valid");
  void reply.code(e.status).headers(e.headers).send(e.envelope);
}

/** Requests that asked before uploading and were not told to go ahead: there is nothing to drain. */
const notToUpload = new WeakSet<IncomingMessage>();

export interface DrainLimits {
  maxBytes: number;
  maxMs: number;
}

/**
 * Reads and discards what is left of a request body (at most `maxBytes`, for at most `maxMs`),
 * so an answer sent afterwards is not lost to a connection reset while the client still uploads.
 */
export function drainRequest(raw: IncomingMessage, limits: DrainLimits): Promise<void> {
  if (raw.complete || raw.readableEnded || raw.destroyed || notToUpload.has(raw)) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off("data", onData).off("end", finish).off("close", finish).off("error", finish);
      resolve();
    };
    const onData = (c: Buffer) => {
      seen += c.length;
      if (seen > limits.maxBytes) finish();
    };
    const timer = setTimeout(finish, limits.maxMs);
    raw.on("data", onData).once("end", finish).once("close", finish).once("error", finish);
    raw.resume();
  });
}

/**
 * A declared Content-Length over the limit is answered before the body is parsed: after the
 * body is drained, or, when the client asked first (`Expect: 100-continue`, as curl does for
 * large bodies), at once and without the go-ahead, so it never uploads.
 */
export function refuseOversizeEarly(app: FastifyInstance, bodyLimit: number, limits: DrainLimits): void {
  const oversize = (headers: IncomingHttpHeaders) => Number(headers["content-length"]) > bodyLimit;
  app.server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (oversize(req.headers)) notToUpload.add(req);
    else res.writeContinue();
    app.server.emit("request", req, res);
  });
  app.addHook("onRequest", async (req, reply) => {
    if (!oversize(req.headers)) return;
    await drainRequest(req.raw, limits);
    reply.header("connection", "close");
    throw proxyErrors.bodyTooLarge(bodyLimit);
  });
}

/** Collects the methods of every plain path as routes are added, for 405's `Allow`. */
export function collectMethods(app: FastifyInstance): (path: string) => string[] {
  const byPath = new Map<string, Set<string>>();
  app.addHook("onRoute", (r) => {
    if (r.url.includes("*") || r.url.includes(":")) return;
    const set = byPath.get(r.url) ?? new Set<string>();
    for (const m of Array.isArray(r.method) ? r.method : [r.method]) if (m !== "OPTIONS") set.add(m);
    byPath.set(r.url, set);
  });
  return (path) => [...(byPath.get(path) ?? [])];
}
