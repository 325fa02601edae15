/**
 * A test double for Office's nested app authentication (NAA) broker: what Office puts on the
 * task pane's window as `nestedAppAuthBridge`, speaking the same JSON messages MSAL.js sends
 * (GetInitContext, GetToken, GetTokenPopup) and answers. Tokens come from the local OpenID
 * Connect stand-in (oidc-issuer.ts). It lives in test/ and is put into the playground page by
 * the browser tests (`page.addInitScript(installNaaBrokerDouble, options)`), so it never ships
 * in dist/. The function must stay self-contained: the browser receives its source text.
 */

export interface NaaBrokerDoubleOptions {
  /** The stand-in issuer's token endpoint (test-only grant). */
  tokenEndpoint: string;
  /** The add-in's client id (the ID token's audience). */
  clientId: string;
  tenantId: string;
  /** The account signed in to "Office": silent sign-in gets it; null = nobody is signed in. */
  officeUser: string | null;
  /** Who signs in when the pane opens the broker's sign-in window. */
  popupUser: string;
}

/** What the double recorded, on `window.__naaBroker`. */
export interface NaaBrokerRecord {
  methods: string[];
  scopes: string[];
}

export function installNaaBrokerDouble(o: NaaBrokerDoubleOptions): void {
  type Listener = (message: string) => void;
  type Request = { method: string; requestId: string; tokenParams?: { scope?: string } };
  const listeners: Listener[] = [];
  const record: NaaBrokerRecord = { methods: [], scopes: [] };
  let signedIn = o.officeUser;
  const w = window as unknown as { nestedAppAuthBridge?: unknown; __naaBroker?: NaaBrokerRecord };
  w.__naaBroker = record;

  const reply = (m: Record<string, unknown>) =>
    setTimeout(() => {
      const text = JSON.stringify({ messageType: "NestedAppAuthResponse", ...m });
      for (const l of [...listeners]) l(text);
    }, 0);
  const claimsOf = (jwt: string) => {
    const binary = atob(jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"));
    const utf8 = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return JSON.parse(utf8) as Record<string, string>;
  };

  async function token(requestId: string, username: string, scope: string): Promise<void> {
    record.scopes.push(scope);
    const res = await fetch(o.tokenEndpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, client_id: o.clientId, scope }),
    });
    const t = (await res.json()) as Record<string, string | number>;
    if (!res.ok) {
      reply({
        requestId,
        success: false,
        error: { status: "PERSISTENT_ERROR", code: t.error, description: t.error_description },
      });
      return;
    }
    const id = claimsOf(String(t.id_token));
    reply({
      requestId,
      success: true,
      token: {
        access_token: t.access_token,
        expires_in: t.expires_in,
        id_token: t.id_token,
        scope: t.scope,
        properties: null,
      },
      account: {
        homeAccountId: `${id.oid}.${o.tenantId}`,
        environment: "login.microsoftonline.com",
        tenantId: o.tenantId,
        username: id.preferred_username,
        localAccountId: id.oid,
        name: id.name,
      },
    });
  }

  w.nestedAppAuthBridge = {
    addEventListener: (_event: string, cb: Listener) => void listeners.push(cb),
    removeEventListener: (_event: string, cb: Listener) => {
      const i = listeners.indexOf(cb);
      if (i >= 0) listeners.splice(i, 1);
    },
    postMessage: (raw: string) => {
      const req = JSON.parse(raw) as Request;
      record.methods.push(req.method);
      const scope = req.tokenParams?.scope ?? "";
      if (req.method === "GetInitContext") {
        reply({
          requestId: req.requestId,
          success: true,
          initContext: {
            sdkName: "naa-broker-double",
            sdkVersion: "1.0.0",
            capabilities: { queryAccount: false },
          },
        });
      } else if (req.method === "GetToken") {
        if (signedIn) void token(req.requestId, signedIn, scope);
        else
          reply({
            requestId: req.requestId,
            success: false,
            error: {
              status: "USER_INTERACTION_REQUIRED",
              code: "interaction_required",
              description: "nobody is signed in to Office",
            },
          });
      } else if (req.method === "GetTokenPopup") {
        signedIn = o.popupUser;
        void token(req.requestId, signedIn, scope);
      } else {
        reply({
          requestId: req.requestId,
          success: false,
          error: { status: "PERSISTENT_ERROR", description: `unknown method ${req.method}` },
        });
      }
    },
  };
}

/**
 * The double as a script for `page.addInitScript({ content })`. Runners that keep function
 * names (tsx/esbuild) wrap inner functions in a `__name` helper, which the page lacks: it is
 * defined as the identity first.
 */
export function naaBrokerDoubleScript(o: NaaBrokerDoubleOptions): string {
  return `var __name = (f) => f;\n(${installNaaBrokerDouble.toString()})(${JSON.stringify(o)});`;
}
