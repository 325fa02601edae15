/**
 * The proxy refused a Microsoft sign-in: what the clerk reads, by the proxy's machine-readable
 * reason (`data.reason`). API-key refusals and answers from older proxies (no reason) are left
 * to connectionVerdict.
 */
import type { RefusalReason } from "../core/feishu/proxy-codes";
import { text } from "../core/i18n";
import type { ConnectionVerdict } from "./connection";
import type { ConnectionFailure } from "./ports";

type Refusal = Exclude<RefusalReason, "no_credential" | "bad_key">;

const VERDICTS: Record<Refusal, Omit<ConnectionVerdict, "ok">> = {
  token_expired: {
    headline: text("您的 Microsoft 登录已过期。", "Your Microsoft sign-in has expired."),
    fixer: "clerk",
    advice: text(
      "请退出登录后重新登录；如果反复出现，请检查电脑的日期和时间是否正确。",
      "Sign out and sign in again; if it keeps happening, check that your computer's date and time are right.",
    ),
  },
  token_not_yet_valid: {
    headline: text("您的 Microsoft 登录尚未生效。", "Your Microsoft sign-in is not valid yet."),
    fixer: "clerk",
    advice: text(
      "请检查电脑的日期和时间是否正确，然后重新登录。",
      "Check that your computer's date and time are right, then sign in again.",
    ),
  },
  wrong_audience: {
    headline: text(
      "代理不接受这个登录：登录是为另一个应用签发的（受众不符）。",
      "The proxy does not accept this sign-in: it was issued for another app (wrong audience).",
    ),
    fixer: "it",
    advice: text(
      "请 IT 确认加载项配置中的 API 范围（apiScope）与代理的 ENTRA_AUDIENCE 一致。",
      "Ask IT to make the add-in's API scope (apiScope) match the proxy's ENTRA_AUDIENCE.",
    ),
  },
  wrong_issuer: {
    headline: text(
      "代理不接受这个登录：帐户不属于贵公司的目录。",
      "The proxy does not accept this sign-in: the account is not from your organisation's directory.",
    ),
    fixer: "clerk",
    advice: text(
      "请退出登录，再用公司的工作帐户登录；仍不行请联系 IT。",
      "Sign out and sign in with your work account; if that fails, ask IT.",
    ),
  },
  wrong_tenant: {
    headline: text(
      "代理不接受这个登录：帐户属于另一个组织。",
      "The proxy does not accept this sign-in: the account belongs to another organisation.",
    ),
    fixer: "clerk",
    advice: text(
      "请退出登录，再用公司的工作帐户登录；仍不行请联系 IT。",
      "Sign out and sign in with your work account; if that fails, ask IT.",
    ),
  },
  bad_signature: itProblem(),
  unknown_signing_key: itProblem(),
  malformed_token: itProblem(),
  signing_keys_unavailable: itProblem(),
  invalid_token: itProblem(),
  not_allowed: {
    headline: text(
      "您已登录，但不在允许使用此代理的用户组中。",
      "You are signed in, but you are not in a group allowed to use this proxy.",
    ),
    fixer: "it",
    advice: text(
      "请 IT 把您加入考勤加载项的用户组。",
      "Ask IT to add you to the attendance add-in's user group.",
    ),
  },
  missing_role: {
    headline: text(
      "您已登录，但没有此操作所需的角色。",
      "You are signed in, but you do not have the role this needs.",
    ),
    fixer: "it",
    advice: text(
      "请 IT 在 Entra ID 中为您分配写入（或撤销）角色。",
      "Ask IT to give you the write (or revoke) role in Entra ID.",
    ),
  },
};

function itProblem(): Omit<ConnectionVerdict, "ok"> {
  return {
    headline: text("代理无法验证您的 Microsoft 登录。", "The proxy could not verify your Microsoft sign-in."),
    fixer: "it",
    advice: text(
      "请把这条信息发给 IT：代理的 Entra ID 设置（租户、签名密钥地址）可能有误。",
      "Send this to IT: the proxy's Entra ID settings (tenant, signing keys address) may be wrong.",
    ),
  };
}

export function refusalVerdict(f: ConnectionFailure): ConnectionVerdict | null {
  if (!f.reason || f.reason === "no_credential" || f.reason === "bad_key") return null;
  return { ok: false, ...VERDICTS[f.reason] };
}
