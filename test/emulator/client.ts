/** Calls to the emulator for its tests: JSON requests on fresh connections, Feishu-shaped bodies. */
import { FEISHU_PATHS } from "../../src/core/feishu/schemas";
import { type Answer, leave, send } from "../support/http";

export { type Answer, leave };

export function call(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  timeoutMs?: number,
): Promise<Answer> {
  return send(`${baseUrl}${path}`, method, {
    body,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    timeoutMs,
  });
}

export async function getToken(
  baseUrl: string,
  appId = "cli_emulator",
  appSecret = "emulator-secret",
): Promise<string> {
  const a = await call(baseUrl, "POST", FEISHU_PATHS.token, { app_id: appId, app_secret: appSecret });
  if (typeof a.body.tenant_access_token !== "string") throw new Error(`no token: ${a.text}`);
  return a.body.tenant_access_token;
}

/** POSTs with a bearer token. */
export const api = (baseUrl: string, token: string, path: string, body?: unknown) =>
  call(baseUrl, "POST", path, body, { authorization: `Bearer ${token}` });

export const createPath = (employeeType = "employee_id") =>
  `${FEISHU_PATHS.create}?employee_type=${employeeType}`;
export const queryPath = (employeeType = "employee_id") =>
  `${FEISHU_PATHS.query}?employee_type=${employeeType}`;

export const out = (over: Record<string, unknown> = {}) => ({
  ...leave({ uniq_id: "incity", i18n_names: { ch: "外出" }, ...over }),
});

export const overtime = (over: Record<string, unknown> = {}) => ({
  duration: 2,
  unit: 2,
  category: 1,
  type: 1,
  start_time: "2026-03-03 19:00:00",
  end_time: "2026-03-03 21:00:00",
  ...over,
});

export const trip = (over: Record<string, unknown> = {}) => ({
  start_time: "2026-03-04 09:00:00",
  end_time: "2026-03-05 18:00:00",
  reason: "client visit",
  approve_pass_time: "2026-03-01 10:00:00",
  approve_apply_time: "2026-03-01 09:00:00",
  ...over,
});

export const approval = (items: Record<string, unknown>, userId = "E0001", date = "20260302") => ({
  user_approval: { user_id: userId, date, ...items },
});
