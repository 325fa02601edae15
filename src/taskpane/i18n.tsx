/** The pane's current language, for components: `const t = useText(); t(S.checkAll)`. */
import { createContext, useCallback, useContext } from "react";
import { formatMessage, type MessageRef, type MessageValues } from "../core/catalog";
import { pick, type Locale, type Text } from "../core/i18n";

export const LocaleContext = createContext<Locale>("en-US");

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A catalogue message, or a Text that already carries both languages (names, issue messages). */
export type Words = MessageRef | Text;

export function say(words: Words, locale: Locale, values?: MessageValues): string {
  return "id" in words ? formatMessage(locale, words.id, values) : pick(words, locale);
}

export function useText(): (words: Words, values?: MessageValues) => string {
  const locale = useContext(LocaleContext);
  return useCallback((words: Words, values?: MessageValues) => say(words, locale, values), [locale]);
}
