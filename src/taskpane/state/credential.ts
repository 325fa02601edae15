/** Whether the pane can talk to the proxy yet: the one rule for "a key is pasted, or the clerk is signed in". */
import type { PaneClient, PanePorts } from "../ports";
import type { PaneState } from "./reducer";
import { clerkName } from "./selectors";

/** What the clerk still has to do before sending: paste a key, or sign in. */
export function missingCredential(s: PaneState): "needsKey" | "needsSignIn" | null {
  if (s.settings.credential.type === "apiKey") return s.settings.credential.key ? null : "needsKey";
  return s.signIn.state === "signed-in" ? null : "needsSignIn";
}

/** The proxy client for the current settings, or null while a credential is missing. */
export function clientOf(ports: PanePorts, s: PaneState): PaneClient | null {
  if (missingCredential(s)) return null;
  return ports.createClient({
    baseUrl: s.settings.proxyUrl,
    credential: s.settings.credential,
    declaredName: clerkName(s, ports.userName),
  });
}
