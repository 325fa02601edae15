/**
 * What a call's answer means, in English: Feishu's codes and messages (docs/feishu-api.md
 * §1.9, docs/feishu-api.md §3, docs/feishu-api.md §4.2), the proxy's own codes, transport
 * failures and bare HTTP statuses, each a message and a hint (`hint*`) saying who does what. The table that picks them is feishu/codes.ts (and feishu/outcome-rules*.ts for messages, transport and bare statuses).
 * Placeholders: {code} a Feishu code, {text}/{detail}/{hint} parts. No HTTP status in a clerk's
 * sentence: it goes to the outcome's detail, for IT.
 */
export const OUTCOMES_EN = {
  // Hints: who does what.
  hintItCredentials: "Ask IT to check the proxy's Feishu App ID and App Secret.",
  hintAutoRetry: "Retried automatically; nothing is written twice.",
  hintFixRow: "Fix the row as the message says, then submit it again.",
  hintCheckKey:
    'Check your API key under "Setup", or sign out and sign in with Microsoft again; if that fails, ask IT.',
  hintAskItQuoting: "Ask IT, quoting the message.",
  hintAskIt: "Ask IT.",
  hintDuplicate: "Do not send it again: its approval ID is looked up instead.",
  hintUnknownUser:
    'Check the employee column (the ID type chosen under "Setup"); if it is right, ask IT to add the employee to the app\'s scope.',
  hintRevokeRefused: "Check the record's state in Feishu; a record already revoked needs nothing more.",
  hintDataPermission:
    "Ask IT to check the data-permission scope in the attendance admin console (oa.feishu.cn/attendance/manage/member/list).",
  hintTokenRetry:
    "Retried automatically; if it persists, ask IT to check the proxy's token and app credentials.",
  hintTenantTokenRetry: "Retried automatically; if it persists, ask IT to check the proxy's app credentials.",
  hintScope:
    "Ask IT to grant the app attendance:task (and attendance:task:readonly for lookups) and publish a version.",
  hintIpList: "Ask IT to add the proxy's outgoing IP to the app's IP allow-list.",
  hintQuota: "Ask IT to have the quota raised (Feishu customer success), then submit again.",
  hintSealed: "Ask the attendance admin to unseal the period, or check the date.",
  hintTimeInvalid: "Check the start/end times: format and order.",
  hintOperatorPermission: "Ask IT to check the app's permissions in the attendance admin console.",
  hintEmployeeMissing: 'Check the employee column and the ID type under "Setup".',
  hintForbidden: "Ask IT to add you to the proxy's allow-list.",
  hintMissingRole: "Ask IT to give you the write (or revoke) role in Entra ID.",
  hintKeyConflict: "Give the row its own External ID, or ask IT to look the key up in the ledger.",
  hintProxyPath: "Ask IT to check the proxy URL and version.",
  hintRefused: 'Check the network and the proxy address under "Setup"; if the proxy is down, ask IT.',
  hintAborted: "Sending again confirms it, never twice.",
  hintWrongUrl: 'Check the proxy address under "Setup".',
  hintUnexpected: 'Check the proxy address under "Setup"; if it is right, ask IT.',
  hintGateway:
    'Sending again is safe (nothing is written twice). If it persists, check the proxy address under "Setup" and ask IT whether the proxy is running.',

  // Feishu's answers.
  ok: "Written to Feishu",
  duplicate: "Feishu already holds this record",
  code1220001: "Feishu rejected the record: a parameter is invalid",
  code1220002: "The proxy's Feishu token carries no tenant",
  code1220004: "The employee ID does not exist or is outside the app's scope",
  code1220005: "The app has no attendance data permission for this employee",
  code1225000: "Feishu had an internal error",
  code1225001: "Feishu rejected the approval data",
  code1227500: "Feishu cannot revoke this record (unknown approval, another kind, or no longer passed)",
  code1226000: "Feishu's shift service failed",
  code1226500: "Feishu answered with a retired error code",
  code99991400: "Too many calls: Feishu is rate limiting",
  code2200: "Feishu internal error (usually from calling too often)",
  code99991661: "The proxy sent no token to Feishu",
  code99991663: "The Feishu token expired or is invalid",
  code99991665: "The Feishu tenant token is invalid",
  code99991664: "The Feishu app token is invalid",
  code99991668: "A user token was used (this call needs a tenant token)",
  code99991671: "The Feishu token is malformed",
  code99991672: "The Feishu app lacks a required scope",
  code99991401: "The proxy's IP is not on the app's IP allow-list",
  code99991403: "The app's monthly API quota is used up",
  code10003: "Invalid request parameter",
  code10013: "The proxy could not get a Feishu token",
  code10014: "The Feishu app is unauthorised or disabled",
  code10015: "Wrong Feishu App Secret",
  code20002: "Feishu App ID and App Secret do not match",
  sealed: "The attendance period is sealed and cannot change",
  writeConflict: "Feishu hit a write conflict",
  timeInvalid: "The time is invalid",
  operatorPermission: "The operator lacks function or data permission",
  employeeMissing: "The employee does not exist",
  peopleEnterprise: "This call is only for Feishu People Enterprise tenants",
  paramInvalid: "A parameter is invalid",
  unknownCode: "Feishu answered error {code}",
  genericError: "Feishu answered a generic error",

  // The proxy's own codes.
  proxyUnauthenticated: "The proxy did not accept your credentials",
  proxyForbidden: "You are not allowed to use the proxy",
  proxyMissingRole: "Your Microsoft account does not have the role this needs",
  proxyKeyConflict: "This row's key was already used to write different content (not sent)",
  proxyCallerRateLimited: "Sending too fast: the proxy is rate limiting",
  proxyUpstreamBusy: "The proxy's queue to Feishu is full (not sent)",
  proxyUpstreamUnreachable: "The proxy could not reach Feishu (not sent)",
  proxyUpstreamTimeout: "Feishu did not answer in time; it may have been written",
  proxyBodyTooLarge: "The request is too large",
  proxyBadRequest: "The proxy rejected the request format",
  proxyNotFound: "The proxy does not relay this path",
  proxyInternal: "The proxy failed internally (not sent)",
  proxyTokenUnavailable: "The proxy cannot get a Feishu token",
  proxySignInUnavailable: "The proxy cannot check Microsoft sign-ins right now (not sent)",
  hintSignInUnavailable:
    "Send again in a minute; if it lasts, ask IT to check that the proxy can reach Microsoft's signing keys.",

  // Transport failures and bare HTTP statuses.
  transportTimeout: "No answer in time",
  transportReset: "The connection was cut",
  transportRefused: "Could not reach the proxy",
  transportNetwork: "The proxy could not be reached (network error)",
  transportAborted: "Cancelled",
  httpServerError: "Feishu or the proxy failed on its side",
  httpGateway: "The proxy could not be reached, or did not answer in time",
  httpNotFound: "Wrong proxy address",
  httpRejected: "The request was refused",
  httpUnexpected: "An unexpected answer came back",

  // How the parts join into one sentence.
  withDetail: "{text} ({detail})",
  withHint: "{text}. {hint}",
};

export type OutcomeKey = keyof typeof OUTCOMES_EN;
