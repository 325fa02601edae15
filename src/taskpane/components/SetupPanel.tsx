/** Setup: the template, the sign-in (Entra ID deployments), the clerk's name and the connection to the proxy. */
import type { PaneActions } from "../state/usePane";
import { isBusy, type PaneState } from "../state/reducer";
import { useLayoutStyles } from "../theme";
import { Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { YOUR_NAME_MAX } from "../settings";
import { useText } from "../i18n";
import { S } from "../strings";
import { ConnectionForm } from "./ConnectionForm";
import { ItDetails } from "./ItDetails";
import { SignInSection } from "./SignInSection";
import { TemplateSection } from "./TemplateSection";

export function SetupPanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useLayoutStyles();
  const t = useText();
  return (
    <div className={styles.section}>
      <TemplateSection
        report={state.template}
        working={state.phase.name === "templating"}
        disabled={isBusy(state.phase)}
        onCreate={() => void actions.createTemplate()}
      />
      {state.deployment.configProblems.length ? (
        <MessageBar intent="warning" layout="multiline" data-testid="config-problems">
          <MessageBarBody>
            {t(S.configProblems)}
            <ItDetails text={state.deployment.configProblems.join("; ")} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <SignInSection
        signIn={state.signIn}
        onSignIn={() => void actions.signIn()}
        onSignOut={() => void actions.signOut()}
      />
      <Field label={t(S.yourName)} hint={t(S.yourNameHint)}>
        <Input
          value={state.settings.yourName}
          maxLength={YOUR_NAME_MAX}
          onChange={(_, d) => actions.setYourName(d.value)}
          name="yourName"
          autoComplete="name"
        />
      </Field>
      <ConnectionForm
        settings={state.settings}
        connection={state.connection}
        proxyUrlManaged={state.deployment.proxyUrlManaged}
        onSaveAndTest={(s) => void actions.saveAndTest(s)}
      />
    </div>
  );
}
