/**
 * The ledger's HTTP surface, with the same credentials as the rest of the proxy:
 * `GET /ledger/records` (JSON: by keys, approval IDs, or employees and days, for the pane and
 * any caller; browsing everything or reading reasons needs the ledger right),
 * `GET /ledger/records.csv` (IT's export, ledger right only) and the `/ledger` page for IT.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { messageText } from "../../core/catalog";
import { PROXY_CODES } from "../../core/feishu/proxy-codes";
import type { Locale } from "../../core/i18n";
import { bearer } from "../auth";
import type { ResolvedConfig } from "../config";
import { ProxyError } from "../errors";
import { mayReadLedger } from "./access";
import { ledgerCsv } from "./csv";
import type { Ledger } from "./index";
import { ledgerPageHtml, ledgerPageScript } from "./page";
import { LedgerFilter } from "./query";

/** The language of a page or export: `?lang=`, else the browser's Accept-Language. */
export function localeOf(req: FastifyRequest): Locale {
  const lang = (req.query as { lang?: unknown }).lang;
  if (lang === "zh-CN" || lang === "en-US") return lang;
  const accept = String(req.headers["accept-language"] ?? "");
  const zh = accept.search(/\bzh\b|zh-/i);
  const en = accept.search(/\ben\b|en-/i);
  return zh >= 0 && (en < 0 || zh < en) ? "zh-CN" : "en-US";
}

const refusal = (who: string) =>
  new ProxyError(
    403,
    PROXY_CODES.forbidden,
    messageText("ledger.notForLedger", { who }),
    {},
    { reason: "missing_role" },
  );
const badFilter = (why: string) =>
  new ProxyError(400, PROXY_CODES.badRequest, messageText("ledger.badFilter", { why }));

export function registerLedgerRoutes(
  app: FastifyInstance,
  config: ResolvedConfig,
  ledger: Ledger,
  guard: (req: FastifyRequest) => Promise<void>,
): void {
  const devKey = config.auth.mode === "apikey" && config.auth.devKey;
  const isReader = (req: FastifyRequest) =>
    !!req.identity && mayReadLedger(ledger.readers, req.identity, bearer(req.headers.authorization), devKey);

  function filterOf(req: FastifyRequest): LedgerFilter {
    const parsed = LedgerFilter.safeParse(req.query);
    if (!parsed.success)
      throw badFilter(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    return parsed.data;
  }

  app.get("/ledger/records", { onRequest: guard }, async (req) => {
    const f = filterOf(req);
    const narrow = f.keys.length > 0 || f.approval_ids.length > 0 || f.employees.length > 0;
    if ((!narrow || f.include_reason) && !isReader(req)) throw refusal(req.caller);
    return { code: 0, msg: "success", data: { ...(await ledger.find(f)), reader: req.caller } };
  });

  app.get("/ledger/records.csv", { onRequest: guard }, async (req, reply: FastifyReply) => {
    if (!isReader(req)) throw refusal(req.caller);
    const f = filterOf(req);
    const { records } = await ledger.find({ ...f, limit: Math.max(f.limit, 10_000) });
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="ledger.csv"')
      .header("cache-control", "no-store")
      .send(ledgerCsv(records, localeOf(req), f.include_reason));
  });

  app.get("/ledger", async (req, reply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(ledgerPageHtml(localeOf(req))),
  );
  app.get("/ledger/page.js", async (_req, reply) =>
    reply.type("text/javascript; charset=utf-8").send(await ledgerPageScript()),
  );
}
