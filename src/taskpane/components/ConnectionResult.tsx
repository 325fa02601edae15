/** The connection test's answer in words: connected as which app, or what is wrong and who fixes it. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { connectionVerdict, FIXER } from "../connection";
import type { Connection } from "../state/reducer";
import { useText } from "../i18n";
import { ItDetails } from "./ItDetails";

export function ConnectionResult({ connection, proxyUrl }: { connection: Connection; proxyUrl: string }) {
  const t = useText();
  if (connection.state !== "answered") return null;
  const verdict = connectionVerdict(connection.answer, proxyUrl, globalThis.location?.origin);
  return (
    <MessageBar intent={verdict.ok ? "success" : "error"} layout="multiline" data-testid="connection-result">
      <MessageBarBody>
        <MessageBarTitle>{t(verdict.headline)}</MessageBarTitle>
        {t(FIXER[verdict.fixer])}
        {t(verdict.advice)}
        <ItDetails text={verdict.details} />
      </MessageBarBody>
    </MessageBar>
  );
}
