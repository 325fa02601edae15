/**
 * Verdicts when the self-check itself failed: the real cause, in the pane's words. A browser
 * refused by the proxy's CORS allow-list looks like an unreachable proxy; the client tells
 * them apart (ConnectionFailure.cause), and IT's fix differs (PROXY_CORS_ORIGINS).
 */
import { formatMessage, messageText, type ConnectionKey, type MessageValues } from "../core/catalog";
import { setupFaultOf } from "../core/feishu/codes";
import type { ConnectionVerdict } from "./connection";
import type { ConnectionFailure } from "./ports";

const verdict = (
  fixer: ConnectionVerdict["fixer"],
  headline: ConnectionKey,
  advice: ConnectionKey,
  values: MessageValues = {},
  adviceValues: MessageValues | ((locale: "zh-CN" | "en-US") => MessageValues) = {},
): ConnectionVerdict => ({
  ok: false,
  headline: messageText(`connection.${headline}`, values),
  fixer,
  advice: messageText(`connection.${advice}`, adviceValues),
});

export function failureVerdict(
  f: ConnectionFailure,
  proxyUrl: string,
  pageOrigin?: string,
): ConnectionVerdict {
  const url = { url: proxyUrl };
  if (f.cause === "cors")
    return verdict("it", "corsRefused", "corsAdvice", url, (l) => ({
      origin: pageOrigin || formatMessage(l, "connection.addinAddress"),
    }));
  if (f.cause === "timeout") return verdict("it", "timedOut", "timedOutAdvice", url);
  if (f.status === null) return verdict("clerk", "unreachable", "unreachableAdvice", url);
  if (f.status === 401 || setupFaultOf(f.code) === "key")
    return verdict("clerk", "keyRefused", "keyRefusedAdvice");
  if (f.status === 403 || setupFaultOf(f.code) === "allow-list")
    return verdict("it", "keyForbidden", "allowListAdvice");
  if (f.status === 404) return verdict("clerk", "notTheProxy", "notTheProxyAdvice", url);
  return verdict("it", "proxyError", "proxyErrorAdvice", {
    status: String(f.status),
    code: f.code ? String(f.code) : "none",
  });
}
