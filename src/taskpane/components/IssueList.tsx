/** The issues grouped by row; each one is a button that selects its cell in the sheet. */
import { Badge, Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { RecordKind } from "../../core/kinds";
import type { HeaderRows } from "../../core/sheet-rows";
import { issueText } from "../../core/validate/issue-text";
import { rowLabel } from "../format";
import { useLocale, useText } from "../i18n";
import type { RowIssues } from "../state/selectors";
import { S } from "../strings";
import { PLAIN_LIST } from "../theme";

/** Long lists stay quick: the sheet itself shows every row's reasons in its Message column. */
const MAX_ROWS = 200;

const useStyles = makeStyles({
  list: { ...PLAIN_LIST, gap: tokens.spacingVerticalS },
  group: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  issues: { listStyleType: "none", margin: 0, padding: 0 },
  issue: {
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    minHeight: "28px",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  badge: { flexShrink: 0 },
});

export interface IssueListProps {
  groups: RowIssues[];
  /** Where each table's header sits, so row numbers are the sheet's. */
  headerRows: HeaderRows;
  onSelect(kind: RecordKind, row: number, column: string | null): void;
}

export function IssueList({ groups, headerRows, onSelect }: IssueListProps) {
  const t = useText();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section aria-labelledby="issues-title">
      <Subtitle2 as="h3" id="issues-title">
        {t(S.issuesTitle)}
      </Subtitle2>
      {groups.length === 0 ? <Body1 as="p">{t(S.noIssues)}</Body1> : null}
      <ul className={styles.list} data-testid="issue-list">
        {groups.slice(0, MAX_ROWS).map((g) => (
          <li key={`${g.kind}:${g.row}`} className={styles.group}>
            <Body1 as="h4" id={`row-${g.kind}-${g.row}`}>
              {t(rowLabel(g.kind, g.row, headerRows))}
            </Body1>
            <ul className={styles.issues} aria-labelledby={`row-${g.kind}-${g.row}`}>
              {g.issues.map((issue, i) => (
                <li key={i}>
                  <Button
                    appearance="subtle"
                    size="small"
                    className={styles.issue}
                    title={t(S.goToCell)}
                    onClick={() => onSelect(issue.kind, issue.row, issue.column)}
                  >
                    <Badge
                      className={styles.badge}
                      appearance="tint"
                      color={issue.severity === "error" ? "danger" : "warning"}
                      shape="rounded"
                    >
                      {t(issue.severity === "error" ? S.severityError : S.severityWarning)}
                    </Badge>
                    <span>{issueText(issue, locale)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {groups.length > MAX_ROWS ? <Body1 as="p">{t(S.moreIssues, { n: MAX_ROWS })}</Body1> : null}
    </section>
  );
}
