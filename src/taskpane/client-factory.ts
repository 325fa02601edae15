/**
 * The proxy client the pane gets for its settings: with an API key the key goes in every
 * call; signed in with Microsoft, every call asks the sign-in for a current token. Every call
 * also carries the clerk's declared name for the proxy's audit.
 */
import { createProxyClient } from "../client/proxy-client";
import type { ClientFactory, SignInPort } from "./ports";

export function paneClientFactory(signIn: SignInPort | null | undefined): ClientFactory {
  return ({ baseUrl, credential, declaredName }) => {
    if (credential.type === "apiKey")
      return createProxyClient({ baseUrl, credential: credential.key, declaredName });
    if (!signIn) throw new Error("This deployment has no Microsoft sign-in configured");
    return createProxyClient({ baseUrl, credential: () => signIn.accessToken(), declaredName });
  };
}
