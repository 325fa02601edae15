/** The two UI languages. Feishu's own `default_locale` values (ch/en/ja) live in enums.ts. */
export type Locale = "zh-CN" | "en-US";

/** A piece of user-facing text in both UI languages. */
export interface Text {
  zh: string;
  en: string;
}

/**
 * Builds a Text from two literals: for the catalogue (src/core/catalog/) only. Everywhere else
 * a text comes from a catalogue message (`messageText`); test/core/catalog/index.test.ts fails on
 * an inline pair outside it.
 */
export const text = (zh: string, en: string): Text => ({ zh, en });

/** No text in either language (a verdict with no advice, a hint that is not needed). */
export const NO_TEXT: Text = Object.freeze({ zh: "", en: "" });

export function pick(t: Text, locale: Locale): string {
  return locale === "zh-CN" ? t.zh : t.en;
}

/** Office reports display languages like "zh-CN", "zh-TW", "en-GB"; anything Chinese gets zh-CN. */
export function localeFromDisplayLanguage(displayLanguage: string | null | undefined): Locale {
  return /^zh/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}
