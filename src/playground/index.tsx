/**
 * The browser playground (a development aid): the real task pane, the real Excel adapter over
 * the in-memory fake Excel, the real core and the real proxy client talking to this page's
 * own origin (the dev server forwards to the proxy; in tests the proxy serves this page).
 * `?lang=zh-CN` or `?lang=en-US` stands in for Office's display language, `?theme=dark` for a
 * dark Office theme (Black / Dark Gray), `?host=office2019` (office2021, m365, web, mac) for the
 * Excel host the fake plays (default: Excel on the web), `?syncMs=20` the round trip each of
 * its syncs costs (default 0). `window.fakeExcel` is the fake, for the browser tests to ask which
 * Excel members the pane used and for benches to act as the clerk or a co-author
 * (`userInsertRows`, `userDeleteRows`, `userSortTable`, `userUndo`, `remoteEdit`, `beforeNextSync`…,
 * src/fake-excel/clerk.ts; such calls redraw the grid). `?config=<url>` reads the deployment
 * configuration from that address (this origin or loopback only) instead of addin-config.json
 * beside the page: with `authMode: "entra"` the pane signs in with the real MSAL code, which uses
 * the Office broker it finds as `window.nestedAppAuthBridge` (the browser tests put a double of
 * it there, from test/support) or else MSAL's standard browser flow.
 */
import { createRoot } from "react-dom/client";
import { localeFromDisplayLanguage } from "../core/i18n";
import { createExcelAdapter } from "../excel/adapter";
import { createFakeExcel, HOST_PROFILES, type FakeExcel } from "../fake-excel";
import { App } from "../taskpane/App";
import { CONFIG_FILE, loadAddinConfig, type AddinConfig } from "../taskpane/addin-config";
import { createMsalSignIn } from "../taskpane/auth/msal-sign-in";
import { paneClientFactory } from "../taskpane/client-factory";
import { createPaneCore } from "../taskpane/core-bridge";
import { createPaneLifecycle } from "../taskpane/lifecycle-bridge";
import type { PanePorts } from "../taskpane/ports";
import { partitionedStore } from "../taskpane/settings";
import { drivenFake, playgroundBook } from "./book-store";
import { Playground } from "./Playground";

const params = new URLSearchParams(window.location.search);
const language = params.get("lang") ?? navigator.language;
const officeTheme = params.get("theme") === "dark" ? { bodyBackgroundColor: "#262626" } : null;
const host = HOST_PROFILES.find((h) => h.id === params.get("host"));
const syncMs = Number(params.get("syncMs") ?? 0);
const fake = createFakeExcel({
  ...(host ? { profile: host.id } : {}),
  syncDelayMs: Number.isFinite(syncMs) && syncMs > 0 ? syncMs : 0,
});
const book = playgroundBook(fake);
(window as unknown as { fakeExcel: FakeExcel }).fakeExcel = drivenFake(book);

/** The configuration address: `?config=` when it is this origin or loopback, else the file beside the page. */
function configUrl(): string {
  const given = params.get("config");
  if (!given) return CONFIG_FILE;
  const url = new URL(given, window.location.href);
  const local = url.origin === window.location.origin || ["127.0.0.1", "localhost"].includes(url.hostname);
  return local ? url.href : CONFIG_FILE;
}

function playgroundPorts(config: AddinConfig): PanePorts {
  const signIn =
    config.auth.mode === "entra"
      ? createMsalSignIn({
          config: config.auth,
          redirectUri: new URL("auth-redirect.html", window.location.href).href,
        })
      : null;
  const adapter = createExcelAdapter({ run: book.run, supports: fake.supports });
  const core = createPaneCore();
  return {
    adapter,
    core,
    lifecycle: createPaneLifecycle(adapter, Date.now, (table) => core.contentKeys(table)),
    createClient: paneClientFactory(signIn),
    store: partitionedStore(window.localStorage, "playground:"),
    defaultProxyUrl: window.location.origin,
    managedProxyUrl: config.proxyUrl,
    signIn,
    configProblems: config.problems,
    displayLanguage: language,
  };
}

const container = document.getElementById("container");
if (container) {
  void loadAddinConfig(fetch, configUrl()).then((config) =>
    createRoot(container).render(
      <Playground book={book} locale={localeFromDisplayLanguage(language)}>
        <App ports={playgroundPorts(config)} displayLanguage={language} officeTheme={officeTheme} />
      </Playground>,
    ),
  );
}
