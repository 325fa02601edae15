/** Logs (at trace level) and the audit file are searched: no app secret, key, key hash or tenant token in them. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { hashApiKey } from "../../src/proxy/api-keys";
import { APP_SECRET, CREATE, KEY, call, createBody, startStack, type Stack } from "./support";

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
