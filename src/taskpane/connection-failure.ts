/**
 * Verdicts when the self-check itself failed: the real cause, in the pane's words. A browser
 * refused by the proxy's CORS allow-list looks like an unreachable proxy; the client tells
 * them apart (ConnectionFailure.cause), and IT's fix differs (PROXY_CORS_ORIGINS). What the
 * browser or the proxy said (status, code, error text) goes to the details for IT, never into
 * the clerk's sentence.
 */
import { formatMessage, messageText, type ConnectionKey, type MessageValues } from "../core/catalog";
import { gatewaySaysProxyDown } from "../core/feishu/outcome-rules-other";
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { setupFaultOf } from "../core/feishu/codes";
import type { ConnectionVerdict } from "./connection";
import type { ConnectionFailure } from "./ports";

const verdict = (
  fixer: ConnectionVerdict["fixer"],
  headline: ConnectionKey,
  advice: ConnectionKey,
  values: MessageValues | ((locale: "zh-CN" | "en-US") => MessageValues) = {},
  adviceValues: MessageValues | ((locale: "zh-CN" | "en-US") => MessageValues) = {},
): ConnectionVerdict => ({
  ok: false,
  headline: messageText(`connection.${headline}`, values),
  fixer,
  advice: messageText(`connection.${advice}`, adviceValues),
});

/** What IT may want: the status, the code and what the browser or the proxy said. */
function detailsOf(f: ConnectionFailure): string {
  const parts = [
    f.status === null ? "no HTTP answer" : `HTTP ${f.status}`,
    f.code ? `code ${f.code}` : "",
    f.message,
  ];
  return parts.filter(Boolean).join(", ");
}

function verdictOf(f: ConnectionFailure, proxyUrl: string, pageOrigin?: string): ConnectionVerdict {
  const url = { url: proxyUrl };
  if (f.cause === "cors")
    return verdict("it", "corsRefused", "corsAdvice", url, (l) => ({
      origin: pageOrigin || formatMessage(l, "connection.addinAddress"),
    }));
  if (f.cause === "timeout") return verdict("it", "timedOut", "timedOutAdvice", url);
  // No answer at all, or a gateway's page saying the proxy behind it did not answer.
  if (f.status === null || gatewaySaysProxyDown(f.status, f.code !== null))
    return verdict("clerk", "unreachable", "unreachableAdvice", url);
  if (f.code === PROXY_CODES.signInUnavailable)
    return verdict("it", "signInUnavailable", "signInUnavailableAdvice");
  if (f.status === 401 || setupFaultOf(f.code) === "key")
    return verdict("clerk", "keyRefused", "keyRefusedAdvice");
  if (f.status === 403 || setupFaultOf(f.code) === "allow-list")
    return verdict("it", "keyForbidden", "allowListAdvice");
  if (f.status === 404) return verdict("clerk", "notTheProxy", "notTheProxyAdvice", url);
  if (f.code === PROXY_CODES.upstreamUnreachable)
    return verdict("it", "upstreamUnreachable", "upstreamUnreachableAdvice", (l) => ({
      where: formatMessage(l, "connection.upstreamFeishu"),
    }));
  if (f.code === PROXY_CODES.tokenUnavailable)
    return verdict("it", "credentialsRefused", "credentialsAdvice", (l) => ({
      where: formatMessage(l, "connection.upstreamFeishu"),
    }));
  return verdict("it", "proxyError", "proxyErrorAdvice", url);
}

export function failureVerdict(
  f: ConnectionFailure,
  proxyUrl: string,
  pageOrigin?: string,
): ConnectionVerdict {
  return { ...verdictOf(f, proxyUrl, pageOrigin), details: detailsOf(f) };
}
