/**
 * One HTTP request on a fresh connection (no keep-alive, so no socket outlives a test), and
 * the Feishu-shaped bodies the emulator and proxy tests send. Shared by test/emulator and
 * test/proxy.
 */
import { request } from "node:http";

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body parsed as JSON; `{}` when it is not JSON (a bare 503, a static file). */
  body: { code?: number; msg?: string; data?: unknown; [k: string]: unknown } & Record<string, unknown>;
  text: string;
}

export interface Sent {
  /** A string goes as written, anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Destroys the request with an ETIMEDOUT error after this long without an answer. */
  timeoutMs?: number;
}

export function send(url: string, method: string, o: Sent = {}): Promise<Answer> {
  const payload =
    o.body === undefined ? undefined : typeof o.body === "string" ? o.body : JSON.stringify(o.body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent: false, headers: o.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let body: Answer["body"] = {};
        try {
          body = JSON.parse(text) as Answer["body"];
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (o.timeoutMs)
      req.setTimeout(o.timeoutMs, () =>
        req.destroy(Object.assign(new Error("client timeout"), { code: "ETIMEDOUT" })),
      );
    req.end(payload);
  });
}

/** A leave item of a `user_approval` body; `over` replaces or adds fields. */
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
