/** Submit: choose the rows, preview a request, send with progress, read the summary. */
import { useMemo } from "react";
import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import type { RecordKind } from "../../core/kinds";
import type { LifecycleRun } from "../lifecycle-port";
import type { PaneActions } from "../state/usePane";
import { isBusy, type PaneState } from "../state/reducer";
import { scopeCounts } from "../state/selectors";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";
import { useText, type Words } from "../i18n";
import { DryRunPreview } from "./DryRunPreview";
import { InFeishuSection } from "./InFeishuSection";
import { RunResultView, VerifyResultView } from "./LifecycleResultView";
import { ScopePicker } from "./ScopePicker";
import { SubmitProgressView } from "./SubmitProgressView";
import { SubmitSummaryView } from "./SubmitSummaryView";

const RUN_TITLES: Record<LifecycleRun, Words> = {
  revoke: S.progressRevoke,
  replace: S.progressReplace,
  verify: S.progressVerify,
  records: S.progressRecords,
};
const RUN_DONE: Record<LifecycleRun, Words> = {
  revoke: S.revokedFigure,
  replace: S.replacedFigure,
  verify: S.checkedFigure,
  records: S.checkedFigure,
};

export function SubmitPanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const t = useText();
  const styles = useLayoutStyles();
  const { phase, prepared } = state;
  const counts = useMemo(() => scopeCounts(prepared, state.selection), [prepared, state.selection]);
  const busy = isBusy(phase);
  const count = counts[state.scope];
  const headerRows = prepared?.headerRows ?? {};
  const goTo = (kind: RecordKind, row: number) => void actions.goTo(kind, row, null);
  return (
    <section className={styles.section} aria-labelledby="submit-title">
      <Subtitle2 as="h2" id="submit-title">
        {t(S.submitTitle)}
      </Subtitle2>
      {!prepared ? <Body1 as="p">{t(S.needsCheck)}</Body1> : null}
      {prepared && state.settings.credential.type === "apiKey" && !state.settings.credential.key ? (
        <Body1 as="p">{t(S.needsKey)}</Body1>
      ) : null}
      {prepared && state.signIn.state !== "off" && state.signIn.state !== "signed-in" ? (
        <Body1 as="p">{t(S.needsSignIn)}</Body1>
      ) : null}
      <ScopePicker
        scope={state.scope}
        counts={counts}
        disabled={busy}
        onChange={actions.setScope}
        onRefreshSelection={() => void actions.refreshSelection()}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void actions.submit()}
          disabled={busy || count === 0}
          data-testid="submit-button"
        >
          {count > 0 ? t(S.submitButton, { n: count }) : t(S.submitNothing)}
        </Button>
      </div>
      <DryRunPreview
        preview={state.preview}
        headerRows={prepared?.headerRows ?? {}}
        disabled={busy}
        onPreview={() => void actions.previewSelected()}
      />
      {phase.name === "submitting" ? (
        <SubmitProgressView
          progress={phase.progress}
          cancelling={phase.cancelling}
          onCancel={actions.cancel}
        />
      ) : null}
      {phase.name === "done" ? (
        <SubmitSummaryView
          summary={phase.summary}
          failures={phase.failures}
          keptBack={phase.keptBack}
          headerRows={prepared?.headerRows ?? {}}
          onGoTo={(kind, row) => void actions.goTo(kind, row, null)}
        />
      ) : null}
      {state.deployment.lifecycle?.length || state.deployment.adopt ? (
        <InFeishuSection state={state} actions={actions} />
      ) : null}
      {phase.name === "running" ? (
        <SubmitProgressView
          progress={phase.progress}
          cancelling={phase.cancelling}
          onCancel={actions.cancel}
          title={RUN_TITLES[phase.run]}
          doneLabel={RUN_DONE[phase.run]}
          testId="lifecycle-progress"
        />
      ) : null}
      {phase.name === "ran" ? (
        <RunResultView run={phase.run} summary={phase.summary} headerRows={headerRows} onGoTo={goTo} />
      ) : null}
      {phase.name === "verified" ? (
        <VerifyResultView result={phase.result} headerRows={headerRows} onGoTo={goTo} />
      ) : null}
    </section>
  );
}
