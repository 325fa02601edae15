/**
 * The browser playground (a development aid): the real task pane, the real Excel adapter over
 * the in-memory fake Excel, the real core and the real proxy client talking to this page's
 * own origin (the dev server forwards to the proxy; in tests the proxy serves this page).
 * `?lang=zh-CN` or `?lang=en-US` stands in for Office's display language, `?theme=dark` for a
 * dark Office theme (Black / Dark Gray).
 */
import { createRoot } from "react-dom/client";
import { createProxyClient } from "../client/proxy-client";
import { localeFromDisplayLanguage } from "../core/i18n";
import { createExcelAdapter } from "../excel/adapter";
import { createFakeExcel } from "../fake-excel";
import { App } from "../taskpane/App";
import { createPaneCore } from "../taskpane/core-bridge";
import type { PanePorts } from "../taskpane/ports";
import { partitionedStore } from "../taskpane/settings";
import { playgroundBook } from "./book-store";
import { Playground } from "./Playground";

const params = new URLSearchParams(window.location.search);
const language = params.get("lang") ?? navigator.language;
const officeTheme = params.get("theme") === "dark" ? { bodyBackgroundColor: "#262626" } : null;
const fake = createFakeExcel();
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
