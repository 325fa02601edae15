/** A tiny HTTP client for the emulator tests: no keep-alive, so no sockets outlive a test. */
import { request } from "node:http";
import { FEISHU_PATHS } from "../../src/core/feishu/schemas";

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { code?: number; msg?: string; data?: unknown; [k: string]: unknown } & Record<string, unknown>;
  text: string;
}

export function call(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  timeoutMs?: number,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const req = request(
      `${baseUrl}${path}`,
      { method, agent: false, headers: { "content-type": "application/json; charset=utf-8", ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: Answer["body"] = {};
          try {
            parsed = JSON.parse(text) as Answer["body"];
          } catch {
            /* plain-text body (e.g. a bare 503) */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, text });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (timeoutMs)
      req.setTimeout(timeoutMs, () =>
        req.destroy(Object.assign(new Error("client timeout"), { code: "ETIMEDOUT" })),
      );
    req.end(payload);
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

export const leave = (over: Record<string, unknown> = {}) => ({
  uniq_id: "annual",
  unit: 1,
  interval: 28800,
  start_time: "2026-03-02 09:00:00",
  end_time: "2026-03-02 18:00:00",
  i18n_names: { ch: "年假", en: "Annual leave" },
  default_locale: "ch",
  reason: "family",
  ...over,
});

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
