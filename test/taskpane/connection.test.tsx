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

  test("failures: CORS names the page; statuses, codes and browser errors go to IT's details only", () => {
    const cors = failureVerdict({ status: null, code: null, message: "", cause: "cors" }, URL);
    expect(cors.advice.zh).toBe("请 IT 把 加载项的地址 加入代理设置 PROXY_CORS_ORIGINS，然后重启代理。");
    expect(cors.advice.en).toContain("add the add-in's address to");
    const withOrigin = failureVerdict(
      { status: null, code: null, message: "", cause: "cors" },
      URL,
      "https://pane",
    );
    expect(withOrigin.advice.en).toContain("add https://pane to");
    const own = failureVerdict({ status: 503, code: 1790011, message: "The proxy is stopping" }, URL);
    expect(own.headline).toEqual({
      zh: `代理 ${URL} 无法完成连接测试。`,
      en: `The proxy at ${URL} could not answer the connection test.`,
    });
    expect(own.details).toBe("HTTP 503, code 1790011, The proxy is stopping");
  });

  test.each([
    ["a gateway's 504 (the dev server, the proxy down)", { status: 504, code: null, message: "" }],
    ["a gateway's 502", { status: 502, code: null, message: "Bad Gateway" }],
    ["no answer (the browser's Failed to fetch)", { status: null, code: null, message: "Failed to fetch" }],
  ])("%s reads: the proxy cannot be reached, and what to do", (_, failure) => {
    const v = failureVerdict(failure, URL);
    expect(v.headline).toEqual({ zh: `无法连接代理 ${URL}。`, en: `Cannot reach the proxy at ${URL}.` });
    expect(v.advice.en).toMatch(/ask IT whether the proxy is running/);
    expect(v.advice.zh).toMatch(/请 IT 确认代理正在运行/);
    expect(v.details).toContain(failure.status === null ? "no HTTP answer" : `HTTP ${failure.status}`);
  });

  test.each([
    [{ status: 504, code: null, message: "Failed to fetch" }],
    [{ status: 502, code: 1790004, message: "Feishu could not be reached" }],
    [{ status: 503, code: 1790010, message: "" }],
    [{ status: 500, code: 1790009, message: "" }],
    [{ status: 500, code: null, message: "<html>" }],
    [{ status: 401, code: 1790001, message: "" }],
    [{ status: null, code: null, message: "", cause: "cors" as const }],
  ])("no HTTP status, code or browser error where the clerk reads (%j)", (failure) => {
    const v = failureVerdict(failure, URL);
    for (const t of [v.headline, v.advice])
      for (const said of [t.zh, t.en]) {
        // The address and the settings IT is asked to change (PROXY_CORS_ORIGINS…) are names, not words.
        const text = said.replace(URL, "").replace(/\b[A-Z][A-Z_]{4,}\b/g, "");
        expect(text).not.toMatch(/HTTP|CORS|\b[45]\d\d\b|1790\d+|Failed to fetch|<html>/);
        if (said === t.zh) expect(text).not.toMatch(/\b(the|proxy|error|answer)\b/i);
      }
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
