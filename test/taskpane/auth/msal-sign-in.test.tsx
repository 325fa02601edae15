/** The MSAL sign-in port over a fake MSAL client: silent, popup, the Office dialog fallback, tokens, sign-out. */
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from "@azure/msal-browser";
import { createMsalSignIn, type DialogToken } from "../../../src/taskpane/auth/msal-sign-in";

const CONFIG = {
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  clientId: "spa-id",
  apiScope: "api://proxy/access_as_user",
  authority: "https://login.microsoftonline.com",
};
const ACCOUNT = { name: "王芳", username: "wang.fang@contoso.com", homeAccountId: "h" } as AccountInfo;
const result = (token: string): AuthenticationResult =>
  ({ accessToken: token, account: ACCOUNT }) as AuthenticationResult;
const msalError = (name: string, errorCode: string) =>
  Object.assign(new Error(errorCode), { name, errorCode });

class FakeMsal {
  calls: string[] = [];
  active: AccountInfo | null = null;
  silent: () => Promise<AuthenticationResult> = async () => result("silent-token");
  popup: () => Promise<AuthenticationResult> = async () => result("popup-token");
  clearCacheFails = false;
  asClient(): IPublicClientApplication {
    return {
      getActiveAccount: () => this.active,
      getAllAccounts: () => [],
      setActiveAccount: (a: AccountInfo | null) => void (this.active = a),
      acquireTokenSilent: (r: { scopes: string[]; account?: AccountInfo }) => {
        this.calls.push(`silent:${r.scopes.join()}:${r.account?.username ?? "-"}`);
        return this.silent();
      },
      acquireTokenPopup: (r: { scopes: string[] }) => {
        this.calls.push(`popup:${r.scopes.join()}`);
        return this.popup();
      },
      clearCache: async () => {
        this.calls.push("clearCache");
        if (this.clearCacheFails) throw msalError("NestedAppAuthError", "unsupported_method");
      },
    } as unknown as IPublicClientApplication;
  }
}

function setup(dialog?: () => Promise<DialogToken>) {
  const msal = new FakeMsal();
  const configs: Configuration[] = [];
  let now = 1_000_000;
  const port = createMsalSignIn({
    config: CONFIG,
    redirectUri: "https://addin.example.com/auth-redirect.html",
    dialog,
    createClient: async (c) => (configs.push(c), msal.asClient()),
    now: () => now,
  });
  return { msal, configs, port, tick: (ms: number) => (now += ms) };
}

describe("MSAL sign-in", () => {
  test("silent sign-in asks for the proxy's scope with the tenant's authority, once configured", async () => {
    const { msal, configs, port } = setup();
    expect(await port.silent()).toEqual({ name: "王芳", username: "wang.fang@contoso.com" });
    expect(configs).toHaveLength(1);
    expect(configs[0].auth).toEqual({
      clientId: "spa-id",
      authority: `https://login.microsoftonline.com/${CONFIG.tenantId}`,
      redirectUri: "https://addin.example.com/auth-redirect.html",
    });
    expect(msal.calls).toEqual(["silent:api://proxy/access_as_user:-"]);
    expect(await port.accessToken()).toBe("silent-token");
    expect(msal.calls[1]).toBe("silent:api://proxy/access_as_user:wang.fang@contoso.com");
  });

  test.each([
    ["interaction required", msalError("InteractionRequiredAuthError", "interaction_required")],
    ["no account", msalError("BrowserAuthError", "no_account_error")],
  ])("silent sign-in answers null when MSAL says %s", async (_name, err) => {
    const { msal, port } = setup();
    msal.silent = () => Promise.reject(err);
    expect(await port.silent()).toBeNull();
    await expect(port.accessToken()).rejects.toThrow(/not signed in/);
  });

  test("other silent failures reach the pane", async () => {
    const { msal, port } = setup();
    msal.silent = () => Promise.reject(msalError("BrowserAuthError", "network_error"));
    await expect(port.silent()).rejects.toThrow("network_error");
  });

  test("a blocked popup falls back to the Office dialog, whose token is used until near expiry", async () => {
    const dialog = jest.fn(async () => ({
      accessToken: "dialog-token",
      expiresOn: 1_000_000 + 3600_000,
      user: { name: "李雷", username: "li.lei@contoso.com" },
    }));
    const { msal, port, tick } = setup(dialog);
    msal.popup = () => Promise.reject(msalError("BrowserAuthError", "popup_window_error"));
    expect(await port.interactive()).toEqual({ name: "李雷", username: "li.lei@contoso.com" });
    expect(await port.accessToken()).toBe("dialog-token");
    tick(3600_000 - 30_000);
    await expect(port.accessToken()).rejects.toThrow(/not signed in/);
  });

  test("without a dialog (outside Office) a blocked popup is an error; a cancelled one is never retried", async () => {
    const { msal, port } = setup();
    msal.popup = () => Promise.reject(msalError("BrowserAuthError", "popup_window_error"));
    await expect(port.interactive()).rejects.toThrow("popup_window_error");
    const dialog = jest.fn();
    const withDialog = setup(dialog);
    withDialog.msal.popup = () => Promise.reject(msalError("BrowserAuthError", "user_cancelled"));
    await expect(withDialog.port.interactive()).rejects.toThrow("user_cancelled");
    expect(dialog).not.toHaveBeenCalled();
  });

  test("sign-out forgets the account even where the broker keeps Office signed in", async () => {
    const { msal, port } = setup();
    await port.interactive();
    expect(msal.active).toBe(ACCOUNT);
    msal.clearCacheFails = true;
    await port.signOut();
    expect(msal.active).toBeNull();
    expect(msal.calls).toContain("clearCache");
    await expect(port.accessToken()).rejects.toThrow(/not signed in/);
  });
});
