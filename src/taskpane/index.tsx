/**
 * The task pane's entry: the one place that touches Office.js. Inside Excel it builds the real
 * ports (Office.js adapter, core, proxy client, per-user storage, and the Microsoft sign-in
 * when IT configured it) and hands them to the App; outside Office (host null, or office.js
 * blocked) the App shows a clear message instead.
 */
import { createRoot } from "react-dom/client";
import { createOfficeAdapter } from "../excel/adapter";
import { loadAddinConfig, type AddinConfig } from "./addin-config";
import { createMsalSignIn } from "./auth/msal-sign-in";
import { officeDialogSignIn } from "./auth/office-dialog";
import { App } from "./App";
import { paneClientFactory } from "./client-factory";
import { createPaneCore } from "./core-bridge";
import { createPaneLifecycle } from "./lifecycle-bridge";
import type { PanePorts, SettingsStore } from "./ports";
import { memoryStore, partitionedStore } from "./settings";

/** office.js that never answers (blocked CDN) must not leave a blank pane. */
const OFFICE_READY_TIMEOUT_MS = 10_000;
const PLAYGROUND_URL = process.env.NODE_ENV === "production" ? null : "playground.html";

function deviceStore(): SettingsStore {
  try {
    const ls = window.localStorage;
    return partitionedStore(ls, Office.context.partitionKey);
  } catch {
    return memoryStore();
  }
}

/** A page of the add-in, beside taskpane.html (the sign-in redirect and dialog pages). */
const besideThePane = (page: string) => new URL(page, window.location.href).href;

function excelPorts(config: AddinConfig): PanePorts {
  const signIn =
    config.auth.mode === "entra"
      ? createMsalSignIn({
          config: config.auth,
          redirectUri: besideThePane("auth-redirect.html"),
          dialog: officeDialogSignIn(Office.context.ui, besideThePane("auth-dialog.html")),
        })
      : null;
  const adapter = createOfficeAdapter();
  const core = createPaneCore();
  return {
    adapter,
    core,
    lifecycle: createPaneLifecycle(adapter, Date.now, (table) => core.contentKeys(table)),
    createClient: paneClientFactory(signIn),
    store: deviceStore(),
    defaultProxyUrl: window.location.origin,
    managedProxyUrl: config.proxyUrl,
    signIn,
    configProblems: config.problems,
    displayLanguage: Office.context.displayLanguage,
  };
}

function render(inExcel: boolean, config: AddinConfig): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    inExcel ? (
      <App
        ports={excelPorts(config)}
        displayLanguage={Office.context.displayLanguage}
        officeTheme={Office.context.officeTheme}
      />
    ) : (
      <App ports={null} playgroundUrl={PLAYGROUND_URL} />
    ),
  );
}

let rendered = false;
const config = loadAddinConfig(fetch);
const once = (inExcel: boolean) => {
  if (rendered) return;
  rendered = true;
  void config.then((c) => render(inExcel, c));
};

if (typeof Office === "undefined") {
  once(false);
} else {
  setTimeout(() => once(false), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => once(info.host === Office.HostType.Excel));
}
