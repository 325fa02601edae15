/**
 * Sign-in with Microsoft (Entra ID) in a real browser, in both languages: the playground page
 * with a deployment configuration in Entra mode, the real MSAL.js nested-app-authentication
 * code talking to a double of Office's broker (test/support/naa-broker-double.ts), tokens
 * from the local OpenID Connect stand-in, and the real proxy trusting that issuer with app
 * roles for writing and revoking.
 */
import { isRevokedStatus } from "../../src/core/records/feishu-record";
import type { Page } from "playwright-core";
import { createProxyClient } from "../../src/client/proxy-client";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { naaBrokerDoubleScript, type NaaBrokerRecord } from "../support/naa-broker-double";
import {
  startOidcIssuer,
  TEST_SPA_CLIENT_ID,
  type DirectoryUser,
  type OidcIssuer,
} from "../support/oidc-issuer";
import { launchBrowser, shot, type Browser } from "./support/browser";
import { PlaygroundPage, type Lang } from "./support/playground";
import { startStack, type Stack } from "./support/stack";

jest.setTimeout(150_000);

const HR_GROUP = "5c0ffee0-0000-4000-8000-00000000a11e";
const user = (name: string, username: string, n: number, roles: string[], groups = [HR_GROUP]) =>
  ({ name, username, oid: `0000000${n}-1111-4222-8333-444444444444`, roles, groups }) as DirectoryUser;
const WRITER = user("李雷", "li.lei@contoso.com", 1, ["Attendance.Write"]);
const REVOKER = user("王芳", "wang.fang@contoso.com", 2, ["Attendance.Write", "Attendance.Revoke"]);
const READER = user("赵敏", "zhao.min@contoso.com", 3, []);
const OUTSIDER = user("孙强", "sun.qiang@contoso.com", 4, ["Attendance.Write"], ["sales-group"]);

const WORDS = {
  "en-US": {
    signedInAs: "Signed in as 李雷 (li.lei@contoso.com)",
    signedInRevoker: "Signed in as 王芳 (wang.fang@contoso.com)",
    signOut: "Sign out",
    signIn: "Sign in with Microsoft",
    signedOut: "Not signed in.",
    needsSignIn: 'Sign in with Microsoft under "Setup" first.',
    noWriteRole: "you do not have the role to write records",
    rowRefused: "Your Microsoft account does not have the role this needs",
    expired: "Your Microsoft sign-in has expired.",
    expiredAdvice: "Sign out and sign in again",
    wrongAudience: "it was issued for another app (wrong audience)",
    wrongAudienceAdvice: "What to do (IT)",
    outsider: "you are not in a group allowed to use this proxy",
    outsiderAdvice: "Ask IT to add you to the attendance add-in's user group.",
    good: ["E0001", "Annual leave", "2026-01-05 09:00", "2026-01-05 18:00", "Day", "1", "Family"],
  },
  "zh-CN": {
    signedInAs: "已登录：李雷（li.lei@contoso.com）",
    signedInRevoker: "已登录：王芳（wang.fang@contoso.com）",
    signOut: "退出登录",
    signIn: "使用 Microsoft 帐户登录",
    signedOut: "尚未登录。",
    needsSignIn: "请先在「设置」中使用 Microsoft 帐户登录。",
    noWriteRole: "但您没有写入记录的角色",
    rowRefused: "您的 Microsoft 账号没有此操作所需的角色",
    expired: "您的 Microsoft 登录已过期。",
    expiredAdvice: "请退出登录后重新登录",
    wrongAudience: "登录是为另一个应用签发的（受众不符）",
    wrongAudienceAdvice: "处理办法（需 IT）：",
    outsider: "不在允许使用此代理的用户组中",
    outsiderAdvice: "请 IT 把您加入考勤加载项的用户组。",
    good: ["E0001", "年假", "2026-01-05 09:00", "2026-01-05 18:00", "天", "1", "家事"],
  },
} as const;

describe.each<Lang>(["en-US", "zh-CN"])("Entra sign-in in the playground (%s)", (lang) => {
  const w = WORDS[lang];
  let issuer: OidcIssuer;
  let stack: Stack;
  let browser: Browser;
  const snap = (page: Page, step: string, focus?: string) => shot(page, `${lang}-entra-${step}`, focus);

  beforeAll(async () => {
    issuer = await startOidcIssuer({ users: [WRITER, REVOKER, READER, OUTSIDER] });
    stack = await startStack({
      proxyEnv: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_ALLOWED_GROUPS: HR_GROUP,
        ENTRA_WRITE_ROLES: "Attendance.Write",
        ENTRA_REVOKE_ROLES: "Attendance.Revoke",
      },
    });
    browser = await launchBrowser(lang);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await issuer?.close();
  });
  afterEach(() => {
    issuer.fault = null;
  });

  /** A fresh pane whose "Office" has `officeUser` signed in; the deployment is in Entra mode. */
  async function openPane(officeUser: DirectoryUser | null, popupUser: DirectoryUser = WRITER) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      // Each pane starts from a clean device: no settings, no sign-out flag, no MSAL cache.
      if (!sessionStorage.getItem("entra-test")) {
        localStorage.clear();
        sessionStorage.setItem("entra-test", "1");
      }
    });
    await page.addInitScript({
      content: naaBrokerDoubleScript({
        tokenEndpoint: issuer.tokenEndpoint,
        clientId: TEST_SPA_CLIENT_ID,
        tenantId: issuer.tenantId,
        officeUser: officeUser?.username ?? null,
        popupUser: popupUser.username,
      }),
    });
    await page.route(
      (url) => url.pathname === "/entra-config.json",
      (route) =>
        route.fulfill({
          json: {
            authMode: "entra",
            tenantId: issuer.tenantId,
            clientId: TEST_SPA_CLIENT_ID,
            apiScope: `api://${issuer.audience}/access_as_user`,
          },
        }),
    );
    await page.goto(`${stack.url}/playground.html?lang=${lang}&config=/entra-config.json`);
    await page.waitForSelector("main[data-ready]");
    return new PlaygroundPage(page, lang);
  }
  const broker = (p: PlaygroundPage) =>
    p.page.evaluate(() => (window as unknown as { __naaBroker: NaaBrokerRecord }).__naaBroker);
  const connection = async (p: PlaygroundPage) => {
    const result = p.page.getByTestId("connection-result");
    await result.waitFor();
    return (await result.textContent()) ?? "";
  };

  test("Entra: signs in silently as the Office account, with no key to type, and sends", async () => {
    const p = await openPane(WRITER);
    await p.page.getByTestId("signed-in-as").waitFor();
    expect(await p.page.getByTestId("signed-in-as").textContent()).toBe(w.signedInAs);
    expect(await p.page.getByLabel(p.w.apiKey).count()).toBe(0);
    expect(await connection(p)).toContain(p.w.connected);
    const calls = await broker(p);
    expect(calls.methods).toEqual(expect.arrayContaining(["GetInitContext", "GetToken"]));
    expect(calls.methods).not.toContain("GetTokenPopup");
    expect(calls.scopes[0]).toContain(`api://${issuer.audience}/access_as_user`);
    await snap(p.page, "01-signed-in", "sign-in");

    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.cell("A1").waitFor();
    await p.typeRow(2, [...w.good]);
    await p.tab(p.w.tabCheck);
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    await p.tab(p.w.tabSubmit);
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(async () => /\b1\b/.test((await button.textContent()) ?? ""), "1 row to send");
    await button.click();
    await p.page.getByTestId("submit-summary").waitFor();
    expect(await p.figure("submit-summary", "written")).toBe(1);
    const approval = await p.column(p.w.approvalId);
    await p.waitFor(async () => (await p.text(`${approval}2`)) !== "", "approval id in the grid");
    expect(stack.emulator.records().map((r) => r.approval_id)).toContain(await p.text(`${approval}2`));
    await snap(p.page, "02-sent", "submit-summary");
    await p.page.close();
  });

  test("Entra: revoke needs the revoke role (through the pane's proxy client, with tokens from the issuer)", async () => {
    const record = stack.emulator.records().find((r) => r.status === 2);
    expect(record).toBeDefined();
    const clientFor = (u: DirectoryUser) =>
      createProxyClient({ baseUrl: stack.url, credential: () => issuer.accessToken({ user: u }) });
    const refused = await clientFor(WRITER).revoke(record!.approval_id, "leave");
    expect([refused.kind, refused.code, refused.httpStatus]).toEqual([
      "permission",
      PROXY_CODES.missingRole,
      403,
    ]);
    expect(refused.message[lang === "zh-CN" ? "zh" : "en"]).toBe(w.rowRefused);
    expect(stack.emulator.records().find((r) => r.approval_id === record!.approval_id)?.status).toBe(2);
    const revoked = await clientFor(REVOKER).revoke(record!.approval_id, "leave");
    expect([revoked.kind, revoked.code]).toEqual(["ok", 0]);
    // Revoked: the emulator shows 3, Feishu may show 3 or 4 (docs/feishu-api.md §10.3).
    const after = stack.emulator.records().find((r) => r.approval_id === record!.approval_id)?.status;
    expect(isRevokedStatus(after ?? 0)).toBe(true);
  });

  test("Entra: sign out, then sign in again through the broker's window", async () => {
    const p = await openPane(null, REVOKER);
    const section = p.page.getByTestId("sign-in");
    await p.waitFor(async () => (await section.getAttribute("data-state")) === "signed-out", "signed out");
    expect(await section.textContent()).toContain(w.signedOut);
    await p.page.getByRole("button", { name: w.signIn }).click();
    await p.page.getByTestId("signed-in-as").waitFor();
    expect(await p.page.getByTestId("signed-in-as").textContent()).toBe(w.signedInRevoker);
    expect((await broker(p)).methods).toContain("GetTokenPopup");
    expect(await connection(p)).toContain(p.w.connected);
    await p.page.getByRole("button", { name: w.signOut }).click();
    await p.waitFor(
      async () => (await section.getAttribute("data-state")) === "signed-out",
      "signed out again",
    );
    expect(await p.page.getByTestId("connection-result").count()).toBe(0);
    // Signed out stays signed out on the next start: no silent sign-in.
    await p.page.reload();
    await p.page.waitForSelector("main[data-ready]");
    await p.waitFor(
      async () => (await section.getAttribute("data-state")) === "signed-out",
      "still signed out",
    );
    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.cell("A1").waitFor();
    await p.tab(p.w.tabCheck);
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    await p.page.getByTestId("check-counts").waitFor();
    await p.tab(p.w.tabSubmit);
    expect(await p.page.getByRole("tabpanel").textContent()).toContain(w.needsSignIn);
    await snap(p.page, "03-signed-out");
    await p.page.close();
  });

  test("Entra: a clerk without the write role is told so, and every row sent is refused with the reason", async () => {
    const p = await openPane(READER);
    expect(await connection(p)).toContain(w.noWriteRole);
    await p.page.getByRole("button", { name: p.w.createTemplate }).click();
    await p.cell("A1").waitFor();
    await p.typeRow(2, ["E0009", ...w.good.slice(1)]);
    await p.tab(p.w.tabCheck);
    await p.page.getByRole("button", { name: p.w.checkAll }).click();
    await p.tab(p.w.tabSubmit);
    const button = p.page.getByTestId("submit-button");
    await p.waitFor(async () => /\b1\b/.test((await button.textContent()) ?? ""), "1 row to send");
    const before = stack.emulator.records().length;
    await button.click();
    await p.page.getByTestId("submit-summary").waitFor();
    expect(await p.figure("submit-summary", "failed")).toBe(1);
    const message = await p.column(p.w.message);
    await p.waitFor(async () => (await p.text(`${message}2`)).includes(w.rowRefused), "refusal in the row");
    expect(stack.emulator.records()).toHaveLength(before);
    await snap(p.page, "04-no-write-role", "submit-summary");
    await p.page.close();
  });

  test.each<[string, () => void, DirectoryUser, string, string]>([
    ["an expired token", () => (issuer.fault = "expired"), WRITER, w.expired, w.expiredAdvice],
    [
      "a wrong audience",
      () => (issuer.fault = "wrong_audience"),
      WRITER,
      w.wrongAudience,
      w.wrongAudienceAdvice,
    ],
    ["a user outside the allowed groups", () => undefined, OUTSIDER, w.outsider, w.outsiderAdvice],
  ])("Entra: a clear message for %s", async (name, arrange, officeUser, headline, advice) => {
    arrange();
    const p = await openPane(officeUser);
    await p.page.getByTestId("signed-in-as").waitFor();
    const text = await connection(p);
    expect(text).toContain(headline);
    expect(text).toContain(advice);
    await snap(p.page, `05-${name.replace(/\W+/g, "-")}`, "connection-result");
    await p.page.close();
  });
});
