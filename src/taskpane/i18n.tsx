/** The pane's current language, for components: `const t = useText(); t(S.checkAll)`. */
import { createContext, useCallback, useContext } from "react";
import { pick, type Locale, type Text } from "../core/i18n";

export const LocaleContext = createContext<Locale>("en-US");

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useText(): (t: Text) => string {
  const locale = useContext(LocaleContext);
  return useCallback((t: Text) => pick(t, locale), [locale]);
}
