/**
 * A key endpoint (JWKS) that misbehaves cannot hang sign-in or be hammered: over real sockets,
 * a local endpoint that sends its headers and then stalls, and one that answers 500. The
 * caller hears 503 "the proxy cannot check sign-ins now" (1790013), never "invalid token".
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { send, type Answer } from "../support/http";
import { startOidcIssuer, type DirectoryUser, type OidcIssuer } from "../support/oidc-issuer";
import { startStack, type Stack } from "./support";

type Mode = "ok" | "stall" | "500";
const USER: DirectoryUser = {
  name: "Wang Fang",
  username: "wang.fang@contoso.com",
  oid: "aaaaaaaa-0000-4000-8000-000000000001",
};
const TIMEOUT_MS = 500;

describe("the tenant's signing keys, fetched under a deadline with back-off", () => {
  let issuer: OidcIssuer;
  let keys: Server;
  let mode: Mode = "ok";
  let fetches = 0;
  const stalled: ServerResponse[] = [];
  let stack: Stack | undefined;

  beforeAll(async () => {
    issuer = await startOidcIssuer();
    const published = await (await fetch(issuer.jwksUrl)).text();
    keys = createServer((_req, res) => {
      fetches++;
      if (mode === "500") return void res.writeHead(500, { "content-type": "text/plain" }).end("down");
      res.writeHead(200, { "content-type": "application/json" });
      if (mode === "ok") return void res.end(published);
      res.write(published.slice(0, 20)); // headers and a first piece, then nothing
      stalled.push(res);
    });
    await new Promise<void>((r) => keys.listen(0, "127.0.0.1", r));
  });
  afterEach(async () => {
    await stack?.close();
    stack = undefined;
  });
  afterAll(async () => {
    keys.closeAllConnections();
    await new Promise((r) => keys.close(r));
    await issuer.close();
  });

  async function start(m: Mode): Promise<Stack> {
    mode = m;
    fetches = 0;
    stack = await startStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_JWKS_URL: `http://127.0.0.1:${(keys.address() as AddressInfo).port}/keys`,
        ENTRA_KEYS_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
    return stack;
  }
  /** The self-check with a fresh token; the answer, and how long it took (ms). */
  async function signIn(s: Stack): Promise<Answer & { ms: number }> {
    const token = await issuer.accessToken({ user: USER });
    const t = performance.now();
    const a = await send(`${s.url}/self-check`, "GET", {
      headers: { authorization: `Bearer ${token}` },
      timeoutMs: 4000,
    }).catch((e: Error) => ({ status: 0, headers: {}, body: {}, text: e.message }));
    return { ...a, ms: performance.now() - t };
  }
  const unavailable = (a: Answer) => [
    a.status,
    a.body.code,
    /cannot check sign-ins now/.test(a.body.msg ?? ""),
  ];

  it("answers 503 within the deadline when the endpoint stalls after its headers; later requests do not queue behind it", async () => {
    const s = await start("stall");
    const first = signIn(s);
    await new Promise((r) => setTimeout(r, 200));
    const second = signIn(s); // while the first fetch is stuck
    for (const a of await Promise.all([first, second])) {
      expect(unavailable(a)).toEqual([503, PROXY_CODES.signInUnavailable, true]);
      expect(a.ms).toBeLessThan(TIMEOUT_MS + 1000);
    }
    const third = await signIn(s); // the stuck fetch was abandoned; the back-off answers at once
    expect(unavailable(third)).toEqual([503, PROXY_CODES.signInUnavailable, true]);
    expect(third.ms).toBeLessThan(300);
    expect(fetches).toBe(1);
    for (const r of stalled.splice(0)) r.destroy();
  });

  it("backs off while the endpoint answers 500 (one fetch, not one per request), then recovers and keeps known keys", async () => {
    const s = await start("500");
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) answers.push(await signIn(s));
    expect(answers.map(unavailable)).toEqual(Array(5).fill([503, PROXY_CODES.signInUnavailable, true]));
    expect(answers[0].body.data).toBeUndefined(); // not a refusal: nothing is wrong with the sign-in
    expect(fetches).toBe(1);
    mode = "ok";
    await new Promise((r) => setTimeout(r, 1100)); // the first back-off is a second
    expect((await signIn(s)).status).toBe(200);
    expect(fetches).toBe(2);
    mode = "500"; // keys already fetched keep working while the endpoint is down
    expect((await signIn(s)).status).toBe(200);
    expect(fetches).toBe(2);
  });
});
