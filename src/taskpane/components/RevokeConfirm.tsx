/**
 * Before anything is revoked: how many records, whose and which days, as the core works them
 * out from the rows and their history, and the clerk's choice to revoke them or keep them.
 * Shown inside the pane, so it fits the pane's width.
 */
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { RevokeConfirmation } from "../../core/lifecycle/choose";
import { useText } from "../i18n";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";

/** The confirmation names this many people; the rest are counted. */
const MAX_PEOPLE = 20;

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  facts: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  fact: { margin: 0, overflowWrap: "anywhere" },
  term: { fontWeight: tokens.fontWeightSemibold },
});

/** `20260121` → `2026-01-21`. */
const day = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

export interface RevokeConfirmProps {
  confirmation: RevokeConfirmation;
  onRevoke(): void;
  onKeep(): void;
}

export function RevokeConfirm({ confirmation, onRevoke, onKeep }: RevokeConfirmProps) {
  const t = useText();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { count: n, people, from, to } = confirmation;
  const names = people.slice(0, MAX_PEOPLE).join(t(S.listSeparator));
  const more = people.length > MAX_PEOPLE ? t(S.morePeople, { n: people.length - MAX_PEOPLE }) : "";
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
      <dl className={styles.facts}>
        <dt className={styles.term}>{t(S.revokeWho)}</dt>
        <dd className={styles.fact} data-field="who">
          {names}
          {more}
        </dd>
        {from && to ? (
          <>
            <dt className={styles.term}>{t(S.revokeWhen)}</dt>
            <dd className={styles.fact} data-field="when">
              {from === to ? day(from) : t(S.dayRange, { from: day(from), to: day(to) })}
            </dd>
          </>
        ) : null}
      </dl>
      <div className={layout.row}>
        <Button appearance="primary" onClick={onRevoke} data-testid="revoke-confirm-button">
          {t(S.revokeConfirm, { n })}
        </Button>
        <Button onClick={onKeep}>{t(S.revokeKeep)}</Button>
      </div>
    </section>
  );
}
