/**
 * auth-redirect.html: where MSAL's sign-in popup returns (an SPA redirect URI of the app
 * registration). It hands the answer to the pane that opened the popup and closes.
 */
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

void broadcastResponseToMainFrame();
