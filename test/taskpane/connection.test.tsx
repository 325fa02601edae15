/**
 * The connection verdicts read the same in both languages as the clerk has always seen them,
 * now from the catalogue: placeholders filled, lists joined per language, the lead and the
 * fixer in their places.
 */
import type { SelfCheck } from "../../src/client/types";
import { connectionVerdict, verdictText } from "../../src/taskpane/connection";
import { failureVerdict } from "../../src/taskpane/connection-failure";
import { refusalVerdict } from "../../src/taskpane/connection-refusal";
import { setupVerdict } from "../../src/taskpane/setup-verdict";

const URL = "https://proxy.example.com";
const check = (over: Partial<SelfCheck> = {}): SelfCheck => ({
  ok: true,
  upstream: "feishu",
  baseUrl: "https://open.feishu.cn",
  appId: "cli_1",
  token: { ok: true, code: null, message: "" },
  calls: { create: true, query: true, process: true, batchGetId: true },
  caller: "key:hr",
  pacePerSecond: 40,
  ...over,
});

describe("connection verdicts", () => {
  test("connected, with what the caller may not do", () => {
    const v = connectionVerdict({ ok: true, check: check({ may: { write: false, revoke: false } }) }, URL);
    expect(v.ok).toBe(true);
    expect(v.headline).toEqual({ zh: "已连接到飞书。", en: "Connected to Feishu." });
    expect(v.advice.en).toBe(
      "The proxy sends up to 40 records a second. But you do not have the role to write records, so sending will be refused: ask IT for the write role.",
    );
    expect(v.advice.zh).toBe(
      "代理每秒最多发送 40 条。但您没有写入记录的角色，提交会被拒绝：请 IT 为您分配写入角色。",
    );
  });

  test("calls that do not work are listed in each language's way", () => {
    const v = connectionVerdict(
      {
        ok: true,
        check: check({ ok: false, calls: { create: true, query: false, process: false, batchGetId: true } }),
      },
      URL,
    );
    expect(v.headline).toEqual({
      zh: "已连接应用 cli_1，但这些操作不可用：查询已写入的记录、撤销记录。",
      en: "Connected as app cli_1, but these do not work: reading records back, revoking records.",
    });
    expect(v.advice.en).toContain(
      "attendance:task:readonly, attendance:task in the Feishu developer console",
    );
  });

  test("the emulator is named as such; an incomplete address is the clerk's", () => {
    const v = connectionVerdict(
      { ok: true, check: check({ upstream: "emulator", token: { ok: false, code: 1790004, message: "" } }) },
      URL,
    );
    expect(v.headline).toEqual({
      zh: "代理连不上飞书模拟器（测试用）。",
      en: "The proxy cannot reach the Feishu emulator (for testing).",
    });
    const a = connectionVerdict({ ok: true, check: check() }, "proxy.example.com");
    expect(a.fixer).toBe("clerk");
    expect(a.headline.zh).toBe("代理地址「proxy.example.com」不完整：缺少 https://。");
  });

  test("failures: CORS names the page, other errors the status and code", () => {
    const cors = failureVerdict({ status: null, code: null, message: "", cause: "cors" }, URL);
    expect(cors.advice.zh).toBe("请 IT 把 加载项的地址 加入代理设置 PROXY_CORS_ORIGINS，然后重启代理。");
    expect(cors.advice.en).toContain("add the add-in's address to");
    const withOrigin = failureVerdict(
      { status: null, code: null, message: "", cause: "cors" },
      URL,
      "https://pane",
    );
    expect(withOrigin.advice.en).toContain("add https://pane to");
    expect(failureVerdict({ status: 502, code: 1790011, message: "" }, URL).headline).toEqual({
      zh: "代理返回了错误（HTTP 502，1790011）。",
      en: "The proxy answered with an error (HTTP 502, 1790011).",
    });
    expect(failureVerdict({ status: 500, code: null, message: "" }, URL).headline.en).toBe(
      "The proxy answered with an error (HTTP 500).",
    );
  });

  test("the proxy cannot check sign-ins now: its own words in both languages, not a refused sign-in", () => {
    const v = failureVerdict({ status: 503, code: 1790013, message: "" }, URL);
    expect(v.headline).toEqual({
      zh: "代理现在无法核验 Microsoft 登录。",
      en: "The proxy cannot check Microsoft sign-ins right now.",
    });
    expect(v.fixer).toBe("it");
    expect(v.advice.en).toContain("ENTRA_JWKS_URL");
    const idToken = refusalVerdict({
      status: 401,
      code: 1790001,
      message: "",
      reason: "not_an_access_token",
    });
    expect(idToken?.headline.en).toBe(
      "The proxy does not accept this sign-in: it is not an access token for the attendance API.",
    );
  });

  test("a refused sign-in and a setup failure", () => {
    const r = refusalVerdict({ status: 401, code: 1790001, message: "", reason: "token_expired" });
    expect(r?.headline).toEqual({
      zh: "您的 Microsoft 登录已过期。",
      en: "Your Microsoft sign-in has expired.",
    });
    expect(refusalVerdict({ status: 401, code: 1790001, message: "", reason: "bad_key" })).toBeNull();
    expect(setupVerdict({ code: 99991403 }).headline.en).toBe(
      "The Feishu app has used up this month's call quota.",
    );
  });

  test("verdictText joins lead, headline, fixer and advice per language", () => {
    const v = setupVerdict({ code: 99991403 });
    const t = verdictText(v, { zh: "未提交：", en: "Not sent:" });
    expect(t.en).toMatch(
      /^Not sent: The Feishu app has used up this month's call quota\. \S.*Ask IT to raise the quota with Feishu\.$/,
    );
    expect(t.zh).toMatch(/^未提交：飞书应用本月的调用额度已用完。\S.*请 IT 联系飞书提高额度。$/);
    expect(verdictText(v).en.startsWith("The Feishu app")).toBe(true);
  });
});
