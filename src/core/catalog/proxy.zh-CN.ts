/**
 * 代理自己的应答（中文）：Feishu 式信封中的 `msg`，供 IT 和 SDK 用户阅读，代理以「英文 / 中文」发送。
 * 键与 proxy.en-US.ts 完全相同。
 */
import type { ProxyKey } from "./proxy.en-US";

export const PROXY_ZH: Record<ProxyKey, string> = {
  noCredential: "缺少代理凭据：请发送 Authorization: Bearer <代理密钥或 Entra ID 令牌>",
  badKey: "代理密钥无效",
  badToken: "Entra ID 令牌无效：{why}",
  notAllowed: "{who} 不在此代理的允许名单中，请联系 IT",
  missingWriteRole: "{who} 没有写入考勤记录的角色，请联系 IT",
  missingRevokeRole: "{who} 没有撤销考勤记录的角色，请联系 IT",
  rateLimited:
    "request trigger frequency limit：排队等候发往飞书的时间超过了请求的超时时间，请求未发送，请 {seconds} 秒后重试",
  methodNotRelayed: "代理不转发 {method} {path}，请使用 {allow}",
  notRelayed: "代理不转发 {method} {path}",
  badRequest: "请求无效：{why}",
  bodyTooLarge: "请求体超过 {limit} 字节上限",
  unreachable: "无法连接飞书（{why}），请求未发送，可以重试",
  createUnanswered:
    "请求已发出但飞书未及时回答（{why}）：记录可能已写入，也可能没有。请使用相同的 idempotent_id 重新发送",
  unanswered: "请求已发出但飞书未及时回答（{why}）",
  answerUncertain:
    "飞书的应答不是业务应答（{what}）：记录可能已写入，也可能没有。请使用相同的 idempotent_id 重新发送",
  shuttingDown: "代理正在停止，请求未发送，请稍后重试",
  tokenUnavailable: "代理无法获取飞书 tenant_access_token（{why}），请 IT 检查应用 ID 和密钥",
  internal: "代理内部错误，请求未发送",
  proxyTokenInvalid:
    "代理令牌已过期、不是本代理签发的，或其密钥已被撤销；请重新获取（SDK 会保留令牌直到过期，请重启使用它的程序）",
  tokenObtained: "已获取 tenant_access_token",
  bootCredentialsRefused:
    "飞书拒绝了代理的应用凭证：在 IT 改正 FEISHU_APP_ID / FEISHU_APP_SECRET（或启用应用）并重启代理之前，什么都发不出去；详见 GET /self-check",
  bootUnreachable:
    "无法连接飞书来检查应用凭证：请 IT 检查代理服务器的网络和 FEISHU_BASE_URL；详见 GET /self-check",
  bootAccepted: "飞书接受了应用凭证",
  tokenFailed: "获取令牌失败",

  tokenOtherTenant: "它属于另一个租户",
  tokenExpired: "已过期，请重新登录",
  tokenWrongIssuer: "签发者不对（另一个租户或不是 Entra ID）",
  tokenWrongAudience: "受众不对（不是为此代理签发的）",
  tokenNotYetValid: "尚未生效",
  tokenBadClaim: "声明 {claim} 无效",
  tokenBadSignature: "签名无效",
  tokenUnknownKey: "签名密钥不是该租户发布的",
  tokenMalformed: "不是格式正确的 JWT",
  tokenAlgorithm: "签名算法不被接受",
  tokenUnverified: "无法验证",
  tokenTooOld: "签发时间太久，请重新登录",
  tokenMissingClaim: "缺少 {claim} 声明",
  tokenNotAccessToken: "它不是此 API 的访问令牌（可能是 ID 令牌）；加载项必须申请 {scope} 范围",
  tokenWrongScope: "它不含此 API 需要的 {scope} 范围",
  tokenAppOnly:
    "它是应用自身的令牌（没有用户），此代理只接受带有 IT 在 ENTRA_APP_ROLES 中指定的应用角色的应用",
  signInUnavailable:
    "代理现在无法核验登录：取不到租户的签名密钥。请求未发送，请一分钟后重试。若一直如此，请 IT 检查代理能否访问其 ENTRA_JWKS_URL",

  list: "{first}、{second}",
};
