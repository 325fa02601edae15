/** Rows and issues per kind, as a small table with words in every cell (never colour alone). */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { KINDS } from "../../core/kinds";
import type { KindCount } from "../state/selectors";
import { S } from "../strings";
import { useText } from "../i18n";

/** Auto layout: each column as wide as its longest word, so a sheet name never runs into the counts. */
const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  cell: { overflowWrap: "normal", wordBreak: "normal", paddingInline: "2px" },
});

export function CheckCounts({ counts }: { counts: KindCount[] }) {
  const t = useText();
  const styles = useStyles();
  const columns = [S.colRows, S.colErrors, S.colPending, S.colSubmitted, S.colFailed];
  return (
    <Table
      size="extra-small"
      className={styles.table}
      aria-label={t(S.checkTitle)}
      data-testid="check-counts"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>{t(S.colKind)}</TableHeaderCell>
          {columns.map((c) => (
            <TableHeaderCell key={c.id} className={styles.cell}>
              {t(c)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {counts.map((c) => (
          <TableRow key={c.kind} data-kind={c.kind}>
            <TableCell className={styles.cell}>{t(KINDS[c.kind].sheet)}</TableCell>
            {[c.rows, c.errors, c.pending, c.submitted, c.failed].map((n, i) => (
              <TableCell key={i} className={styles.cell}>
                {n}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
