/**
 * The proxy client the pane gets for its settings: with an API key the key goes in every
 * call; signed in with Microsoft, every call asks the sign-in for a current token.
 */
import { createProxyClient } from "../client/proxy-client";
import type { ClientFactory, SignInPort } from "./ports";

export function paneClientFactory(signIn: SignInPort | null | undefined): ClientFactory {
  return ({ baseUrl, credential }) => {
    if (credential.type === "apiKey") return createProxyClient({ baseUrl, credential: credential.key });
    if (!signIn) throw new Error("This deployment has no Microsoft sign-in configured");
    return createProxyClient({ baseUrl, credential: () => signIn.accessToken() });
  };
}
