/**
 * Records already in Feishu, on the Send tab: revoke the selected written rows (after a
 * confirmation), replace edited rows, verify written rows, list Feishu's records on a sheet,
 * and adopt the approval IDs of rows Feishu probably holds already.
 */
import { useMemo } from "react";
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { PaneActions } from "../state/usePane";
import { editedRows, liveRows } from "../state/lifecycle-rows";
import { isBusy, type PaneState } from "../state/reducer";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";
import { useText } from "../i18n";
import { AdoptChoices } from "./AdoptChoices";
import { RevokeConfirm } from "./RevokeConfirm";

const useStyles = makeStyles({
  action: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  button: { maxWidth: "100%", height: "auto", textAlign: "start" },
});

export function InFeishuSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const t = useText();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { prepared, lifecycle } = state;
  const counts = useMemo(
    () => ({
      written: prepared ? liveRows(prepared).length : 0,
      edited: prepared ? editedRows(prepared).length : 0,
    }),
    [prepared],
  );
  const busy = isBusy(state.phase) || !prepared;
  const offered = new Set(state.deployment.lifecycle ?? []);
  const action = (id: string, label: string, onClick: () => void, disabled: boolean, note: string) => (
    <div className={styles.action}>
      <Button className={styles.button} onClick={onClick} disabled={disabled} data-testid={id}>
        {label}
      </Button>
      <Body1 className={layout.muted}>{note}</Body1>
    </div>
  );
  return (
    <section className={layout.section} aria-labelledby="in-feishu-title" data-testid="in-feishu">
      <Subtitle2 as="h2" id="in-feishu-title">
        {t(S.inFeishuTitle)}
      </Subtitle2>
      <Body1 as="p">{t(S.inFeishuHelp)}</Body1>
      {state.deployment.adopt && lifecycle.adopt.length ? (
        <AdoptChoices
          choices={lifecycle.adopt}
          headerRows={prepared?.headerRows ?? {}}
          disabled={busy}
          onAdopt={(c) => void actions.adopt(c)}
        />
      ) : null}
      {offered.has("revoke") &&
        action(
          "revoke-button",
          t(S.revokeButton),
          () => void actions.askRevoke(),
          busy || counts.written === 0,
          t(S.revokeHint),
        )}
      {lifecycle.confirm ? (
        <RevokeConfirm
          confirmation={lifecycle.confirm.confirmation}
          onRevoke={() => void actions.confirmRevoke()}
          onKeep={actions.keepRecords}
        />
      ) : null}
      {offered.has("replace") &&
        action(
          "replace-button",
          t(S.replaceButton),
          () => void actions.replace(),
          busy || counts.edited === 0,
          t(S.replaceCount, { n: counts.edited }),
        )}
      {offered.has("verify") &&
        action(
          "verify-button",
          t(S.verifyButton),
          () => void actions.verify(),
          busy || counts.written === 0,
          t(S.verifyCount, { n: counts.written }),
        )}
      {offered.has("records") &&
        action(
          "records-button",
          t(S.recordsSheetButton),
          () => void actions.fillRecordsSheet(),
          busy,
          t(S.recordsSheetHelp),
        )}
    </section>
  );
}
