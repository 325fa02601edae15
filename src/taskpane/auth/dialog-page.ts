/**
 * auth-dialog.html: the page the Office dialog opens when the pane's popup is blocked. It
 * signs in with MSAL's standard redirect flow on this page (the dialog navigates to Microsoft
 * and back here), then sends the token to the pane with `messageParent` (office-dialog.ts).
 */
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { loadAddinConfig } from "../addin-config";
import type { DialogMessage } from "./office-dialog";

const send = (m: DialogMessage) => Office.context.ui.messageParent(JSON.stringify(m));

async function run(): Promise<void> {
  const config = await loadAddinConfig(fetch);
  if (config.auth.mode !== "entra") throw new Error("this deployment has no Microsoft sign-in configured");
  const here = `${window.location.origin}${window.location.pathname}`;
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: config.auth.clientId,
      authority: `${config.auth.authority}/${config.auth.tenantId}`,
      redirectUri: here,
    },
    cache: { cacheLocation: "localStorage" },
  });
  const result = await pca.handleRedirectPromise();
  if (!result) {
    await pca.loginRedirect({ scopes: [config.auth.apiScope] });
    return;
  }
  send({
    ok: true,
    accessToken: result.accessToken,
    expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3600_000,
    user: { name: result.account.name ?? "", username: result.account.username },
  });
}

void Office.onReady(() =>
  run().catch((e: unknown) => send({ ok: false, error: e instanceof Error ? e.message : String(e) })),
);
