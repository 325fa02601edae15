/**
 * Sign-in through an Office dialog, for hosts whose browser blocks MSAL's popup: the dialog
 * opens auth-dialog.html (same domain), which signs in with MSAL's redirect flow on its own
 * page and sends the result back with `messageParent`. The Office UI object is passed in,
 * so this file never reaches for the Office global.
 */
import type { SignedInUser } from "../ports";
import type { DialogToken } from "./msal-sign-in";

/** What auth-dialog.html sends to the pane. */
export type DialogMessage =
  { ok: true; accessToken: string; expiresOn: number; user: SignedInUser } | { ok: false; error: string };

/** The part of Office.context.ui this needs. */
export type DialogUi = Pick<Office.UI, "displayDialogAsync">;

// Office.EventType and AsyncResultStatus values, spelled out so this file needs no Office global at run time.
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;

export function parseDialogMessage(raw: string): DialogMessage {
  try {
    const m = JSON.parse(raw) as Partial<DialogMessage>;
    if (m.ok === true && typeof m.accessToken === "string" && typeof m.expiresOn === "number" && m.user)
      return { ok: true, accessToken: m.accessToken, expiresOn: m.expiresOn, user: m.user };
    if (m.ok === false && typeof m.error === "string") return { ok: false, error: m.error };
  } catch {
    // fall through
  }
  return { ok: false, error: "the sign-in window sent an unreadable answer" };
}

export function officeDialogSignIn(ui: DialogUi, url: string): () => Promise<DialogToken> {
  return () =>
    new Promise<DialogToken>((resolve, reject) => {
      ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if (opened.status !== SUCCEEDED) {
          reject(
            new Error(`the sign-in window did not open (${opened.error.code}: ${opened.error.message})`),
          );
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(MESSAGE_RECEIVED, (arg) => {
          dialog.close();
          const m = parseDialogMessage("message" in arg ? arg.message : "");
          if (m.ok) resolve({ accessToken: m.accessToken, expiresOn: m.expiresOn, user: m.user });
          else reject(new Error(m.error));
        });
        dialog.addEventHandler(EVENT_RECEIVED, () => reject(new Error("the sign-in window was closed")));
      });
    });
}
