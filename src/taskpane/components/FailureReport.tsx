/** The failed rows of a run: each jumps to its row in the sheet; the list can be copied or saved (CSV) for IT. */
import { useState } from "react";
import { Body1, Button } from "@fluentui/react-components";
import type { MessageRef } from "../../core/catalog";
import { KINDS, type RecordKind } from "../../core/kinds";
import { failureReportCsv, type FailedRow } from "../../core/run-log";
import { sheetRowsOf, type HeaderRows } from "../../core/sheet-rows";
import { rowLabel } from "../format";
import { useText } from "../i18n";
import { S } from "../strings";
import { useLayoutStyles, useRowJumpStyles } from "../theme";

export interface FailureReportProps {
  failures: FailedRow[];
  headerRows: HeaderRows;
  onGoTo(kind: RecordKind, row: number): void;
  /** The list's heading and test id, when it lists something other than the run's failed rows. */
  title?: MessageRef;
  name?: string;
}

export function FailureReport({
  failures,
  headerRows,
  onGoTo,
  title = S.failedRows,
  name = "failure-report",
}: FailureReportProps) {
  const t = useText();
  const styles = useRowJumpStyles();
  const layout = useLayoutStyles();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const csv = () =>
    failureReportCsv(
      failures,
      (k) => t(KINDS[k].sheet),
      [t(S.colKind), t(S.reportRow), t(S.reportReason), t(S.reportDetail)],
      sheetRowsOf(headerRows),
    );
  const copy = () =>
    navigator.clipboard.writeText(csv()).then(
      () => setCopied("yes"),
      () => setCopied("no"),
    );
  const save = () => {
    const url = URL.createObjectURL(new Blob(["\ufeff", csv()], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "failure-report.csv";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby={`${name}-title`} data-testid={name}>
      <Body1 as="h3" id={`${name}-title`}>
        {t(title)}
      </Body1>
      <ul className={styles.list}>
        {failures.map((f) => (
          <li key={`${f.kind}:${f.row}`}>
            <Button
              appearance="subtle"
              size="small"
              className={styles.item}
              title={t(S.goToRow)}
              onClick={() => onGoTo(f.kind, f.row)}
              data-failed-row={`${f.kind}:${f.row}`}
            >
              {t(S.failedRowLine, { row: t(rowLabel(f.kind, f.row, headerRows)), message: f.message })}
            </Button>
          </li>
        ))}
      </ul>
      <div className={layout.row}>
        <Button size="small" onClick={() => void copy()}>
          {t(S.copyReport)}
        </Button>
        <Button size="small" onClick={save} data-testid="save-report">
          {t(S.saveReport)}
        </Button>
      </div>
      {copied ? (
        <Body1 as="p" role="status">
          {t(copied === "yes" ? S.reportCopied : S.reportCopyFailed)}
        </Body1>
      ) : null}
    </section>
  );
}
