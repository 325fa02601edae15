/** Shown when the page is opened outside Office: a clear message instead of a blank pane. */
import { Body1, Link, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from "@fluentui/react-components";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";
import { useText } from "../i18n";

export interface HostMissingProps {
  /** Link to the browser playground, shown in development builds only. */
  playgroundUrl?: string | null;
}

export function HostMissing({ playgroundUrl }: HostMissingProps) {
  const t = useText();
  const styles = useLayoutStyles();
  return (
    <main className={styles.pane} data-testid="host-missing" data-ready="true">
      <Title3 as="h1">{t(S.appTitle)}</Title3>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(S.hostTitle)}</MessageBarTitle>
          {t(S.hostBody)}
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p">{t(S.hostHelp)}</Body1>
      {playgroundUrl ? (
        <Body1 as="p">
          <Link href={playgroundUrl}>{t(S.hostPlayground)}</Link>
        </Body1>
      ) : null}
    </main>
  );
}
