/**
 * How IT configures a deployment of the add-in, so clerks type nothing: the proxy address and
 * how the pane proves who the clerk is (API keys, or Microsoft Entra ID sign-in with the
 * tenant, the add-in's client id and the proxy's API scope). Values come from the build
 * (`ADDIN_*` settings, see .env.example) and from `addin-config.json` served beside the task
 * pane, which wins, so one build can be configured per deployment. Nothing set: API keys, as
 * before.
 */
import { z } from "zod";

export type EntraConfig = {
  tenantId: string;
  /** The add-in's own (SPA) app registration. */
  clientId: string;
  /** The proxy's delegated scope, e.g. api://<proxy client id>/access_as_user. */
  apiScope: string;
  /** Default https://login.microsoftonline.com. */
  authority: string;
};

export type AuthConfig = { mode: "api-key" } | ({ mode: "entra" } & EntraConfig);

export interface AddinConfig {
  /** The proxy address IT chose; null lets the clerk type it (default: the pane's own origin). */
  proxyUrl: string | null;
  auth: AuthConfig;
  /** What was wrong with the configuration (the pane then falls back to API keys and says so). */
  problems: string[];
}

/** The file a deployment may serve beside taskpane.html. */
export const CONFIG_FILE = "addin-config.json";

const optional = z
  .string()
  .trim()
  .transform((s) => s || undefined)
  .optional();

/** One layer of settings (build or file): every field optional, empty strings count as unset. */
export const AddinConfigLayer = z.object({
  proxyUrl: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  authMode: z.enum(["api-key", "entra"]).optional(),
  tenantId: optional.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F-]{36}$/, "must be the tenant's GUID")
      .optional(),
  ),
  clientId: optional,
  apiScope: optional,
  authority: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
});
export type AddinConfigLayer = z.infer<typeof AddinConfigLayer>;

const describe = (where: string, err: z.ZodError): string[] =>
  err.issues.map((i) => `${where}: ${i.path.join(".") || "(root)"}: ${i.message}`);

/** Reads one layer; a malformed layer counts as empty and is reported. */
export function parseLayer(where: string, raw: unknown): { layer: AddinConfigLayer; problems: string[] } {
  const parsed = AddinConfigLayer.safeParse(raw ?? {});
  return parsed.success
    ? { layer: parsed.data, problems: [] }
    : { layer: {}, problems: describe(where, parsed.error) };
}

/** Later layers win field by field; Entra mode needs a tenant, a client id and a scope. */
export function resolveAddinConfig(layers: AddinConfigLayer[], problems: string[] = []): AddinConfig {
  const merged: AddinConfigLayer = {};
  for (const l of layers)
    for (const [k, v] of Object.entries(l)) if (v !== undefined) Object.assign(merged, { [k]: v });
  const proxyUrl = merged.proxyUrl?.replace(/\/+$/, "") ?? null;
  if (merged.authMode !== "entra") return { proxyUrl, auth: { mode: "api-key" }, problems };
  const missing = (["tenantId", "clientId", "apiScope"] as const).filter((k) => !merged[k]);
  if (missing.length)
    return {
      proxyUrl,
      auth: { mode: "api-key" },
      problems: [...problems, `authMode "entra" needs ${missing.join(", ")}`],
    };
  return {
    proxyUrl,
    auth: {
      mode: "entra",
      tenantId: merged.tenantId as string,
      clientId: merged.clientId as string,
      apiScope: merged.apiScope as string,
      authority: (merged.authority ?? "https://login.microsoftonline.com").replace(/\/+$/, ""),
    },
    problems,
  };
}

/** The settings the build carried (webpack defines process.env.ADDIN_CONFIG from the ADDIN_* settings). */
export function buildTimeLayer(): { layer: AddinConfigLayer; problems: string[] } {
  let raw: unknown = {};
  try {
    raw = JSON.parse(process.env.ADDIN_CONFIG ?? "{}") as unknown;
  } catch {
    return { layer: {}, problems: ["build: ADDIN_CONFIG is not JSON"] };
  }
  return parseLayer("build", raw);
}

/**
 * The build's settings overridden by the file beside the pane. A missing file (404) is normal;
 * an unreadable one is reported and ignored.
 */
export async function loadAddinConfig(
  fetchFn: typeof fetch,
  url: string = CONFIG_FILE,
): Promise<AddinConfig> {
  const build = buildTimeLayer();
  const problems = [...build.problems];
  let file: AddinConfigLayer = {};
  try {
    const res = await fetchFn(url, { cache: "no-cache", signal: AbortSignal.timeout(5000) });
    if (res.ok) {
      const parsed = parseLayer(url, (await res.json()) as unknown);
      file = parsed.layer;
      problems.push(...parsed.problems);
    } else if (res.status !== 404) problems.push(`${url}: HTTP ${res.status}`);
  } catch (e) {
    problems.push(`${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return resolveAddinConfig([build.layer, file], problems);
}
