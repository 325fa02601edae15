/**
 * The browser playground (a development aid): the real task pane, the real Excel adapter over
 * the in-memory fake Excel, the real core and the real proxy client talking to this page's
 * own origin (the dev server forwards to the proxy; in tests the proxy serves this page).
 * `?lang=zh-CN` or `?lang=en-US` stands in for Office's display language, `?theme=dark` for a
 * dark Office theme (Black / Dark Gray), `?host=office2019` (office2021, m365, web, mac) for the
 * Excel host the fake plays (default: Excel on the web). `window.fakeExcel` is the fake, for the
 * browser tests to ask which Excel members the pane used.
 */
import { createRoot } from "react-dom/client";
import { createProxyClient } from "../client/proxy-client";
import { localeFromDisplayLanguage } from "../core/i18n";
import { createExcelAdapter } from "../excel/adapter";
import { createFakeExcel, HOST_PROFILES, type FakeExcel } from "../fake-excel";
import { App } from "../taskpane/App";
import { createPaneCore } from "../taskpane/core-bridge";
import type { PanePorts } from "../taskpane/ports";
import { partitionedStore } from "../taskpane/settings";
import { playgroundBook } from "./book-store";
import { Playground } from "./Playground";

const params = new URLSearchParams(window.location.search);
const language = params.get("lang") ?? navigator.language;
const officeTheme = params.get("theme") === "dark" ? { bodyBackgroundColor: "#262626" } : null;
const host = HOST_PROFILES.find((h) => h.id === params.get("host"));
const fake = createFakeExcel(host ? { profile: host.id } : {});
(window as unknown as { fakeExcel: FakeExcel }).fakeExcel = fake;
const book = playgroundBook(fake);
const ports: PanePorts = {
  adapter: createExcelAdapter({ run: book.run, supports: fake.supports }),
  core: createPaneCore(),
  createClient: ({ baseUrl, credential }) => createProxyClient({ baseUrl, credential }),
  store: partitionedStore(window.localStorage, "playground:"),
  defaultProxyUrl: window.location.origin,
  displayLanguage: language,
};

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <Playground book={book} locale={localeFromDisplayLanguage(language)}>
      <App ports={ports} displayLanguage={language} officeTheme={officeTheme} />
    </Playground>,
  );
}
