import { messageText } from "../../src/core/catalog";
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { setupVerdict } from "../../src/taskpane/setup-verdict";

test.each<[string, number | null, "clerk" | "it", string, string]>([
  [
    "the proxy refused the key",
    PROXY_CODES.unauthenticated,
    "clerk",
    "setupKeyRefused",
    "setupKeyRefusedAdvice",
  ],
  ["the caller is not allowed", PROXY_CODES.forbidden, "it", "setupForbidden", "allowListAdvice"],
  ["a scope is missing", 99991672, "it", "setupScope", "setupScopeAdvice"],
  ["the IP allow-list", 99991401, "it", "setupIpList", "setupIpListAdvice"],
  ["the quota", 99991403, "it", "setupQuota", "setupQuotaAdvice"],
  ["the token (anything else)", 99991663, "it", "setupToken", "credentialsAdvice"],
  ["no code at all", null, "it", "setupToken", "credentialsAdvice"],
])("%s: %p is for %s to fix", (_name, code, fixer, headline, advice) => {
  const v = setupVerdict({ code });
  expect(v.ok).toBe(false);
  expect(v.fixer).toBe(fixer);
  expect(v.headline).toEqual(messageText(`connection.${headline}` as Parameters<typeof messageText>[0]));
  expect(v.advice).toEqual(messageText(`connection.${advice}` as Parameters<typeof messageText>[0]));
});
