/**
 * The proxy's own answers, in English (src/proxy/errors.ts, auth.ts, sdk-token.ts,
 * self-check.ts): the `msg` of its Feishu-style envelope, read by IT and SDK users, which the
 * proxy sends as "English / Chinese". proxy.zh-CN.ts has the same keys. Placeholders: {why} a
 * cause, {who} a caller, {method}/{path}/{allow} a route, {limit} bytes, {seconds} a wait,
 * {what} an upstream answer, {claim} a token claim, {scope} an API scope.
 */
export const PROXY_EN = {
  noCredential: "No proxy credential: send Authorization: Bearer <proxy key or Entra ID token>",
  badKey: "The proxy key is not valid",
  badToken: "The Entra ID token is not valid: {why}",
  notAllowed: "{who} is not on this proxy's allow-list; ask IT to add you",
  missingWriteRole: "{who} does not have the role to write attendance records; ask IT",
  missingRevokeRole: "{who} does not have the role to revoke attendance records; ask IT",
  rateLimited:
    "request trigger frequency limit: the wait in the proxy's queue to Feishu would pass the request's timeout; the request was not sent, retry in {seconds} s",
  methodNotRelayed: "The proxy does not relay {method} {path}; use {allow}",
  notRelayed: "The proxy does not relay {method} {path}",
  badRequest: "Bad request: {why}",
  bodyTooLarge: "The request body is over the {limit}-byte limit",
  unreachable: "Feishu could not be reached ({why}); the request was not sent and can be retried",
  createUnanswered:
    "The request was sent but Feishu did not answer in time ({why}): the record may or may not have been written. Resend it with the same idempotent_id",
  unanswered: "The request was sent but Feishu did not answer in time ({why})",
  answerUncertain:
    "Feishu's answer was not a business answer ({what}): the record may or may not have been written. Resend it with the same idempotent_id",
  shuttingDown: "The proxy is stopping; the request was not sent, retry later",
  tokenUnavailable:
    "The proxy cannot get a Feishu tenant_access_token ({why}); IT should check the app id and secret",
  internal: "The proxy failed internally; the request was not sent",
  proxyTokenInvalid:
    "The proxy token has expired, was not issued by this proxy, or its key was revoked; fetch a new one (an SDK keeps its token until it expires: restart the program using it)",
  tokenObtained: "tenant_access_token obtained",
  bootCredentialsRefused:
    "FEISHU REFUSED THE PROXY'S APP CREDENTIALS: nothing can be sent until IT fixes FEISHU_APP_ID / FEISHU_APP_SECRET (or enables the app) and restarts the proxy; GET /self-check explains",
  bootUnreachable:
    "Feishu could not be reached to check the app credentials: IT should check the proxy server's network and FEISHU_BASE_URL; GET /self-check explains",
  bootAccepted: "Feishu accepted the app credentials",
  tokenFailed: "Getting the token failed",

  // Why an Entra ID token is refused ({why} above).
  tokenOtherTenant: "it is for another tenant",
  tokenExpired: "it has expired; sign in again",
  tokenWrongIssuer: "wrong issuer (another tenant or not Entra ID)",
  tokenWrongAudience: "wrong audience (not issued for this proxy)",
  tokenNotYetValid: "not valid yet",
  tokenBadClaim: "claim {claim} is not valid",
  tokenBadSignature: "bad signature",
  tokenUnknownKey: "signed by a key the tenant does not publish",
  tokenMalformed: "not a well-formed JWT",
  tokenAlgorithm: "algorithm not allowed",
  tokenUnverified: "it could not be verified",
  tokenTooOld: "it was issued too long ago; sign in again",
  tokenMissingClaim: "it has no {claim} claim",
  tokenNotAccessToken:
    "it is not an access token for this API (an ID token?); the add-in must ask for the {scope} scope",
  tokenWrongScope: "it does not carry the {scope} scope this API needs",
  tokenAppOnly:
    "it is an app's own token (no user), and this proxy lets apps in only with an app role IT named in ENTRA_APP_ROLES",
  signInUnavailable:
    "The proxy cannot check sign-ins now: the tenant's signing keys cannot be fetched. Nothing was sent; try again in a minute. If it lasts, IT should check that the proxy can reach its ENTRA_JWKS_URL",

  list: "{first}, {second}",
};

export type ProxyKey = keyof typeof PROXY_EN;
