/** Setup: the template and the connection to the proxy. */
import type { PaneActions } from "../state/usePane";
import { isBusy, type PaneState } from "../state/reducer";
import { useLayoutStyles } from "../theme";
import { ConnectionForm } from "./ConnectionForm";
import { TemplateSection } from "./TemplateSection";

export function SetupPanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useLayoutStyles();
  return (
    <div className={styles.section}>
      <TemplateSection
        report={state.template}
        working={state.phase.name === "templating"}
        disabled={isBusy(state.phase)}
        onCreate={() => void actions.createTemplate()}
      />
      <ConnectionForm
        settings={state.settings}
        connection={state.connection}
        onSaveAndTest={(s) => void actions.saveAndTest(s)}
      />
    </div>
  );
}
