/**
 * The root: Fluent theme from Office's theme, then the pane — or, outside Office (host null,
 * no adapter), a clear message instead of a blank page.
 */
import { useEffect } from "react";
import { FluentProvider } from "@fluentui/react-components";
import { localeFromDisplayLanguage } from "../core/i18n";
import { HostMissing } from "./components/HostMissing";
import { Pane } from "./components/Pane";
import { LocaleContext } from "./i18n";
import type { PanePorts } from "./ports";
import { themeFor, type OfficeThemeColors } from "./theme";

export interface AppProps {
  /** Null when there is no workbook to work on (opened outside Office). */
  ports: PanePorts | null;
  displayLanguage?: string | null;
  officeTheme?: OfficeThemeColors | null;
  /** Development builds link the host-missing page to the playground. */
  playgroundUrl?: string | null;
}

export function App({ ports, displayLanguage, officeTheme, playgroundUrl }: AppProps) {
  const browserLanguage = typeof navigator === "undefined" ? null : navigator.language;
  const officeLocale = localeFromDisplayLanguage(displayLanguage ?? browserLanguage);
  // The pane is interactive once its first commit's effects ran: bench:ui measures up to here.
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark("pane-ready");
  }, []);
  return (
    <FluentProvider theme={themeFor(officeTheme)}>
      {ports ? (
        <Pane ports={ports} officeLocale={officeLocale} />
      ) : (
        <LocaleContext.Provider value={officeLocale}>
          <HostMissing playgroundUrl={playgroundUrl} />
        </LocaleContext.Provider>
      )}
    </FluentProvider>
  );
}
