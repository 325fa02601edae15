/**
 * What a run's setup failure (feishu/setup-failure.ts) means for the clerk, in the pane's own
 * words from the answer's code: who fixes what. Rows were left pending, none stamped failed.
 */
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { text, type Text } from "../core/i18n";
import type { Outcome } from "../core/outcome";
import type { ConnectionVerdict } from "./connection";

const IT = (headline: Text, advice: Text): ConnectionVerdict => ({
  ok: false,
  headline,
  fixer: "it",
  advice,
});

export function setupVerdict(o: Pick<Outcome, "code">): ConnectionVerdict {
  switch (o.code) {
    case PROXY_CODES.unauthenticated:
      return {
        ok: false,
        headline: text("代理不再接受这个 API 密钥。", "The proxy no longer accepts this API key."),
        fixer: "clerk",
        advice: text(
          "请在「设置」中检查密钥；仍不行时请 IT 发一个新密钥。",
          "Check the key under Setup; if it still fails, ask IT for a new key.",
        ),
      };
    case PROXY_CODES.forbidden:
      return IT(
        text("您没有使用此代理的权限。", "You are not allowed to use this proxy."),
        text("请 IT 把您加入代理的允许名单。", "Ask IT to add you to the proxy's allow-list."),
      );
    case 99991672:
      return IT(
        text("飞书应用缺少所需的权限。", "The Feishu app lacks a permission it needs."),
        text(
          "请 IT 在飞书开发者后台为应用开通 attendance:task 和 attendance:task:readonly 并发布新版本。",
          "Ask IT to grant the app attendance:task and attendance:task:readonly in the Feishu developer console and publish a new version.",
        ),
      );
    case 99991401:
      return IT(
        text("飞书应用的 IP 白名单拦截了代理。", "The Feishu app's IP allow-list blocks the proxy."),
        text(
          "请 IT 把代理服务器的 IP 加入应用的白名单。",
          "Ask IT to add the proxy server's IP to the app's allow-list.",
        ),
      );
    case 99991403:
      return IT(
        text("飞书应用本月的调用额度已用完。", "The Feishu app has used up this month's call quota."),
        text("请 IT 联系飞书提高额度。", "Ask IT to raise the quota with Feishu."),
      );
    default:
      return IT(
        text("代理拿不到飞书的访问令牌。", "The proxy cannot get an access token from Feishu."),
        text(
          "请 IT 检查代理设置中的 FEISHU_APP_ID 和 FEISHU_APP_SECRET，以及应用是否已启用。",
          "Ask IT to check FEISHU_APP_ID and FEISHU_APP_SECRET in the proxy's settings and that the app is enabled.",
        ),
      );
  }
}
