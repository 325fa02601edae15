/** Title, one line on what the pane is for, and the language switch. */
import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n";
import { S } from "../strings";
import { useText } from "../i18n";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function Header({ locale, onLocale }: { locale: Locale; onLocale(locale: Locale): void }) {
  const t = useText();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{t(S.appTitle)}</Title3>
      <Caption1>{t(S.appSubtitle)}</Caption1>
      <LanguageSwitch locale={locale} onChange={onLocale} />
    </header>
  );
}
