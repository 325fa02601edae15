/**
 * The SignInPort on MSAL.js. `createNestablePublicClientApplication` uses Office's broker
 * (nested app authentication) where the host has one, so the clerk signed in to Office is
 * signed in here without a window; elsewhere it falls back to MSAL's standard browser flow
 * (a popup), and where the popup is blocked, to an Office dialog (office-dialog.ts).
 * docs/office-addin.md §6.1 describes nested app authentication. MSAL is loaded only when first needed,
 * so API-key deployments never download it.
 */
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from "@azure/msal-browser";
import type { EntraConfig } from "../addin-config";
import type { SignedInUser, SignInPort } from "../ports";

/** A token the Office dialog brought back (the dialog signs in on its own page). */
export interface DialogToken {
  accessToken: string;
  /** Epoch ms. */
  expiresOn: number;
  user: SignedInUser;
}

export interface MsalSignInOptions {
  config: EntraConfig;
  /** Where the popup returns: the add-in's auth-redirect.html, registered as an SPA redirect URI. */
  redirectUri: string;
  /** Signs in through an Office dialog; absent outside Office. */
  dialog?: (() => Promise<DialogToken>) | null;
  /** Tests pass a fake; default: MSAL's createNestablePublicClientApplication. */
  createClient?: (c: Configuration) => Promise<IPublicClientApplication>;
  now?: () => number;
}

/** MSAL error codes meaning the browser did not let the popup open. */
const POPUP_BLOCKED = new Set(["popup_window_error", "empty_window_error", "block_nested_popups"]);

const errorCode = (e: unknown): string =>
  typeof (e as { errorCode?: unknown } | null)?.errorCode === "string"
    ? (e as { errorCode: string }).errorCode
    : "";
/** MSAL says the clerk must sign in (no account, consent, expired session): silent sign-in answers null. */
const needsInteraction = (e: unknown): boolean =>
  (e as { name?: unknown } | null)?.name === "InteractionRequiredAuthError" ||
  errorCode(e) === "no_account_error";

const defaultClient = async (c: Configuration): Promise<IPublicClientApplication> =>
  (await import("@azure/msal-browser")).createNestablePublicClientApplication(c);

export function createMsalSignIn(o: MsalSignInOptions): SignInPort {
  const scopes = [o.config.apiScope];
  const now = o.now ?? Date.now;
  let app: Promise<IPublicClientApplication> | null = null;
  let account: AccountInfo | null = null;
  let dialogToken: DialogToken | null = null;

  const client = () =>
    (app ??= (o.createClient ?? defaultClient)({
      auth: {
        clientId: o.config.clientId,
        authority: `${o.config.authority}/${o.config.tenantId}`,
        redirectUri: o.redirectUri,
      },
      cache: { cacheLocation: "localStorage" },
    }));
  const remember = (pca: IPublicClientApplication, r: AuthenticationResult): SignedInUser => {
    account = r.account;
    pca.setActiveAccount(r.account);
    return { name: r.account.name ?? "", username: r.account.username };
  };

  return {
    async silent() {
      const pca = await client();
      const known = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        return remember(pca, await pca.acquireTokenSilent({ scopes, account: known }));
      } catch (e) {
        if (needsInteraction(e)) return null;
        throw e;
      }
    },
    async interactive() {
      const pca = await client();
      try {
        return remember(pca, await pca.acquireTokenPopup({ scopes }));
      } catch (e) {
        if (!o.dialog || !POPUP_BLOCKED.has(errorCode(e))) throw e;
        dialogToken = await o.dialog();
        return dialogToken.user;
      }
    },
    async accessToken() {
      if (dialogToken && dialogToken.expiresOn - 60_000 > now()) return dialogToken.accessToken;
      if (!account) throw new Error("not signed in: sign in with Microsoft under Setup");
      const pca = await client();
      return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
    },
    async signOut() {
      account = null;
      dialogToken = null;
      const pca = await client();
      pca.setActiveAccount(null);
      try {
        await pca.clearCache();
      } catch {
        // With Office's broker the account stays signed in to Office; the pane forgets it.
      }
    },
  };
}
