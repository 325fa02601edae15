/**
 * Where the command finds the proxy and how it signs in: the environment first, then a JSON
 * config file (--config, else FEISHU_ATTENDANCE_CONFIG). Never an argument. Either a proxy key
 * (FEISHU_PROXY_KEY / proxyKey) or an Entra app registration's client credentials
 * (ENTRA_TENANT_ID, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET, ENTRA_SCOPE; entra-token.ts).
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { EMPLOYEE_TYPES, type EmployeeType } from "../core/feishu/schemas";
import type { CoreSettings } from "../core/model";
import { DEFAULT_SETTINGS } from "../core/model";
import { CliProblem } from "./problem";
import type { EntraClient } from "./entra-token";

const ConfigFile = z.object({
  proxyUrl: z.string().url().optional(),
  proxyKey: z.string().min(1).optional(),
  employeeType: z.enum(EMPLOYEE_TYPES).optional(),
  workdayHours: z.number().positive().max(24).optional(),
  entra: z
    .object({
      tenantId: z.string().min(1),
      clientId: z.string().min(1),
      clientSecret: z.string().min(1).optional(),
      scope: z.string().min(1).optional(),
      tokenUrl: z.string().url().optional(),
    })
    .optional(),
});
type ConfigFile = z.infer<typeof ConfigFile>;

export interface CliSetup {
  proxyUrl: string;
  credential: { key: string } | { entra: EntraClient };
  settings: Pick<CoreSettings, "employeeType" | "workdayHours">;
}

async function readConfig(path: string | null): Promise<ConfigFile> {
  if (!path) return {};
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (e) {
    throw new CliProblem("cli.configUnreadable", {
      path,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
  try {
    const parsed = ConfigFile.safeParse(JSON.parse(raw.replace(/^\uFEFF/, "")));
    if (parsed.success) return parsed.data;
    const first = parsed.error.issues[0];
    throw new Error(`${first.path.join(".") || "(file)"}: ${first.message}`);
  } catch (e) {
    throw new CliProblem("cli.configUnreadable", {
      path,
      reason: e instanceof Error ? e.message : String(e),
    });
  }
}

/** Only what `check` needs: the settings the core reads rows with (no proxy required). */
export async function readSettings(
  env: Record<string, string | undefined>,
  configPath: string | null,
): Promise<{ config: ConfigFile; settings: CliSetup["settings"] }> {
  const config = await readConfig(configPath ?? env.FEISHU_ATTENDANCE_CONFIG ?? null);
  const envType = env.FEISHU_EMPLOYEE_TYPE as EmployeeType | undefined;
  const employeeType =
    envType && (EMPLOYEE_TYPES as readonly string[]).includes(envType)
      ? envType
      : (config.employeeType ?? DEFAULT_SETTINGS.employeeType);
  return {
    config,
    settings: { employeeType, workdayHours: config.workdayHours ?? DEFAULT_SETTINGS.workdayHours },
  };
}

/** The proxy and the credential for `push`; a CliProblem (exit 2) names what is missing. */
export async function readSetup(
  env: Record<string, string | undefined>,
  configPath: string | null,
): Promise<CliSetup> {
  const { config, settings } = await readSettings(env, configPath);
  const proxyUrl = env.FEISHU_PROXY_URL || config.proxyUrl;
  if (!proxyUrl) throw new CliProblem("cli.noProxyUrl");
  const key = env.FEISHU_PROXY_KEY || config.proxyKey;
  if (key) return { proxyUrl, credential: { key }, settings };
  const tenantId = env.ENTRA_TENANT_ID || config.entra?.tenantId;
  const clientId = env.ENTRA_CLIENT_ID || config.entra?.clientId;
  const clientSecret = env.ENTRA_CLIENT_SECRET || config.entra?.clientSecret;
  if (!tenantId || !clientId || !clientSecret) throw new CliProblem("cli.noCredential");
  const scope = env.ENTRA_SCOPE || config.entra?.scope || `api://${clientId}/.default`;
  const tokenUrl =
    env.ENTRA_TOKEN_URL ||
    config.entra?.tokenUrl ||
    `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
  return { proxyUrl, credential: { entra: { tokenUrl, clientId, clientSecret, scope } }, settings };
}
