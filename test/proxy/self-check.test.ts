/** /self-check answers machine-readable codes: a refused token, and a call whose scope the app lacks. */
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { call, startStack, type Stack } from "./support";

let stacks: Stack[] = [];
afterEach(async () => {
  await Promise.all(stacks.map((s) => s.close()));
  stacks = [];
});
const start = async (o: Parameters<typeof startStack>[0]) => {
  const s = await startStack(o);
  stacks.push(s);
  return s;
};

it("a wrong app secret: the token is refused with the proxy's code, no call is usable", async () => {
  const s = await start({ env: { FEISHU_APP_SECRET: "not-the-secret" } });
  const a = await call(s.url, "GET", "/self-check");
  expect(a.body).toMatchObject({
    ok: false,
    token: { ok: false, code: PROXY_CODES.tokenUnavailable },
    calls: { create: false, query: false, process: false, batchGetId: false },
  });
  expect((a.body.token as { message: string }).message).toMatch(/app secret invalid|10014/);
});

it("an app without the contact scope: batch_get_id alone is unusable, with code 99991672", async () => {
  const scoped = await start({
    emulator: { appScopes: ["attendance:task", "attendance:task:readonly"] },
  });
  const a = await call(scoped.url, "GET", "/self-check");
  expect(a.body).toMatchObject({
    ok: false,
    token: { ok: true, code: null },
    calls: { create: true, query: true, process: true, batchGetId: false },
    callCodes: { batchGetId: 99991672 },
  });
  expect((a.body.callCodes as { create: number | null }).create).not.toBe(99991672);
});
