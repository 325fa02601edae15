/**
 * Turns the proxy's self-check (or the failure to get one) into a plain answer for the clerk,
 * in the pane's own words from machine-readable codes (never the proxy's bilingual text):
 * what happened, and who should fix it. Also decides whether a run may start (pre-flight).
 */
import type { SelfCheck } from "../client/types";
import { formatMessage, messageText, type ConnectionKey, type MessageValues } from "../core/catalog";
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { NO_TEXT, type Locale, type Text } from "../core/i18n";
import { failureVerdict } from "./connection-failure";
import { refusalVerdict } from "./connection-refusal";
import type { SelfCheckAnswer } from "./ports";

export interface ConnectionVerdict {
  ok: boolean;
  /** One sentence: connected as which app, or what is wrong. */
  headline: Text;
  /** Who should act: nobody, the clerk, or IT. */
  fixer: "none" | "clerk" | "it";
  advice: Text;
  /** For IT only (shown collapsed): app, caller, missing calls, codes. */
  details?: string;
}

/** Who fixes it, as the verdict leads its advice with. */
export const FIXER = {
  none: NO_TEXT,
  clerk: messageText("pane.fixerClerk"),
  it: messageText("pane.fixerIt"),
};

const c = (key: ConnectionKey, values?: MessageValues): Text => messageText(`connection.${key}`, values);
const inLocale = (t: Text, l: Locale): string => (l === "zh-CN" ? t.zh : t.en);

/** Headline, who fixes it, and the advice (after an optional lead), as one text per language. */
export const verdictText = (v: ConnectionVerdict, lead?: Text): Text =>
  messageText("connection.verdict", (l) => ({
    lead: lead ? formatMessage(l, "connection.withLead", { lead: inLocale(lead, l) }) : "",
    headline: inLocale(v.headline, l),
    fixer: inLocale(FIXER[v.fixer], l),
    advice: inLocale(v.advice, l),
  }));

const upstreamName = (u: string): Text =>
  c(u === "emulator" ? "upstreamEmulator" : u === "lark" ? "upstreamLark" : "upstreamFeishu");

/** The names joined as a list in each language ("a、b" / "a, b"). */
const listOf = (names: Text[]): Text =>
  names.reduce(
    (list, name) =>
      list === NO_TEXT
        ? name
        : messageText("connection.listJoin", (l) => ({
            first: inLocale(list, l),
            second: inLocale(name, l),
          })),
    NO_TEXT,
  );

type CallName = keyof SelfCheck["calls"];
const CALLS: Record<CallName, { name: Text; scope: string }> = {
  create: { name: c("callCreate"), scope: "attendance:task" },
  query: { name: c("callQuery"), scope: "attendance:task:readonly" },
  process: { name: c("callProcess"), scope: "attendance:task" },
  batchGetId: {
    name: c("callBatchGetId"),
    scope: "contact:user.id:readonly, contact:user.employee_id:readonly",
  },
};
const NO_SCOPE = 99991672;

/** The address must be a full https:// URL; a missing scheme is the clerk's to fix. */
export function addressVerdict(proxyUrl: string): ConnectionVerdict | null {
  if (/^https?:\/\/[^/\s]+/i.test(proxyUrl.trim())) return null;
  return {
    ok: false,
    headline: c("addressIncomplete", { url: proxyUrl }),
    fixer: "clerk",
    advice: c("addressIncompleteAdvice"),
  };
}

function tokenVerdict(check: SelfCheck): ConnectionVerdict {
  const where = upstreamName(check.upstream);
  const unreachable = check.token.code === PROXY_CODES.upstreamUnreachable;
  return {
    ok: false,
    headline: messageText(
      unreachable ? "connection.upstreamUnreachable" : "connection.credentialsRefused",
      (l) => ({ where: inLocale(where, l) }),
    ),
    fixer: "it",
    advice: c(unreachable ? "upstreamUnreachableAdvice" : "credentialsAdvice"),
  };
}

function callsVerdict(check: SelfCheck): ConnectionVerdict {
  const failing = (Object.keys(CALLS) as CallName[]).filter((n) => !check.calls[n]);
  const calls = listOf(failing.map((n) => CALLS[n].name));
  const scopes = [...new Set(failing.map((n) => CALLS[n].scope))].join(", ");
  const scoped = failing.every((n) => check.callCodes?.[n] === NO_SCOPE);
  return {
    ok: false,
    headline: messageText(scoped ? "connection.callsUnscoped" : "connection.callsFailing", (l) => ({
      app: check.appId,
      calls: inLocale(calls, l),
    })),
    fixer: "it",
    advice: c("callsAdvice", { scopes }),
  };
}

/** What a signed-in caller may not do, as a sentence (empty when they may do everything). */
function mayText(may: { write: boolean; revoke: boolean } | undefined): Text {
  if (!may || may.write) return NO_TEXT;
  return c("noWriteRole");
}

export function connectionVerdict(
  answer: SelfCheckAnswer,
  proxyUrl: string,
  pageOrigin?: string,
): ConnectionVerdict {
  const address = addressVerdict(proxyUrl);
  if (address) return address;
  if (!answer.ok)
    return refusalVerdict(answer.failure) ?? failureVerdict(answer.failure, proxyUrl, pageOrigin);
  const check = answer.check;
  if (!check.token.ok) return tokenVerdict(check);
  if (!check.ok) return callsVerdict(check);
  const where = upstreamName(check.upstream);
  const may = mayText(check.may);
  return {
    ok: true,
    headline: messageText("connection.connected", (l) => ({ where: inLocale(where, l) })),
    details: `app_id=${check.appId} caller=${check.caller}`,
    fixer: "none",
    advice: messageText("connection.connectedAdvice", (l) => ({
      pace: String(check.pacePerSecond),
      may: inLocale(may, l),
    })),
  };
}

/**
 * Pre-flight: a run starts only when the token, the write and the query work. Returns what
 * stops it (to show instead of sending anything), or null. A lookup that does not work only
 * keeps rows naming people by email or mobile from being sent (they stay flagged).
 */
export function runBlocker(
  answer: SelfCheckAnswer,
  proxyUrl: string,
  pageOrigin?: string,
): ConnectionVerdict | null {
  const verdict = connectionVerdict(answer, proxyUrl, pageOrigin);
  if (verdict.ok) return null;
  if (answer.ok && answer.check.token.ok && answer.check.calls.create && answer.check.calls.query)
    return null;
  return verdict;
}
