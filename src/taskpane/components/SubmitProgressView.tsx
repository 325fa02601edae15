/** Progress of a run: bar, numbers in words, time left, and Cancel. */
import { Body1, Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { SubmitProgress } from "../../core/engine/types";
import { formatEta, percent } from "../format";
import { S } from "../strings";
import { useText, type Words } from "../i18n";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(90px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: { display: "flex", flexDirection: "column" },
  value: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface SubmitProgressViewProps {
  progress: SubmitProgress;
  cancelling: boolean;
  onCancel(): void;
  /** What the run does ("Sending" unless told) and what its done rows are called ("Written"). */
  title?: Words;
  doneLabel?: Words;
  testId?: string;
}

export function SubmitProgressView(props: SubmitProgressViewProps) {
  const { progress, cancelling, onCancel } = props;
  const t = useText();
  const styles = useStyles();
  const eta = formatEta(progress.etaMs);
  const done = progress.ok + progress.failed;
  const figures = [
    ["sent", S.sent, progress.sent],
    ["written", props.doneLabel ?? S.written, progress.ok],
    ["failed", S.failed, progress.failed],
    ["retrying", S.retrying, progress.retrying],
    ["remaining", S.remaining, progress.remaining],
  ] as const;
  return (
    <section aria-labelledby="progress-title" data-testid={props.testId ?? "submit-progress"}>
      <Field
        label={<span id="progress-title">{t(props.title ?? S.progressTitle)}</span>}
        validationMessage={`${done} / ${progress.total}`}
        validationState="none"
      >
        <ProgressBar
          value={percent(done, progress.total)}
          thickness="large"
          aria-valuetext={`${done} / ${progress.total}`}
        />
      </Field>
      <dl className={styles.figures}>
        {figures.map(([name, label, value]) => (
          <div key={name} className={styles.figure}>
            <dt>{t(label)}</dt>
            <dd className={styles.value} data-figure={name}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <Body1 as="p" role="status">
        {t(S.eta)}: {eta ? t(eta) : t(S.etaUnknown)}
      </Body1>
      <div>
        {cancelling ? (
          <Body1 as="p" role="status">
            {t(S.cancelling)}
          </Body1>
        ) : (
          <Button onClick={onCancel}>{t(S.cancel)}</Button>
        )}
      </div>
    </section>
  );
}
