/**
 * Turns the proxy's self-check (or the failure to get one) into a plain answer for the clerk,
 * in the pane's own words from machine-readable codes (never the proxy's bilingual text):
 * what happened, and who should fix it. Also decides whether a run may start (pre-flight).
 */
import type { SelfCheck } from "../client/types";
import { messageText } from "../core/catalog";
import { PROXY_CODES } from "../core/feishu/proxy-codes";
import { text, type Text } from "../core/i18n";
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
  none: text("", ""),
  clerk: messageText("pane.fixerClerk"),
  it: messageText("pane.fixerIt"),
};

/** Headline, who fixes it, and the advice (after an optional lead), as one text per language. */
export const verdictText = (v: ConnectionVerdict, lead?: Text): Text =>
  text(
    `${lead?.zh ?? ""}${v.headline.zh}${FIXER[v.fixer].zh}${v.advice.zh}`,
    `${lead ? `${lead.en} ` : ""}${v.headline.en} ${FIXER[v.fixer].en}${v.advice.en}`,
  );

const upstreamName = (u: string): Text =>
  u === "emulator"
    ? text("飞书模拟器（测试用）", "the Feishu emulator (for testing)")
    : u === "lark"
      ? text("Lark", "Lark")
      : text("飞书", "Feishu");

type CallName = keyof SelfCheck["calls"];
const CALLS: Record<CallName, { name: Text; scope: string }> = {
  create: { name: text("写入考勤记录", "writing records"), scope: "attendance:task" },
  query: { name: text("查询已写入的记录", "reading records back"), scope: "attendance:task:readonly" },
  process: { name: text("撤销记录", "revoking records"), scope: "attendance:task" },
  batchGetId: {
    name: text("按邮箱或手机号查找员工", "finding people by email or mobile"),
    scope: "contact:user.id:readonly, contact:user.employee_id:readonly",
  },
};
const NO_SCOPE = 99991672;

/** The address must be a full https:// URL; a missing scheme is the clerk's to fix. */
export function addressVerdict(proxyUrl: string): ConnectionVerdict | null {
  if (/^https?:\/\/[^/\s]+/i.test(proxyUrl.trim())) return null;
  return {
    ok: false,
    headline: text(
      `代理地址「${proxyUrl}」不完整：缺少 https://。`,
      `The proxy address "${proxyUrl}" is incomplete: it lacks https://.`,
    ),
    fixer: "clerk",
    advice: text(
      "请写成完整地址，例如 https://attendance-proxy.example.com。",
      "Write the whole address, e.g. https://attendance-proxy.example.com.",
    ),
  };
}

function tokenVerdict(c: SelfCheck): ConnectionVerdict {
  const where = upstreamName(c.upstream);
  if (c.token.code === PROXY_CODES.upstreamUnreachable)
    return {
      ok: false,
      headline: text(`代理连不上${where.zh}。`, `The proxy cannot reach ${where.en}.`),
      fixer: "it",
      advice: text(
        "请 IT 检查代理所在服务器能否访问飞书开放平台（网络、防火墙、FEISHU_BASE_URL）。",
        "Ask IT to check that the proxy's server can reach the Feishu Open Platform (network, firewall, FEISHU_BASE_URL).",
      ),
    };
  return {
    ok: false,
    headline: text(
      `${where.zh}拒绝了代理的应用凭证，代理拿不到访问令牌。`,
      `${where.en} refused the proxy's app credentials, so the proxy gets no access token.`,
    ),
    fixer: "it",
    advice: text(
      "请 IT 检查代理设置中的 FEISHU_APP_ID 和 FEISHU_APP_SECRET，以及应用是否已启用。",
      "Ask IT to check FEISHU_APP_ID and FEISHU_APP_SECRET in the proxy's settings and that the app is enabled.",
    ),
  };
}

function callsVerdict(c: SelfCheck): ConnectionVerdict {
  const failing = (Object.keys(CALLS) as CallName[]).filter((n) => !c.calls[n]);
  const zh = failing.map((n) => CALLS[n].name.zh).join("、");
  const en = failing.map((n) => CALLS[n].name.en).join(", ");
  const scopes = [...new Set(failing.map((n) => CALLS[n].scope))].join(", ");
  const scoped = failing.every((n) => c.callCodes?.[n] === NO_SCOPE);
  return {
    ok: false,
    headline: scoped
      ? text(
          `已连接应用 ${c.appId}，但应用缺少权限，无法${zh}。`,
          `Connected as app ${c.appId}, but the app lacks a permission for ${en}.`,
        )
      : text(
          `已连接应用 ${c.appId}，但这些操作不可用：${zh}。`,
          `Connected as app ${c.appId}, but these do not work: ${en}.`,
        ),
    fixer: "it",
    advice: text(
      `请 IT 在飞书开发者后台为应用开通 ${scopes} 权限并发布新版本。`,
      `Ask IT to grant the app ${scopes} in the Feishu developer console and publish a new version.`,
    ),
  };
}

/** What a signed-in caller may not do, as a sentence (empty when they may do everything). */
function mayText(may: { write: boolean; revoke: boolean } | undefined): Text {
  if (!may || may.write) return text("", "");
  return text(
    "但您没有写入记录的角色，提交会被拒绝：请 IT 为您分配写入角色。",
    " But you do not have the role to write records, so sending will be refused: ask IT for the write role.",
  );
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
  const c = answer.check;
  if (!c.token.ok) return tokenVerdict(c);
  if (!c.ok) return callsVerdict(c);
  const where = upstreamName(c.upstream);
  return {
    ok: true,
    headline: text(`已连接到${where.zh}。`, `Connected to ${where.en}.`),
    details: `app_id=${c.appId} caller=${c.caller}`,
    fixer: "none",
    advice: text(
      `代理每秒最多发送 ${c.pacePerSecond} 条。${mayText(c.may).zh}`,
      `The proxy sends up to ${c.pacePerSecond} records a second.${mayText(c.may).en}`,
    ),
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
