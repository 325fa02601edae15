/**
 * The task pane's entry: the one place that touches Office.js. Inside Excel it builds the real
 * ports (Office.js adapter, core, proxy client, per-user storage) and hands them to the App;
 * outside Office (host null, or office.js blocked) the App shows a clear message instead.
 */
import { createRoot } from "react-dom/client";
import { createProxyClient } from "../client/proxy-client";
import { createOfficeAdapter } from "../excel/adapter";
import { App } from "./App";
import { createPaneCore } from "./core-bridge";
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

function excelPorts(): PanePorts {
  return {
    adapter: createOfficeAdapter(),
    core: createPaneCore(),
    createClient: ({ baseUrl, credential }) => createProxyClient({ baseUrl, credential }),
    store: deviceStore(),
    defaultProxyUrl: window.location.origin,
    displayLanguage: Office.context.displayLanguage,
  };
}

function render(inExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    inExcel ? (
      <App
        ports={excelPorts()}
        displayLanguage={Office.context.displayLanguage}
        officeTheme={Office.context.officeTheme}
      />
    ) : (
      <App ports={null} playgroundUrl={PLAYGROUND_URL} />
    ),
  );
}

let rendered = false;
const once = (inExcel: boolean) => {
  if (rendered) return;
  rendered = true;
  render(inExcel);
};

if (typeof Office === "undefined") {
  once(false);
} else {
  setTimeout(() => once(false), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady((info) => once(info.host === Office.HostType.Excel));
}
