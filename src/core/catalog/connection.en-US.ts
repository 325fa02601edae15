/**
 * The pane's verdicts on the connection, in English: what the self-check, a refused sign-in or a
 * run's setup failure means, each a headline and advice saying who does what (taskpane/connection*.ts,
 * setup-verdict.ts). connection.zh-CN.ts has the same keys. Placeholders: {url} the proxy address,
 * {origin} the add-in's address, {where} Feishu or the emulator, {app} an app ID, {calls} what
 * does not work, {scopes} permissions, {pace} records a second. No HTTP status or protocol word in
 * a headline: those go to the verdict's details, for IT.
 */
export const CONNECTION_EN = {
  verdict: "{lead}{headline} {fixer}{advice}",
  withLead: "{lead} ",
  signedInName: " ({name})",

  upstreamEmulator: "the Feishu emulator (for testing)",
  upstreamLark: "Lark",
  upstreamFeishu: "Feishu",
  callCreate: "writing records",
  callQuery: "reading records back",
  callProcess: "revoking records",
  callBatchGetId: "finding people by email or mobile",
  listJoin: "{first}, {second}",

  addressIncomplete: 'The proxy address "{url}" is incomplete: it lacks https://.',
  addressIncompleteAdvice: "Write the whole address, e.g. https://attendance-proxy.example.com.",
  upstreamUnreachable: "The proxy cannot reach {where}.",
  upstreamUnreachableAdvice:
    "Ask IT to check that the proxy's server can reach the Feishu Open Platform (network, firewall, FEISHU_BASE_URL).",
  credentialsRefused: "{where} refused the proxy's app credentials, so the proxy gets no access token.",
  credentialsAdvice:
    "Ask IT to check FEISHU_APP_ID and FEISHU_APP_SECRET in the proxy's settings and that the app is enabled.",
  callsUnscoped: "Connected as app {app}, but the app lacks a permission for {calls}.",
  callsFailing: "Connected as app {app}, but these do not work: {calls}.",
  callsAdvice: "Ask IT to grant the app {scopes} in the Feishu developer console and publish a new version.",
  noWriteRole:
    " But you do not have the role to write records, so sending will be refused: ask IT for the write role.",
  connected: "Connected to {where}.",
  connectedAdvice: "The proxy sends up to {pace} records a second.{may}",

  corsRefused: "The proxy at {url} is running but does not accept requests from this add-in's page.",
  corsAdvice: "Ask IT to add {origin} to the proxy's PROXY_CORS_ORIGINS setting and restart the proxy.",
  addinAddress: "the add-in's address",
  timedOut: "The proxy at {url} did not answer in time.",
  timedOutAdvice:
    "Try again in a moment; if it persists, ask IT to check the proxy and its network to Feishu.",
  unreachable: "Cannot reach the proxy at {url}.",
  unreachableAdvice: "Check the address; if it is right, ask IT whether the proxy is running.",
  keyRefused: "The proxy did not accept this API key.",
  keyRefusedAdvice: "Check that the whole key was pasted; if it still fails, ask IT for a new key.",
  keyForbidden: "The key is valid but you are not allowed to use this proxy.",
  allowListAdvice: "Ask IT to add you to the proxy's allow-list.",
  notTheProxy: "{url} is not the attendance proxy.",
  notTheProxyAdvice: "Ask IT for the right proxy address.",
  proxyError: "The proxy at {url} could not answer the connection test.",
  proxyErrorAdvice: 'Send this message to IT, with the "Details for IT" below.',

  signInExpired: "Your Microsoft sign-in has expired.",
  signInExpiredAdvice:
    "Sign out and sign in again; if it keeps happening, check that your computer's date and time are right.",
  signInNotYetValid: "Your Microsoft sign-in is not valid yet.",
  signInNotYetValidAdvice: "Check that your computer's date and time are right, then sign in again.",
  wrongAudience: "The proxy does not accept this sign-in: it was issued for another app (wrong audience).",
  wrongAudienceAdvice: "Ask IT to make the add-in's API scope (apiScope) match the proxy's ENTRA_AUDIENCE.",
  wrongIssuer:
    "The proxy does not accept this sign-in: the account is not from your organisation's directory.",
  wrongTenant: "The proxy does not accept this sign-in: the account belongs to another organisation.",
  workAccountAdvice: "Sign out and sign in with your work account; if that fails, ask IT.",
  notInGroup: "You are signed in, but you are not in a group allowed to use this proxy.",
  notInGroupAdvice: "Ask IT to add you to the attendance add-in's user group.",
  missingRole: "You are signed in, but you do not have the role this needs.",
  missingRoleAdvice: "Ask IT to give you the write (or revoke) role in Entra ID.",
  signInUnverified: "The proxy could not verify your Microsoft sign-in.",
  signInUnverifiedAdvice:
    "Send this to IT: the proxy's Entra ID settings (tenant, signing keys address) may be wrong.",

  signInUnavailable: "The proxy cannot check Microsoft sign-ins right now.",
  signInUnavailableAdvice:
    "Nothing was sent. Try again in a minute; if it lasts, ask IT to check that the proxy can reach Microsoft's signing keys (ENTRA_JWKS_URL).",
  notAccessToken: "The proxy does not accept this sign-in: it is not an access token for the attendance API.",
  notAccessTokenAdvice:
    "Ask IT to set the add-in's API scope (apiScope) to api://<client id>/access_as_user, as the proxy's ENTRA_REQUIRED_SCOPE expects.",

  setupKeyRefused: "The proxy no longer accepts this API key.",
  setupKeyRefusedAdvice: 'Check the key under "Setup"; if it still fails, ask IT for a new key.',
  setupForbidden: "You are not allowed to use this proxy.",
  setupScope: "The Feishu app lacks a permission it needs.",
  setupScopeAdvice:
    "Ask IT to grant the app attendance:task and attendance:task:readonly in the Feishu developer console and publish a new version.",
  setupIpList: "The Feishu app's IP allow-list blocks the proxy.",
  setupIpListAdvice: "Ask IT to add the proxy server's IP to the app's allow-list.",
  setupQuota: "The Feishu app has used up this month's call quota.",
  setupQuotaAdvice: "Ask IT to raise the quota with Feishu.",
  setupToken: "The proxy cannot get an access token from Feishu.",
};

export type ConnectionKey = keyof typeof CONNECTION_EN;
