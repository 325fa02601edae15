/**
 * Sign-in with Microsoft, as side effects: a silent sign-in when the pane opens (the account
 * signed in to Office), a sign-in window when the clerk asks, and sign-out. After signing
 * in, the connection is tested at once, so the clerk sees whether the proxy accepts them.
 */
import { useEffect, useMemo, type Dispatch } from "react";
import type { SettingsStore, SignInPort } from "../ports";
import type { Action } from "./reducer";

/** Set when the clerk signed out, so the pane does not sign them in silently again. */
export const SIGNED_OUT_KEY = "feishu-attendance.signed-out.v1";

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface SignInActions {
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

export function useSignIn(
  signIn: SignInPort | null | undefined,
  store: SettingsStore,
  dispatch: Dispatch<Action>,
  onSignedIn: () => void,
): SignInActions {
  useEffect(() => {
    if (!signIn) return;
    let live = true;
    void (async () => {
      if (store.getItem(SIGNED_OUT_KEY) === "1") {
        dispatch({ type: "signin/set", signIn: { state: "signed-out" } });
        return;
      }
      try {
        const user = await signIn.silent();
        if (!live) return;
        dispatch({
          type: "signin/set",
          signIn: user ? { state: "signed-in", user } : { state: "signed-out" },
        });
        if (user) onSignedIn();
      } catch (e) {
        if (live) dispatch({ type: "signin/set", signIn: { state: "failed", detail: message(e) } });
      }
    })();
    return () => {
      live = false;
    };
    // Once per sign-in port: onSignedIn reads the latest settings itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signIn, store, dispatch]);

  return useMemo<SignInActions>(
    () => ({
      async signIn() {
        if (!signIn) return;
        dispatch({ type: "signin/set", signIn: { state: "signing-in" } });
        try {
          const user = await signIn.interactive();
          store.setItem(SIGNED_OUT_KEY, "0");
          dispatch({ type: "signin/set", signIn: { state: "signed-in", user } });
          onSignedIn();
        } catch (e) {
          dispatch({ type: "signin/set", signIn: { state: "failed", detail: message(e) } });
        }
      },
      async signOut() {
        if (!signIn) return;
        try {
          await signIn.signOut();
        } finally {
          store.setItem(SIGNED_OUT_KEY, "1");
          dispatch({ type: "signin/set", signIn: { state: "signed-out" } });
        }
      },
    }),
    [signIn, store, dispatch, onSignedIn],
  );
}
