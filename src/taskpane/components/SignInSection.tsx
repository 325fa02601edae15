/** Sign-in with Microsoft: who is signed in and a way out, or a button to sign in. */
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { SignIn } from "../state/reducer";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";
import { useText } from "../i18n";
import { ItDetails } from "./ItDetails";

export interface SignInSectionProps {
  signIn: SignIn;
  onSignIn(): void;
  onSignOut(): void;
}

export function SignInSection({ signIn, onSignIn, onSignOut }: SignInSectionProps) {
  const t = useText();
  const styles = useLayoutStyles();
  if (signIn.state === "off") return null;
  return (
    <section
      className={styles.section}
      aria-labelledby="sign-in-title"
      data-testid="sign-in"
      data-state={signIn.state}
    >
      <Subtitle2 as="h2" id="sign-in-title">
        {t(S.signInTitle)}
      </Subtitle2>
      <Body1 as="p">{t(S.signInHelp)}</Body1>
      {signIn.state === "checking" ? <Spinner size="tiny" label={t(S.signInChecking)} /> : null}
      {signIn.state === "signing-in" ? <Spinner size="tiny" label={t(S.signingIn)} /> : null}
      {signIn.state === "signed-in" ? (
        <div className={styles.row}>
          <Body1 data-testid="signed-in-as">
            {t(S.signedInAs)}
            <strong>{signIn.user.name || signIn.user.username}</strong>
            {signIn.user.name && signIn.user.username
              ? t({ id: "connection.signedInName" }, { name: signIn.user.username })
              : ""}
          </Body1>
          <Button onClick={onSignOut}>{t(S.signOut)}</Button>
        </div>
      ) : null}
      {signIn.state === "failed" ? (
        <MessageBar intent="error" layout="multiline" data-testid="sign-in-failed">
          <MessageBarBody>
            {t(S.signInFailed)}
            <ItDetails text={signIn.detail} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {signIn.state === "signed-out" || signIn.state === "failed" ? (
        <div className={styles.row}>
          {signIn.state === "signed-out" ? <Body1>{t(S.signedOut)}</Body1> : null}
          <Button appearance="primary" onClick={onSignIn}>
            {t(S.signInButton)}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
