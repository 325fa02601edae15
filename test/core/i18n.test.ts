import { localeFromDisplayLanguage, NO_TEXT, pick, text } from "../../src/core/i18n";

test.each<[string | null | undefined, string]>([
  ["zh-CN", "zh-CN"],
  ["zh-TW", "zh-CN"],
  ["ZH-hk", "zh-CN"],
  ["zh", "zh-CN"],
  ["en-US", "en-US"],
  ["en-GB", "en-US"],
  ["ja-JP", "en-US"],
  ["", "en-US"],
  [null, "en-US"],
  [undefined, "en-US"],
])("Office display language %p reads as %s", (display, locale) => {
  expect(localeFromDisplayLanguage(display)).toBe(locale);
});

test("pick takes the text of the locale", () => {
  const t = text("请假", "Leave");
  expect(pick(t, "zh-CN")).toBe("请假");
  expect(pick(t, "en-US")).toBe("Leave");
});

test("NO_TEXT is empty in both languages and cannot be changed", () => {
  expect([pick(NO_TEXT, "zh-CN"), pick(NO_TEXT, "en-US")]).toEqual(["", ""]);
  expect(Object.isFrozen(NO_TEXT)).toBe(true);
});
