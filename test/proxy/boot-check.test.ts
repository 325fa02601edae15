/**
 * The proxy checks the Feishu credentials at boot (one tenant-token fetch) and says so loudly in
 * its log and in /healthz when Feishu refuses them, while it keeps serving so /self-check can
 * explain. Real sockets: the emulator configured with another secret than the proxy's.
 */
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { NO_BOOT_CHECK, healthBody } from "../../src/proxy/boot-check";
import { APP_SECRET, call, startStack, type Stack } from "./support";

const errorLines = (s: Stack) =>
  s.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 50);

describe("boot check of the Feishu credentials", () => {
  it("says loudly when Feishu refuses them, and keeps serving /self-check", async () => {
    const stack = await startStack({ emulator: { appSecret: "the-emulator-expects-another-secret" } });
    try {
      expect(await stack.proxy.boot.done).toBe("credentials_refused");
      const health = await call(stack.url, "GET", "/healthz", { key: null });
      expect(health.status).toBe(200);
      expect(health.body.code).toBe(PROXY_CODES.tokenUnavailable);
      expect(health.body.data).toEqual({ feishu: "credentials_refused" });
      expect(String(health.body.msg)).toMatch(/FEISHU REFUSED THE PROXY'S APP CREDENTIALS/);
      expect(String(health.body.msg)).toMatch(/飞书拒绝了代理的应用凭证/);
      const [line] = errorLines(stack);
      expect(line).toMatchObject({ feishu: "credentials_refused", app_id: stack.config.feishu.appId });
      expect(String(line.msg)).toMatch(/FEISHU_APP_SECRET/);
      expect(stack.logs.join("\n")).not.toContain(APP_SECRET);
      const check = await call(stack.url, "GET", "/self-check");
      expect([check.status, check.body.ok, (check.body.token as { ok: boolean }).ok]).toEqual([
        200,
        false,
        false,
      ]);
    } finally {
      await stack.close();
    }
  });

  it("says Feishu is out of reach when it cannot be reached", async () => {
    const stack = await startStack({ upstreamUrl: "http://127.0.0.1:9" });
    try {
      expect(await stack.proxy.boot.done).toBe("unreachable");
      const health = await call(stack.url, "GET", "/healthz", { key: null });
      expect([health.status, health.body.code, health.body.data]).toEqual([
        200,
        PROXY_CODES.upstreamUnreachable,
        { feishu: "unreachable" },
      ]);
      expect(errorLines(stack)[0]).toMatchObject({ feishu: "unreachable" });
    } finally {
      await stack.close();
    }
  });

  it("answers ok, with no error logged, when Feishu accepts them", async () => {
    const stack = await startStack();
    try {
      expect(await stack.proxy.boot.done).toBe("ok");
      const health = await call(stack.url, "GET", "/healthz", { key: null });
      expect(health.body).toEqual({ code: 0, msg: "ok", data: { feishu: "ok" } });
      expect(errorLines(stack)).toEqual([]);
    } finally {
      await stack.close();
    }
  });
});

it("/healthz says when the development key is accepted (emulator only), so `npm start` can print it", () => {
  expect(healthBody(NO_BOOT_CHECK, true).data).toEqual({ feishu: "ok", dev_key: true });
  expect(healthBody(NO_BOOT_CHECK, false).data).toEqual({ feishu: "ok" });
});
