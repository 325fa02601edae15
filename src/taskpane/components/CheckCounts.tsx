/** Rows and issues per kind, as a small table with words in every cell (never colour alone). */
import {
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

export function CheckCounts({ counts }: { counts: KindCount[] }) {
  const t = useText();
  const columns = [S.colRows, S.colErrors, S.colPending, S.colSubmitted, S.colFailed];
  return (
    <Table size="extra-small" aria-label={t(S.checkTitle)} data-testid="check-counts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(S.colKind)}</TableHeaderCell>
          {columns.map((c) => (
            <TableHeaderCell key={c.id}>{t(c)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {counts.map((c) => (
          <TableRow key={c.kind} data-kind={c.kind}>
            <TableCell>{t(KINDS[c.kind].sheet)}</TableCell>
            {[c.rows, c.errors, c.pending, c.submitted, c.failed].map((n, i) => (
              <TableCell key={i}>{n}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
