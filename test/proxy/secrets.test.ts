/** Logs (at trace level) and the audit file are searched: no app secret, key, key hash or tenant token in them. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { hashApiKey } from "../../src/proxy/api-keys";
import { connect } from "node:net";
import * as lark from "@larksuiteoapi/node-sdk";
import { STUB_APP } from "../support/feishu-stub";
import {
  APP_SECRET,
  CREATE,
  KEY,
  call,
  createBody,
  leave,
  startStack,
  startStubStack,
  type Stack,
} from "./support";

let stack: Stack;
beforeAll(
  async () =>
    (stack = await startStack({
      emulator: { faults: { lostResponseRate: 0.3 }, seed: 7 },
      env: { PROXY_UPSTREAM_TIMEOUT_MS: "300" },
    })),
);
afterAll(() => stack.close());

it("never writes a secret, key or token to the logs or the audit file", async () => {
  for (let i = 0; i < 8; i++) await call(stack.url, "POST", CREATE, { body: createBody(`s-${i}`) });
  await call(stack.url, "POST", CREATE, { body: createBody("s-bad"), key: "pk_wrong_key_also_secret" });
  await call(stack.url, "POST", CREATE, { body: "{broken", headers: { "content-type": "application/json" } });
  await call(stack.url, "GET", "/self-check");
  await call(stack.url, "POST", "/open-apis/auth/v3/tenant_access_token/internal", {
    key: null,
    body: { app_id: "x", app_secret: APP_SECRET },
  });
  stack.emu.expireAllTokens();
  await call(stack.url, "POST", FEISHU_BATCH, { body: { emails: [] } });
  const token = await stack.proxy.deps.tokens.get();
  expect(token).toMatch(/^t-/);
  await stack.proxy.deps.audit.close();

  const logs = stack.logs.join("");
  const audit = readdirSync(dirname(stack.auditFile))
    .map((f) => readFileSync(`${dirname(stack.auditFile)}/${f}`, "utf8"))
    .join("");
  // The logs are real: they carry request ids, callers and a refusal.
  expect(logs).toMatch(/"reqId":"[0-9a-f-]{36}"/);
  expect(logs).toContain('"caller":"key:clerks"');
  expect(logs).toContain("refused caller");
  expect(audit.split("\n").filter(Boolean).length).toBeGreaterThanOrEqual(9);
  expect(audit).toContain('"outcome":"unknown"');
  for (const secret of [APP_SECRET, KEY, "pk_wrong_key_also_secret", hashApiKey(KEY), token, "Bearer "]) {
    expect(logs).not.toContain(secret);
    expect(audit).not.toContain(secret);
  }
  expect(logs).not.toMatch(/t-[0-9a-f]{40}/);
});

const FEISHU_BATCH = "/open-apis/contact/v3/users/batch_get_id";

it("never logs a key, the app secret, the tenant token or a proxy token at trace level, SDK default mode and bad requests included", async () => {
  const s = await startStubStack();
  try {
    const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
    const client = new lark.Client({ appId: "clerks", appSecret: KEY, domain: s.url, logger: quiet });
    const created = await client.attendance.userApproval.create({
      params: { employee_type: "employee_id" },
      data: {
        user_approval: {
          user_id: "E0001",
          date: "20260302",
          leaves: [leave({ idempotent_id: "sec-1" }) as never],
        },
      },
    });
    expect(created.code).toBe(0);
    const issued = await call(s.url, "POST", TOKEN_PATH, {
      key: null,
      body: { app_id: "x", app_secret: KEY },
    });
    const proxyToken = issued.body.tenant_access_token as string;
    await call(s.url, "POST", TOKEN_PATH, { key: null, body: `{"app_id":"x","app_secret":"${KEY}"` });
    await call(s.url, "POST", TOKEN_PATH, {
      key: null,
      body: { app_id: "x", app_secret: "pk_wrong_key_also_secret" },
    });
    await call(s.url, "POST", CREATE, { key: proxyToken, body: `{"user_approval":"${KEY}"` });
    await call(s.url, "POST", CREATE, { key: `${proxyToken}x`, body: createBody("sec-2") });
    await new Promise<void>((resolve) => {
      const sock = connect(Number(new URL(s.url).port), "127.0.0.1", () =>
        sock.end(`POST ${CREATE} HTTP/1.1\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: x\r\n\r\n`),
      );
      sock.on("close", () => resolve());
      sock.resume();
    });
    const logs = s.logs.join("");
    expect(logs).toContain('"caller":"key:clerks"'); // the logs are real
    for (const secret of [
      KEY,
      "pk_wrong_key_also_secret",
      STUB_APP.appSecret,
      s.stub.token,
      proxyToken,
      "Bearer ",
    ])
      expect(logs).not.toContain(secret);
  } finally {
    await s.close();
  }
});

const TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
