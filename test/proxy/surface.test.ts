/** The surface: no open relay, body checks and limits, CORS allow-list, optional static files. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { CREATE, call, createBody, startStack, type Stack } from "./support";

const ADDIN = "https://addin.example.com";
let stack: Stack;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), "proxy-static-"));
  writeFileSync(join(staticDir, "taskpane.html"), "<!doctype html><title>pane</title>");
  stack = await startStack({
    env: { PROXY_CORS_ORIGINS: `${ADDIN},https://localhost:3000`, PROXY_STATIC_DIR: staticDir },
  });
});
afterAll(async () => {
  await stack.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe("no open relay", () => {
  it.each([
    ["POST", "/open-apis/im/v1/messages?receive_id_type=open_id"],
    ["POST", "/open-apis/attendance/v1/user_approvals/"],
    ["POST", "/open-apis/attendance/v1/../../contact/v3/users"],
    ["GET", "/missing.js"],
  ])("%s %s → 404 in Feishu's envelope", async (method, path) => {
    const a = await call(stack.url, method, path, { body: method === "POST" ? {} : undefined });
    expect(a.status).toBe(404);
    expect(a.body.code).toBe(PROXY_CODES.notFound);
    expect(a.body.msg).toMatch(/does not relay/);
  });
});

describe("wrong methods on known paths", () => {
  it.each([
    ["GET", "/open-apis/attendance/v1/user_approvals?employee_type=employee_id", "POST"],
    ["DELETE", "/open-apis/attendance/v1/user_approvals", "POST"],
    ["PUT", "/open-apis/contact/v3/users/batch_get_id", "POST"],
    ["GET", "/open-apis/auth/v3/tenant_access_token/internal", "POST"],
    ["POST", "/healthz", "GET, HEAD"],
    ["DELETE", "/self-check", "GET, HEAD"],
  ])("%s %s → 405 with Allow: %s", async (method, path, allow) => {
    const a = await call(stack.url, method, path, {
      body: method === "POST" || method === "PUT" ? {} : undefined,
    });
    expect(a.status).toBe(405);
    expect(a.headers.allow).toBe(allow);
    expect(a.body.code).toBe(PROXY_CODES.notFound);
    expect(a.body.msg).toMatch(new RegExp(`does not relay ${method} ${path.split("?")[0]}; use ${allow}`));
  });
});

describe("body and query checks", () => {
  it.each<[string, string, unknown, Record<string, string>, RegExp]>([
    ["a body that is not JSON", CREATE, "{not json", {}, /not valid JSON/],
    [
      "a body failing the schema",
      CREATE,
      { user_approval: { user_id: "E0001", date: "2026-03-02" } },
      {},
      /user_approval\.date/,
    ],
    [
      "a missing employee_type",
      "/open-apis/attendance/v1/user_approvals",
      createBody("q-1"),
      {},
      /query employee_type/,
    ],
    [
      "an unknown employee_type",
      "/open-apis/attendance/v1/user_approvals?employee_type=email",
      createBody("q-2"),
      {},
      /employee_type/,
    ],
    [
      "a non-JSON content type",
      CREATE,
      "user_id=E0001",
      { "content-type": "text/plain" },
      /Content-Type: application\/json/,
    ],
    [
      "too many emails",
      "/open-apis/contact/v3/users/batch_get_id",
      { emails: Array.from({ length: 51 }, (_, i) => `u${i}@x.com`) },
      {},
      /emails/,
    ],
  ])("refuses %s with 400", async (_name, path, body, headers, msg) => {
    const a = await call(stack.url, "POST", path, { body, headers, key: "pk_other" });
    expect(a.status).toBe(400);
    expect(a.body.code).toBe(PROXY_CODES.badRequest);
    expect(a.body.msg).toMatch(msg);
    expect(stack.emu.countsByIdempotentId().size).toBe(0);
  });

  it("refuses a body over 256 KB with 413", async () => {
    const big = createBody("big");
    big.user_approval.leaves[0].reason = "x".repeat(300 * 1024);
    const a = await call(stack.url, "POST", CREATE, {
      body: big,
      key: "pk_other",
      headers: { origin: ADDIN },
    });
    expect(a.status).toBe(413);
    expect(a.headers["access-control-allow-origin"]).toBe(ADDIN); // the pane can read it
    expect(a.body.code).toBe(PROXY_CODES.bodyTooLarge);
    expect(stack.emu.records()).toHaveLength(0);
  });
});

describe("relayed answers", () => {
  it("keep the upstream status, body, content type and x-ogw-ratelimit-* headers, and nothing else of the upstream's", async () => {
    const text = JSON.stringify({ code: 99991400, msg: "request trigger frequency limit" });
    const relayed = await startStack({
      deps: {
        relay: async () => ({
          status: 429,
          headers: {
            "content-type": "application/json; charset=utf-8",
            "x-ogw-ratelimit-limit": "50",
            "x-ogw-ratelimit-reset": "1",
            "set-cookie": ["upstream=1"],
            server: "upstream",
          },
          body: Buffer.from(text),
          text,
          json: JSON.parse(text) as unknown,
          code: 99991400,
        }),
      },
    });
    try {
      const a = await call(
        relayed.url,
        "POST",
        "/open-apis/attendance/v1/user_approvals/query?employee_type=employee_id",
        { body: { user_ids: ["E0001"], check_date_from: 20260301, check_date_to: 20260302 } },
      );
      expect(a.status).toBe(429);
      expect(a.text).toBe(text);
      expect(a.headers).toMatchObject({
        "x-ogw-ratelimit-limit": "50",
        "x-ogw-ratelimit-reset": "1",
        "content-type": "application/json; charset=utf-8",
      });
      expect(a.headers["set-cookie"]).toBeUndefined();
      expect(a.headers.server).toBeUndefined();
    } finally {
      await relayed.close();
    }
  });
});

describe("CORS allow-list", () => {
  const preflight = (origin: string) =>
    call(stack.url, "OPTIONS", CREATE, {
      key: null,
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });

  it("answers a preflight from an allowed origin", async () => {
    const a = await preflight(ADDIN);
    expect(a.status).toBe(204);
    expect(a.headers["access-control-allow-origin"]).toBe(ADDIN);
    expect(String(a.headers["access-control-allow-methods"])).toMatch(/POST/);
    expect(String(a.headers["access-control-allow-headers"])).toMatch(/Authorization/);
    expect(String(a.headers["access-control-allow-headers"])).toMatch(/Content-Type/);
    // The retry budget's headers: the most sends allowed, and how long the pane waits for the answer.
    expect(String(a.headers["access-control-allow-headers"])).toMatch(/x-proxy-max-sends/);
    expect(String(a.headers["access-control-allow-headers"])).toMatch(/x-proxy-timeout-ms/);
  });

  it("gives a refused origin no CORS headers at all", async () => {
    const a = await preflight("https://evil.example.com");
    expect(a.headers["access-control-allow-origin"]).toBeUndefined();
    expect(a.headers["access-control-allow-methods"]).toBeUndefined();
    const b = await call(stack.url, "GET", "/healthz", { headers: { origin: "https://evil.example.com" } });
    expect(b.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("marks real answers to an allowed origin and exposes the request id", async () => {
    const a = await call(stack.url, "GET", "/healthz", {
      headers: { origin: "https://localhost:3000", "x-request-id": "req-42" },
    });
    expect(a.headers["access-control-allow-origin"]).toBe("https://localhost:3000");
    expect(a.headers["x-request-id"]).toBe("req-42");
    expect(String(a.headers["access-control-expose-headers"])).toMatch(/x-ogw-ratelimit-reset/);
  });
});

describe("static add-in files", () => {
  it("serves the built pane from PROXY_STATIC_DIR", async () => {
    const a = await call(stack.url, "GET", "/taskpane.html", { key: null });
    expect(a.status).toBe(200);
    expect(a.text).toContain("<title>pane</title>");
  });
});
