/**
 * Rows Feishu probably holds already (same kind, type and time, whatever the reason text): one
 * click writes the held approval ID onto the row instead of sending it again.
 */
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { HeaderRows } from "../../core/sheet-rows";
import type { AdoptChoice } from "../lifecycle-port";
import { rowLabel } from "../format";
import { useText } from "../i18n";
import { S } from "../strings";
import { PLAIN_LIST, useLayoutStyles } from "../theme";

const useStyles = makeStyles({
  list: { ...PLAIN_LIST, gap: "4px" },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  button: { maxWidth: "100%", height: "auto", overflowWrap: "anywhere", textAlign: "start" },
});

export interface AdoptChoicesProps {
  choices: AdoptChoice[];
  headerRows: HeaderRows;
  disabled: boolean;
  onAdopt(choices: AdoptChoice[]): void;
}

export function AdoptChoices({ choices, headerRows, disabled, onAdopt }: AdoptChoicesProps) {
  const t = useText();
  const styles = useStyles();
  const layout = useLayoutStyles();
  return (
    <section className={layout.section} aria-labelledby="adopt-title" data-testid="adopt-choices">
      <Subtitle2 as="h3" id="adopt-title">
        {t(S.adoptTitle)}
      </Subtitle2>
      <Body1 as="p">{t(S.adoptHelp)}</Body1>
      <ul className={styles.list}>
        {choices.map((c) => (
          <li key={`${c.kind}:${c.row}`} className={styles.item}>
            <Body1>{t(rowLabel(c.kind, c.row, headerRows))}</Body1>
            <Button size="small" className={styles.button} disabled={disabled} onClick={() => onAdopt([c])}>
              {t(S.adoptOne, { id: c.approvalId })}
            </Button>
          </li>
        ))}
      </ul>
      {choices.length > 1 ? (
        <div>
          <Button className={styles.button} disabled={disabled} onClick={() => onAdopt(choices)}>
            {t(S.adoptAll, { n: choices.length })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
