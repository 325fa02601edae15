/**
 * Before anything is revoked: how many records, whose and when, exactly as Feishu holds them,
 * and the clerk's choice to revoke them or keep them. Shown inside the pane (it fits 320 px).
 */
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { PreviewLine } from "../../core/preview";
import { useText } from "../i18n";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";

/** The confirmation lists this many rows; the rest are counted. */
const MAX_LINES = 12;

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  who: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  when: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface RevokeConfirmProps {
  lines: PreviewLine[];
  onRevoke(): void;
  onKeep(): void;
}

export function RevokeConfirm({ lines, onRevoke, onKeep }: RevokeConfirmProps) {
  const t = useText();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const n = lines.length;
  return (
    <section
      className={`${layout.section} ${styles.box}`}
      aria-labelledby="revoke-confirm-title"
      data-testid="revoke-confirm"
    >
      <Subtitle2 as="h3" id="revoke-confirm-title">
        {t(S.revokeConfirmTitle, { n })}
      </Subtitle2>
      <Body1 as="p">{t(S.revokeConfirmBody)}</Body1>
      <ul className={styles.list}>
        {lines.slice(0, MAX_LINES).map((l) => (
          <li key={`${l.kind}:${l.row}`} data-row={l.row}>
            <Body1 as="span" className={styles.who} data-field="who">
              {l.person} · {t(l.type)}
            </Body1>
            <br />
            <Body1 as="span" className={styles.when} data-field="when">
              {l.start} – {l.end}
            </Body1>
          </li>
        ))}
      </ul>
      {n > MAX_LINES ? <Body1 as="p">{t(S.moreRows, { n: n - MAX_LINES })}</Body1> : null}
      <div className={layout.row}>
        <Button appearance="primary" onClick={onRevoke} data-testid="revoke-confirm-button">
          {t(S.revokeConfirm, { n })}
        </Button>
        <Button onClick={onKeep}>{t(S.revokeKeep)}</Button>
      </div>
    </section>
  );
}
