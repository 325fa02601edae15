/**
 * The Excel hosts the fake can play (docs/office-addin.md §5.1, §5.9): which ExcelApi sets
 * each has and whether it limits a sync's request and response to 5 MB, as Excel on the web
 * does. Every adapter test and the browser flow run on each of them.
 */
export type HostProfileId = "office2019" | "office2021" | "m365" | "web" | "mac";

export interface HostProfile {
  id: HostProfileId;
  name: string;
  /** The highest ExcelApi set the host supports (all lower sets included). */
  apiVersion: string;
  /** Request and response limit of one sync in UTF-8 bytes, or null when the host has none. */
  payloadLimitBytes: number | null;
}

/** Excel on the web refuses a request or a response over 5 MB; we take 5 MB as 5,000,000 bytes, the stricter reading. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

export const HOST_PROFILES: readonly HostProfile[] = [
  { id: "office2019", name: "Office 2019 (ExcelApi 1.7)", apiVersion: "1.7", payloadLimitBytes: null },
  {
    id: "office2021",
    name: "Office 2021 / LTSC (ExcelApi 1.14)",
    apiVersion: "1.14",
    payloadLimitBytes: null,
  },
  { id: "m365", name: "Microsoft 365 desktop (ExcelApi 1.20)", apiVersion: "1.20", payloadLimitBytes: null },
  {
    id: "web",
    name: "Excel on the web (ExcelApi 1.21, 5 MB payloads)",
    apiVersion: "1.21",
    payloadLimitBytes: WEB_PAYLOAD_LIMIT_BYTES,
  },
  { id: "mac", name: "Excel for Mac 16.70 (ExcelApi 1.17)", apiVersion: "1.17", payloadLimitBytes: null },
];

export function hostProfile(id: HostProfileId): HostProfile {
  const p = HOST_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown host profile "${id}"`);
  return p;
}

/** True when requirement set `v` ("1.9") is at most `max` ("1.14"). */
export function versionAtMost(v: string, max: string): boolean {
  const [a, b] = max.split(".").map(Number);
  const [c, d] = v.split(".").map(Number);
  return c < a || (c === a && d <= b);
}
