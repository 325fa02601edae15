/** After a run: written, failed by reason, skipped, cancelled, and where to see the records in Feishu. */
import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import type { SubmitSummary } from "../../core/engine/types";
import type { RecordKind } from "../../core/kinds";
import type { HeaderRows } from "../../core/sheet-rows";
import type { FailedRow } from "../../core/run-log";
import { FailureReport } from "./FailureReport";
import { OUTCOME_NAMES, S } from "../strings";
import { P } from "../strings-people";
import { useLayoutStyles } from "../theme";
import { useText } from "../i18n";

export interface SubmitSummaryViewProps {
  summary: SubmitSummary;
  failures: FailedRow[];
  /** Rows the look at Feishu kept from the send. */
  keptBack?: FailedRow[];
  /** Where each table's header sits, so row numbers are the sheet's own. */
  headerRows: HeaderRows;
  onGoTo(kind: RecordKind, row: number): void;
}

export function SubmitSummaryView({
  summary,
  failures,
  keptBack = [],
  headerRows,
  onGoTo,
}: SubmitSummaryViewProps) {
  const t = useText();
  const styles = useLayoutStyles();
  const reasonName = (kind: string) =>
    kind in OUTCOME_NAMES ? t(OUTCOME_NAMES[kind as keyof typeof OUTCOME_NAMES]) : kind;
  const reasons = Object.entries(summary.failedBy).filter(([, n]) => n > 0);
  const intent =
    summary.failed > 0 || keptBack.length > 0 ? "warning" : summary.cancelled > 0 ? "info" : "success";
  return (
    <section className={styles.section} aria-labelledby="summary-title" data-testid="submit-summary">
      <Subtitle2 as="h2" id="summary-title">
        {t(S.summaryTitle)}
      </Subtitle2>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle data-figure="written">
            {t(S.summaryWritten, { n: summary.written })}
          </MessageBarTitle>
          <ul>
            <li data-figure="failed">{t(S.summaryFailed, { n: summary.failed })}</li>
            <li data-figure="skipped">{t(S.summarySkipped, { n: summary.skipped })}</li>
            {summary.unresolved > 0 ? (
              <li data-figure="unresolved">{t(S.summaryUnresolved, { n: summary.unresolved })}</li>
            ) : null}
            {summary.held > 0 ? (
              <li data-figure="held">
                {t(P.summaryHeld)}: {summary.held}
              </li>
            ) : null}
            {keptBack.length > 0 ? (
              <li data-figure="kept-back">{t(S.summaryKeptBack, { n: keptBack.length })}</li>
            ) : null}
            {summary.cancelled > 0 ? (
              <li data-figure="cancelled">{t(S.summaryCancelled, { n: summary.cancelled })}</li>
            ) : null}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {reasons.length ? (
        <div>
          <Body1 as="p">{t(S.summaryFailedBy)}</Body1>
          <ul>
            {reasons.map(([kind, n]) => (
              <li key={kind}>{t(S.summaryFailedReason, { reason: reasonName(kind), n })}</li>
            ))}
          </ul>
          <Body1 as="p">{t(S.summaryFailedHint)}</Body1>
          {failures.length ? (
            <FailureReport failures={failures} headerRows={headerRows} onGoTo={onGoTo} />
          ) : null}
        </div>
      ) : null}
      {keptBack.length ? (
        <div>
          <Body1 as="p">{t(S.summaryKeptBackHint)}</Body1>
          <FailureReport
            failures={keptBack}
            headerRows={headerRows}
            onGoTo={onGoTo}
            title={S.keptBackRows}
            name="kept-back-report"
          />
        </div>
      ) : null}
      {summary.cancelled > 0 ? <Body1 as="p">{t(S.resumeHint)}</Body1> : null}
      <Body1 as="p">{t(S.summaryWhere)}</Body1>
    </section>
  );
}
