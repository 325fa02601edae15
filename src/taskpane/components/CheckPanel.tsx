/** Check: counts, the issue list and the "check everything" button; live validation runs on its own. */
import { useMemo } from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import type { PaneActions } from "../state/usePane";
import { isBusy, type PaneState } from "../state/reducer";
import { issuesByRow, kindCounts } from "../state/selectors";
import { S } from "../strings";
import { P } from "../strings-people";
import { useLayoutStyles } from "../theme";
import { useText } from "../i18n";
import { CheckCounts } from "./CheckCounts";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({ grow: { flexGrow: 1 } });

export function CheckPanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const t = useText();
  const styles = useLayoutStyles();
  const own = useStyles();
  const { prepared } = state;
  const counts = useMemo(() => (prepared ? kindCounts(prepared) : null), [prepared]);
  const groups = useMemo(() => (prepared ? issuesByRow(prepared.issues) : []), [prepared]);
  return (
    <section className={styles.section} aria-labelledby="check-title">
      <Subtitle2 as="h2" id="check-title">
        {t(S.checkTitle)}
      </Subtitle2>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void actions.checkAll()} disabled={isBusy(state.phase)}>
          {t(S.checkAll)}
        </Button>
        <Button onClick={() => void actions.refreshPeople()} disabled={isBusy(state.phase)}>
          {t(P.refreshPeople)}
        </Button>
        {state.phase.name === "checking" && !state.phase.progress ? (
          <Spinner size="tiny" label={t(S.checking)} />
        ) : null}
      </div>
      {state.phase.name === "checking" && state.phase.progress ? (
        <div className={styles.row} data-testid="check-progress">
          <Field
            className={own.grow}
            label={t(S.checkProgress, {
              ratio:
                Math.floor((100 * state.phase.progress.done) / Math.max(1, state.phase.progress.total)) / 100,
            })}
          >
            <ProgressBar value={state.phase.progress.done} max={state.phase.progress.total} />
          </Field>
          <Button onClick={actions.stopCheck} disabled={state.phase.stopping}>
            {t(S.checkStop)}
          </Button>
        </div>
      ) : null}
      <Field label={t(P.peopleMaxAge)} hint={t(P.peopleMaxAgeHint)}>
        <Input
          type="number"
          min={0}
          max={365}
          value={String(state.settings.peopleMaxAgeDays)}
          onChange={(_, d) => {
            const days = Number(d.value);
            if (Number.isInteger(days) && days >= 0 && days <= 365) actions.setPeopleMaxAge(days);
          }}
          name="peopleMaxAgeDays"
        />
      </Field>
      <Body1 className={styles.muted} role="status" data-testid="live-status">
        {t(state.liveChecking ? S.liveWorking : S.liveOn)}
      </Body1>
      {counts ? <CheckCounts counts={counts} /> : <Body1 as="p">{t(S.notChecked)}</Body1>}
      {prepared ? (
        <IssueList
          groups={groups}
          headerRows={prepared.headerRows}
          onSelect={(k, r, c) => void actions.goTo(k, r, c)}
        />
      ) : null}
    </section>
  );
}
