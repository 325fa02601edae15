/**
 * Per-user settings kept on this device (localStorage, under Office's partition key when it
 * has one). The API key stays on the clerk's machine; it is never written into the workbook.
 */
import { DECLARED_NAME_MAX } from "../core/feishu/declared-name";
import { EMPLOYEE_TYPES, type EmployeeType } from "../core/feishu/schemas";
import type { Locale } from "../core/i18n";
import type { Credential, SettingsStore } from "./ports";

export interface PaneSettings {
  /** Base URL of the approval proxy, e.g. https://attendance-proxy.example.com */
  proxyUrl: string;
  credential: Credential;
  employeeType: EmployeeType;
  /** The language the clerk picked by hand; null = follow Office's display language. */
  locale: Locale | null;
  /** Emails and mobiles looked up longer ago than this are looked up again. */
  peopleMaxAgeDays: number;
  /** The clerk's name for the Run log when the pane is not signed in; "" = leave it blank. */
  yourName: string;
}

/** The longest "Your name" kept: the longest name the proxy's audit takes (core/feishu/declared-name.ts). */
export const YOUR_NAME_MAX = DECLARED_NAME_MAX;

export const SETTINGS_KEY = "feishu-attendance.settings.v1";

export function defaultSettings(defaultProxyUrl: string): PaneSettings {
  return {
    proxyUrl: defaultProxyUrl,
    credential: { type: "apiKey", key: "" },
    employeeType: "employee_id",
    locale: null,
    peopleMaxAgeDays: 7,
    yourName: "",
  };
}

const isEmployeeType = (v: unknown): v is EmployeeType =>
  typeof v === "string" && (EMPLOYEE_TYPES as readonly string[]).includes(v);
const isLocale = (v: unknown): v is Locale => v === "zh-CN" || v === "en-US";

/** Reads the stored settings; anything missing or malformed falls back to the defaults. */
export function loadSettings(store: SettingsStore, defaultProxyUrl: string): PaneSettings {
  const fallback = defaultSettings(defaultProxyUrl);
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(SETTINGS_KEY) ?? "null");
  } catch {
    return fallback;
  }
  if (!raw || typeof raw !== "object") return fallback;
  const r = raw as Record<string, unknown>;
  const credential = r.credential as { type?: unknown; key?: unknown } | undefined;
  return {
    proxyUrl: typeof r.proxyUrl === "string" && r.proxyUrl.trim() ? r.proxyUrl : fallback.proxyUrl,
    credential:
      credential?.type === "apiKey" && typeof credential.key === "string"
        ? { type: "apiKey", key: credential.key }
        : fallback.credential,
    employeeType: isEmployeeType(r.employeeType) ? r.employeeType : fallback.employeeType,
    locale: isLocale(r.locale) ? r.locale : null,
    peopleMaxAgeDays:
      typeof r.peopleMaxAgeDays === "number" && r.peopleMaxAgeDays >= 0 && r.peopleMaxAgeDays <= 365
        ? r.peopleMaxAgeDays
        : fallback.peopleMaxAgeDays,
    yourName: typeof r.yourName === "string" ? r.yourName.trim().slice(0, YOUR_NAME_MAX) : "",
  };
}

/** What IT's configuration fixes for everyone: the proxy address when set, and the way to sign in. */
export function applyDeployment(
  settings: PaneSettings,
  deployment: { managedProxyUrl?: string | null; entra: boolean },
): PaneSettings {
  return {
    ...settings,
    proxyUrl: deployment.managedProxyUrl || settings.proxyUrl,
    credential: deployment.entra
      ? { type: "entra" }
      : settings.credential.type === "apiKey"
        ? settings.credential
        : { type: "apiKey", key: "" },
  };
}

export function saveSettings(store: SettingsStore, settings: PaneSettings): void {
  try {
    // An Entra sign-in is not a setting: only an API key is kept.
    const kept =
      settings.credential.type === "apiKey"
        ? settings
        : { ...settings, credential: { type: "apiKey", key: "" } };
    store.setItem(SETTINGS_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or disabled (private mode): the settings still hold for this session.
  }
}

/** A store that forgets everything, for hosts without localStorage. */
export function memoryStore(): SettingsStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** Prefixes keys with Office's partition key, as Office asks add-ins to do on the web. */
export function partitionedStore(store: SettingsStore, partitionKey: string | undefined): SettingsStore {
  if (!partitionKey) return store;
  return {
    getItem: (k) => store.getItem(`${partitionKey}${k}`),
    setItem: (k, v) => store.setItem(`${partitionKey}${k}`, v),
  };
}
