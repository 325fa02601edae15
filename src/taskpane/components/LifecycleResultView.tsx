/**
 * After a revoke or replace run: how many rows were revoked or replaced, already revoked,
 * failed, not confirmed or cancelled, with the failed rows to jump to. After a verify: each
 * written row's mark (verified, not found, revoked in Feishu, differs naming the field), the
 * rows that need a look listed with a jump to each.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import type { RecordKind } from "../../core/kinds";
import type { HeaderRows } from "../../core/sheet-rows";
import { rowLabel } from "../format";
import { useText, type Words } from "../i18n";
import type { VerifyState } from "../../core/records/verify";
import type { LifecycleSummary, VerifyResult } from "../lifecycle-port";
import { S } from "../strings";
import { useLayoutStyles, useRowJumpStyles } from "../theme";
import { FailureReport } from "./FailureReport";

/** Verify lists this many rows that need a look; the sheet marks every row. */
const MAX_MARKS = 100;

const MARK_COUNTS: Record<VerifyState, Words> = {
  verified: S.verifyVerified,
  not_found: S.verifyNotFound,
  revoked: S.verifyRevoked,
  differs: S.verifyDiffers,
  not_checkable: S.verifyNotCheckable,
};

export interface LifecycleResultProps {
  headerRows: HeaderRows;
  onGoTo(kind: RecordKind, row: number): void;
}

export function RunResultView({
  run,
  summary,
  headerRows,
  onGoTo,
}: LifecycleResultProps & { run: "revoke" | "replace"; summary: LifecycleSummary }) {
  const t = useText();
  const layout = useLayoutStyles();
  const intent =
    summary.failed > 0 || summary.unresolved > 0 ? "warning" : summary.cancelled > 0 ? "info" : "success";
  return (
    <section
      className={layout.section}
      aria-labelledby="lifecycle-result-title"
      data-testid="lifecycle-result"
    >
      <Subtitle2 as="h2" id="lifecycle-result-title">
        {t(run === "revoke" ? S.resultTitleRevoke : S.resultTitleReplace)}
      </Subtitle2>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle data-figure="done">
            {t(run === "revoke" ? S.resultRevoke : S.resultReplace, { n: summary.done })}
          </MessageBarTitle>
          <ul>
            {summary.skipped > 0 ? (
              <li data-figure="skipped">{t(S.resultSkipped, { n: summary.skipped })}</li>
            ) : null}
            <li data-figure="failed">{t(S.resultFailed, { n: summary.failed })}</li>
            {summary.unresolved > 0 ? (
              <li data-figure="unresolved">{t(S.resultUnresolved, { n: summary.unresolved })}</li>
            ) : null}
            {summary.cancelled > 0 ? (
              <li data-figure="cancelled">{t(S.resultCancelled, { n: summary.cancelled })}</li>
            ) : null}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {summary.failures.length ? (
        <FailureReport failures={summary.failures} headerRows={headerRows} onGoTo={onGoTo} />
      ) : null}
    </section>
  );
}

export function VerifyResultView({
  result,
  headerRows,
  onGoTo,
}: LifecycleResultProps & { result: VerifyResult }) {
  const t = useText();
  const layout = useLayoutStyles();
  const styles = useRowJumpStyles();
  const count = (state: VerifyState) => result.checks.filter((c) => c.state === state).length;
  const look = result.checks.filter((c) => c.state !== "verified");
  return (
    <section className={layout.section} aria-labelledby="verify-title" data-testid="verify-result">
      <Subtitle2 as="h2" id="verify-title">
        {t(S.verifyTitle)}
      </Subtitle2>
      <MessageBar intent={look.length ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <ul>
            {(Object.keys(MARK_COUNTS) as VerifyState[]).map((mark) => (
              <li key={mark} data-figure={mark}>
                {t(MARK_COUNTS[mark], { n: count(mark) })}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {look.length ? (
        <ul className={styles.list} data-testid="verify-marks">
          {look.slice(0, MAX_MARKS).map((c) => (
            <li key={`${c.kind}:${c.row}`} data-mark={c.state}>
              <Button
                appearance="subtle"
                size="small"
                className={styles.item}
                title={t(S.goToRow)}
                onClick={() => onGoTo(c.kind, c.row)}
              >
                {t(S.failedRowLine, { row: t(rowLabel(c.kind, c.row, headerRows)), message: t(c.message) })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
