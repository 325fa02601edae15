/**
 * 窗格对连接的判断（中文）：自检结果、被拒绝的登录、运行时的设置问题，各有一句结论和一句建议（谁该做什么）。
 * 键与 connection.en-US.ts 完全相同。
 */
import type { ConnectionKey } from "./connection.en-US";

export const CONNECTION_ZH: Record<ConnectionKey, string> = {
  verdict: "{lead}{headline}{fixer}{advice}",
  withLead: "{lead}",
  signedInName: "（{name}）",

  upstreamEmulator: "飞书模拟器（测试用）",
  upstreamLark: "Lark",
  upstreamFeishu: "飞书",
  callCreate: "写入考勤记录",
  callQuery: "查询已写入的记录",
  callProcess: "撤销记录",
  callBatchGetId: "按邮箱或手机号查找员工",
  listJoin: "{first}、{second}",

  addressIncomplete: "代理地址「{url}」不完整：缺少 https://。",
  addressIncompleteAdvice: "请写成完整地址，例如 https://attendance-proxy.example.com。",
  upstreamUnreachable: "代理连不上{where}。",
  upstreamUnreachableAdvice:
    "请 IT 检查代理所在服务器能否访问飞书开放平台（网络、防火墙、FEISHU_BASE_URL）。",
  credentialsRefused: "{where}拒绝了代理的应用凭证，代理拿不到访问令牌。",
  credentialsAdvice: "请 IT 检查代理设置中的 FEISHU_APP_ID 和 FEISHU_APP_SECRET，以及应用是否已启用。",
  callsUnscoped: "已连接应用 {app}，但应用缺少权限，无法{calls}。",
  callsFailing: "已连接应用 {app}，但这些操作不可用：{calls}。",
  callsAdvice: "请 IT 在飞书开发者后台为应用开通 {scopes} 权限并发布新版本。",
  noWriteRole: "但您没有写入记录的角色，提交会被拒绝：请 IT 为您分配写入角色。",
  connected: "已连接到{where}。",
  connectedAdvice: "代理每秒最多发送 {pace} 条。{may}",

  corsRefused: "代理 {url} 在运行，但不接受来自本加载项页面的请求。",
  corsAdvice: "请 IT 把 {origin} 加入代理设置 PROXY_CORS_ORIGINS，然后重启代理。",
  addinAddress: "加载项的地址",
  timedOut: "代理 {url} 没有及时回答。",
  timedOutAdvice: "请稍后再试；仍然如此时请 IT 检查代理和它到飞书的网络。",
  unreachable: "无法连接代理 {url}。",
  unreachableAdvice: "请检查代理地址是否正确；地址无误时请 IT 确认代理正在运行。",
  keyRefused: "代理不接受这个 API 密钥。",
  keyRefusedAdvice: "请检查密钥是否完整粘贴；仍不行时请 IT 发一个新密钥。",
  keyForbidden: "密钥有效，但您没有使用此代理的权限。",
  allowListAdvice: "请 IT 把您加入代理的允许名单。",
  notTheProxy: "{url} 不是考勤代理。",
  notTheProxyAdvice: "请向 IT 确认正确的代理地址。",
  proxyError: "代理 {url} 无法完成连接测试。",
  proxyErrorAdvice: "请把这条信息连同下面的「供 IT 参考的详细信息」一起发给 IT。",

  signInExpired: "您的 Microsoft 登录已过期。",
  signInExpiredAdvice: "请退出登录后重新登录；如果反复出现，请检查电脑的日期和时间是否正确。",
  signInNotYetValid: "您的 Microsoft 登录尚未生效。",
  signInNotYetValidAdvice: "请检查电脑的日期和时间是否正确，然后重新登录。",
  wrongAudience: "代理不接受这个登录：登录是为另一个应用签发的（受众不符）。",
  wrongAudienceAdvice: "请 IT 确认加载项配置中的 API 范围（apiScope）与代理的 ENTRA_AUDIENCE 一致。",
  wrongIssuer: "代理不接受这个登录：帐户不属于贵公司的目录。",
  wrongTenant: "代理不接受这个登录：帐户属于另一个组织。",
  workAccountAdvice: "请退出登录，再用公司的工作帐户登录；仍不行请联系 IT。",
  notInGroup: "您已登录，但不在允许使用此代理的用户组中。",
  notInGroupAdvice: "请 IT 把您加入考勤加载项的用户组。",
  missingRole: "您已登录，但没有此操作所需的角色。",
  missingRoleAdvice: "请 IT 在 Entra ID 中为您分配写入（或撤销）角色。",
  signInUnverified: "代理无法验证您的 Microsoft 登录。",
  signInUnverifiedAdvice: "请把这条信息发给 IT：代理的 Entra ID 设置（租户、签名密钥地址）可能有误。",

  signInUnavailable: "代理现在无法核验 Microsoft 登录。",
  signInUnavailableAdvice:
    "没有发送任何内容。请一分钟后重试；若一直如此，请 IT 检查代理能否访问 Microsoft 的签名密钥（ENTRA_JWKS_URL）。",
  notAccessToken: "代理不接受这次登录：它不是考勤 API 的访问令牌。",
  notAccessTokenAdvice:
    "请 IT 把加载项的 API 范围（apiScope）设为 api://<客户端 ID>/access_as_user，与代理的 ENTRA_REQUIRED_SCOPE 一致。",

  setupKeyRefused: "代理不再接受这个 API 密钥。",
  setupKeyRefusedAdvice: "请在「设置」中检查密钥；仍不行时请 IT 发一个新密钥。",
  setupForbidden: "您没有使用此代理的权限。",
  setupScope: "飞书应用缺少所需的权限。",
  setupScopeAdvice:
    "请 IT 在飞书开发者后台为应用开通 attendance:task 和 attendance:task:readonly 并发布新版本。",
  setupIpList: "飞书应用的 IP 白名单拦截了代理。",
  setupIpListAdvice: "请 IT 把代理服务器的 IP 加入应用的白名单。",
  setupQuota: "飞书应用本月的调用额度已用完。",
  setupQuotaAdvice: "请 IT 联系飞书提高额度。",
  setupToken: "代理拿不到飞书的访问令牌。",
};
