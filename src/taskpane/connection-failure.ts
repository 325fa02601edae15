/**
 * Verdicts when the self-check itself failed: the real cause, in the pane's words. A browser
 * refused by the proxy's CORS allow-list looks like an unreachable proxy; the client tells
 * them apart (ConnectionFailure.cause), and IT's fix differs (PROXY_CORS_ORIGINS).
 */
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { text } from "../core/i18n";
import type { ConnectionVerdict } from "./connection";
import type { ConnectionFailure } from "./ports";

const it = (zhHead: string, enHead: string, zhAdvice: string, enAdvice: string): ConnectionVerdict => ({
  ok: false,
  headline: text(zhHead, enHead),
  fixer: "it",
  advice: text(zhAdvice, enAdvice),
});

export function failureVerdict(
  f: ConnectionFailure,
  proxyUrl: string,
  pageOrigin?: string,
): ConnectionVerdict {
  const origin = pageOrigin ?? "";
  if (f.cause === "cors")
    return it(
      `代理 ${proxyUrl} 在运行，但它拒绝了来自本加载项页面的请求（跨域 CORS 设置）。`,
      `The proxy at ${proxyUrl} is running but refuses requests from this add-in's page (its CORS setting).`,
      `请 IT 把 ${origin || "加载项的地址"} 加入代理设置 PROXY_CORS_ORIGINS，然后重启代理。`,
      `Ask IT to add ${origin || "the add-in's address"} to the proxy's PROXY_CORS_ORIGINS setting and restart the proxy.`,
    );
  if (f.cause === "timeout")
    return it(
      `代理 ${proxyUrl} 没有及时回答。`,
      `The proxy at ${proxyUrl} did not answer in time.`,
      "请稍后再试；仍然如此时请 IT 检查代理和它到飞书的网络。",
      "Try again in a moment; if it persists, ask IT to check the proxy and its network to Feishu.",
    );
  if (f.status === null)
    return {
      ok: false,
      headline: text(`无法连接代理 ${proxyUrl}。`, `Cannot reach the proxy at ${proxyUrl}.`),
      fixer: "clerk",
      advice: text(
        "请检查代理地址是否正确；地址无误时请 IT 确认代理正在运行。",
        "Check the address; if it is right, ask IT whether the proxy is running.",
      ),
    };
  if (f.status === 401 || f.code === PROXY_CODES.unauthenticated)
    return {
      ok: false,
      headline: text("代理不接受这个 API 密钥。", "The proxy did not accept this API key."),
      fixer: "clerk",
      advice: text(
        "请检查密钥是否完整粘贴；仍不行时请 IT 发一个新密钥。",
        "Check that the whole key was pasted; if it still fails, ask IT for a new key.",
      ),
    };
  if (f.status === 403 || f.code === PROXY_CODES.forbidden)
    return it(
      "密钥有效，但您没有使用此代理的权限。",
      "The key is valid but you are not allowed to use this proxy.",
      "请 IT 把您加入代理的允许名单。",
      "Ask IT to add you to the proxy's allow-list.",
    );
  if (f.status === 404)
    return {
      ok: false,
      headline: text(`${proxyUrl} 不是考勤代理。`, `${proxyUrl} is not the attendance proxy.`),
      fixer: "clerk",
      advice: text("请向 IT 确认正确的代理地址。", "Ask IT for the right proxy address."),
    };
  return it(
    `代理返回了错误（HTTP ${f.status}${f.code ? `，${f.code}` : ""}）。`,
    `The proxy answered with an error (HTTP ${f.status}${f.code ? `, ${f.code}` : ""}).`,
    "请把这条信息发给 IT。",
    "Send this message to IT.",
  );
}
