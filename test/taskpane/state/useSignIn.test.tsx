/**
 * Sign-in with Microsoft in the pane, with a fake SignInPort: silent sign-in, the visible
 * "Signed in as", sign-out that sticks, the sign-in button, no key field, IT's proxy address,
 * configuration problems, and the connection test's words for each refusal reason.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { RefusalReason } from "../../../src/core/feishu/proxy-codes";
import type { SelfCheckAnswer, SignedInUser, SignInPort } from "../../../src/taskpane/ports";
import { SIGNED_OUT_KEY } from "../../../src/taskpane/state/useSignIn";
import { harness, OK_CHECK, renderPane, SELF_CHECK } from "../fakes";

const WANG: SignedInUser = { name: "王芳", username: "wang.fang@contoso.com" };

class FakeSignIn implements SignInPort {
  calls: string[] = [];
  constructor(public officeUser: SignedInUser | null = WANG) {}
  async silent() {
    this.calls.push("silent");
    return this.officeUser;
  }
  async interactive() {
    this.calls.push("interactive");
    this.officeUser = { name: "李雷", username: "li.lei@contoso.com" };
    return this.officeUser;
  }
  async accessToken() {
    return "token";
  }
  async signOut() {
    this.calls.push("signOut");
  }
}

function entraHarness(o: { signIn?: FakeSignIn; answer?: SelfCheckAnswer; lang?: string } = {}) {
  const h = harness({ answer: o.answer, displayLanguage: o.lang });
  const signIn = o.signIn ?? new FakeSignIn();
  h.ports.signIn = signIn;
  h.ports.managedProxyUrl = "https://proxy.contoso.com";
  return { ...h, signIn };
}

describe("sign-in with Microsoft", () => {
  test("signs in silently, shows who, tests the connection with the sign-in, and asks for no key", async () => {
    const h = entraHarness();
    renderPane(h);
    expect((await screen.findByTestId("signed-in-as")).textContent).toBe(
      "Signed in as 王芳 (wang.fang@contoso.com)",
    );
    await screen.findByTestId("connection-result");
    expect(h.client.made).toEqual([{ baseUrl: "https://proxy.contoso.com", key: "(entra)" }]);
    expect(screen.queryByLabelText(/^API key/)).toBeNull();
    const url = screen.getByRole("textbox", { name: /Proxy address/ }) as HTMLInputElement;
    expect([url.value, url.readOnly]).toEqual(["https://proxy.contoso.com", true]);
    expect(screen.getByText("Set by IT for your organisation.")).toBeTruthy();
  });

  test("in Chinese, with full-width punctuation", async () => {
    renderPane(entraHarness({ lang: "zh-CN" }), "zh-CN");
    expect((await screen.findByTestId("signed-in-as")).textContent).toBe(
      "已登录：王芳（wang.fang@contoso.com）",
    );
  });

  test("sign-out sticks: the next start does not sign in silently; the button signs in", async () => {
    const h = entraHarness();
    const { unmount } = renderPane(h);
    await screen.findByTestId("signed-in-as");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Sign out" })));
    expect(screen.getByTestId("sign-in").getAttribute("data-state")).toBe("signed-out");
    expect(h.ports.store.getItem(SIGNED_OUT_KEY)).toBe("1");
    expect(screen.queryByTestId("connection-result")).toBeNull();
    unmount();
    renderPane(h);
    await waitFor(() => expect(screen.getByTestId("sign-in").getAttribute("data-state")).toBe("signed-out"));
    expect(h.signIn.calls).toEqual(["silent", "signOut"]);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Sign in with Microsoft" })));
    expect((await screen.findByTestId("signed-in-as")).textContent).toMatch(/李雷/);
    expect(h.ports.store.getItem(SIGNED_OUT_KEY)).toBe("0");
  });

  test("nobody signed in to Office: the pane offers the button; a failed sign-in says why", async () => {
    const signIn = new FakeSignIn(null);
    signIn.interactive = async () => {
      throw new Error("user_cancelled: the window was closed");
    };
    renderPane(entraHarness({ signIn }));
    const button = await screen.findByRole("button", { name: "Sign in with Microsoft" });
    expect(screen.getByText("Not signed in.")).toBeTruthy();
    await act(async () => fireEvent.click(button));
    expect(screen.getByTestId("sign-in-failed").textContent).toBe(
      "Sign-in did not finish. Try again; if it keeps failing, ask IT.Details for ITuser_cancelled: the window was closed",
    );
    // What MSAL said is for IT, folded away.
    expect(screen.getByTestId("it-details").hasAttribute("open")).toBe(false);
  });

  test("a signed-in caller without the write role is warned at the connection test", async () => {
    const answer: SelfCheckAnswer = {
      ok: true,
      check: { ...SELF_CHECK, may: { write: false, revoke: false } },
    };
    renderPane(entraHarness({ answer }));
    expect((await screen.findByTestId("connection-result")).textContent).toMatch(
      /you do not have the role to write records, so sending will be refused: ask IT for the write role/,
    );
  });

  const refused = (status: number, code: number, reason: RefusalReason): SelfCheckAnswer => ({
    ok: false,
    failure: { status, code, message: "refused", reason },
  });
  test.each<[RefusalReason, SelfCheckAnswer, RegExp, RegExp]>([
    [
      "token_expired",
      refused(401, 1790001, "token_expired"),
      /sign-in has expired/,
      /What to do: Sign out and sign in again/,
    ],
    [
      "wrong_audience",
      refused(401, 1790001, "wrong_audience"),
      /issued for another app \(wrong audience\)/,
      /What to do \(IT\): .*apiScope.*ENTRA_AUDIENCE/,
    ],
    [
      "wrong_tenant",
      refused(401, 1790001, "wrong_tenant"),
      /belongs to another organisation/,
      /work account/,
    ],
    [
      "bad_signature",
      refused(401, 1790001, "bad_signature"),
      /could not verify your Microsoft sign-in/,
      /What to do \(IT\)/,
    ],
    [
      "not_allowed",
      refused(403, 1790002, "not_allowed"),
      /not in a group allowed to use this proxy/,
      /add you to the attendance add-in's user group/,
    ],
  ])("a refusal for %s is explained", async (_reason, answer, headline, advice) => {
    renderPane(entraHarness({ answer }));
    const text = (await screen.findByTestId("connection-result")).textContent ?? "";
    expect(text).toMatch(headline);
    expect(text).toMatch(advice);
  });

  test("API-key deployments show no sign-in, and a bad configuration is shown for IT", async () => {
    const h = harness({ answer: OK_CHECK });
    h.ports.configProblems = ['authMode "entra" needs tenantId'];
    renderPane(h);
    expect(screen.queryByTestId("sign-in")).toBeNull();
    expect(screen.getByLabelText(/^API key/)).toBeTruthy();
    expect(screen.getByTestId("config-problems").textContent).toMatch(/needs tenantId/);
  });
});
