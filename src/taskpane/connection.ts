/**
 * Turns the proxy's self-check (or the failure to get one) into a plain answer for the clerk:
 * what happened, and who should fix it.
 */
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { text, type Text } from "../core/i18n";
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

const upstreamName = (u: string): Text =>
  u === "emulator"
    ? text("飞书模拟器（测试用）", "the Feishu emulator (for testing)")
    : u === "lark"
      ? text("Lark", "Lark")
      : text("飞书", "Feishu");

export function connectionVerdict(answer: SelfCheckAnswer, proxyUrl: string): ConnectionVerdict {
  if (answer.ok) {
    const c = answer.check;
    const where = upstreamName(c.upstream);
    if (c.ok && c.token.ok) {
      return {
        ok: true,
        headline: text(`已连接到${where.zh}。`, `Connected to ${where.en}.`),
        details: `app_id=${c.appId} caller=${c.caller}`,
        fixer: "none",
        advice: text(
          `代理每秒最多发送 ${c.pacePerSecond} 条。`,
          `The proxy sends up to ${c.pacePerSecond} records a second.`,
        ),
      };
    }
    if (!c.token.ok) {
      return {
        ok: false,
        headline: text(
          `代理无法取得${where.zh}的访问令牌：${c.token.message}`,
          `The proxy cannot get an access token from ${where.en}: ${c.token.message}`,
        ),
        fixer: "it",
        advice: text(
          "请 IT 检查代理设置中的 App ID 和 App Secret，以及应用是否已启用。",
          "Ask IT to check the App ID and App Secret in the proxy's settings and that the app is enabled.",
        ),
      };
    }
    const missing = Object.entries(c.calls)
      .filter(([, ok]) => !ok)
      .map(([name]) => name)
      .join(", ");
    return {
      ok: false,
      headline: text(
        `已连接应用 ${c.appId}，但这些接口不可用：${missing}`,
        `Connected as app ${c.appId}, but these calls do not answer: ${missing}`,
      ),
      fixer: "it",
      advice: text(
        "请 IT 在飞书开发者后台为应用开通 attendance:task、attendance:task:readonly 和 contact:user.id:readonly 权限并发布版本。",
        "Ask IT to grant the app attendance:task, attendance:task:readonly and contact:user.id:readonly in the Feishu developer console and publish a version.",
      ),
    };
  }
  const f = answer.failure;
  if (f.status === null) {
    return {
      ok: false,
      headline: text(`无法连接代理 ${proxyUrl}。`, `Cannot reach the proxy at ${proxyUrl}.`),
      fixer: "clerk",
      advice: text(
        "请检查代理地址是否正确；地址无误时请 IT 确认代理正在运行。",
        "Check the address; if it is right, ask IT whether the proxy is running.",
      ),
    };
  }
  if (f.status === 401 || f.code === PROXY_CODES.unauthenticated) {
    return {
      ok: false,
      headline: text("代理不接受这个 API 密钥。", "The proxy did not accept this API key."),
      fixer: "clerk",
      advice: text(
        "请检查密钥是否完整粘贴；仍不行时请 IT 发一个新密钥。",
        "Check that the whole key was pasted; if it still fails, ask IT for a new key.",
      ),
    };
  }
  if (f.status === 403 || f.code === PROXY_CODES.forbidden) {
    return {
      ok: false,
      headline: text(
        "密钥有效，但您没有使用此代理的权限。",
        "The key is valid but you are not allowed to use this proxy.",
      ),
      fixer: "it",
      advice: text("请 IT 把您加入代理的允许名单。", "Ask IT to add you to the proxy's allow-list."),
    };
  }
  if (f.status === 404) {
    return {
      ok: false,
      headline: text(`${proxyUrl} 不是考勤代理。`, `${proxyUrl} is not the attendance proxy.`),
      fixer: "clerk",
      advice: text("请向 IT 确认正确的代理地址。", "Ask IT for the right proxy address."),
    };
  }
  return {
    ok: false,
    headline: text(
      `代理返回错误 ${f.status}${f.code ? `（${f.code}）` : ""}：${f.message}`,
      `The proxy answered ${f.status}${f.code ? ` (${f.code})` : ""}: ${f.message}`,
    ),
    fixer: "it",
    advice: text("请把这条信息发给 IT。", "Send this message to IT."),
  };
}
