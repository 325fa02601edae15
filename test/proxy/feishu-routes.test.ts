/**
 * The audit names the clerk in API-key mode: the add-in's client sends the name the clerk gave
 * (PROXY_HEADERS.declaredName), the proxy lets a browser send it (CORS) and keeps it as
 * `declared_name` beside the key's name, never as the authenticated user.
 */
import { createProxyClient } from "../../src/client/proxy-client";
import { DECLARED_NAME_MAX } from "../../src/core/feishu/declared-name";
import { PROXY_HEADERS } from "../../src/core/feishu/proxy-codes";
import type { PreparedRecord } from "../../src/core/model";
import { CREATE, KEY, call, createBody, startStack, type Stack } from "./support";

let stack: Stack;
beforeAll(async () => (stack = await startStack({ env: { PROXY_CORS_ORIGINS: "https://localhost:3000" } })));
afterAll(() => stack.close());

const record = (key: string): PreparedRecord => ({
  kind: "leave",
  row: 0,
  key,
  fingerprint: key,
  employeeType: "employee_id",
  body: createBody(key) as PreparedRecord["body"],
});

const auditOf = async (id: string) => {
  await new Promise((r) => setTimeout(r, 250)); // the audit file is written every 100 ms
  return stack.audit().filter((e) => (e.idempotent_ids as string[]).includes(id));
};

describe("declared_name in the audit", () => {
  it.each([
    ["a Chinese name", "王芳（人事部）", "王芳（人事部）"],
    ["an English name", "Wang Fang", "Wang Fang"],
    ["an overlong name, cut", "x".repeat(DECLARED_NAME_MAX + 20), "x".repeat(DECLARED_NAME_MAX)],
  ])("keeps %s beside the key's name, apart from user_name", async (_, given, kept) => {
    const id = `declared-${given.length}-${given.charCodeAt(0)}`;
    const client = createProxyClient({ baseUrl: stack.url, credential: KEY, declaredName: given });
    const result = await client.transport.create(record(id));
    expect("answer" in result && (result.answer.body as { code: number }).code).toBe(0);
    const [entry] = await auditOf(id);
    expect([entry.caller, entry.user_name, entry.user_oid, entry.declared_name]).toEqual([
      "key:clerks",
      null,
      null,
      kept,
    ]);
  });

  it("is null when none, or a broken one, was sent, and the call still goes through", async () => {
    const none = await call(stack.url, "POST", CREATE, { body: createBody("declared-none") });
    const broken = await call(stack.url, "POST", CREATE, {
      body: createBody("declared-broken"),
      headers: { [PROXY_HEADERS.declaredName]: "%E4%B8" },
    });
    expect([none.body.code, broken.body.code]).toEqual([0, 0]);
    expect((await auditOf("declared-none"))[0].declared_name).toBeNull();
    expect((await auditOf("declared-broken"))[0].declared_name).toBeNull();
  });

  it("may be sent by the add-in's page (CORS preflight)", async () => {
    const a = await call(stack.url, "OPTIONS", CREATE, {
      key: null,
      headers: {
        origin: "https://localhost:3000",
        "access-control-request-method": "POST",
        "access-control-request-headers": `authorization,content-type,${PROXY_HEADERS.declaredName}`,
      },
    });
    expect(a.status).toBe(204);
    expect(String(a.headers["access-control-allow-headers"]).toLowerCase()).toContain(
      PROXY_HEADERS.declaredName,
    );
  });
});
