/** The Office dialog sign-in, over a fake Office.context.ui. */
import {
  officeDialogSignIn,
  parseDialogMessage,
  type DialogUi,
} from "../../../src/taskpane/auth/office-dialog";

type Handler = (arg: { message: string } | { error: number }) => void;

function fakeUi(opened: "succeeded" | "failed") {
  const handlers = new Map<string, Handler>();
  const seen: { url: string; closed: number } = { url: "", closed: 0 };
  const ui = {
    displayDialogAsync: (url: string, _options: unknown, cb: (r: unknown) => void) => {
      seen.url = url;
      cb(
        opened === "succeeded"
          ? {
              status: "succeeded",
              value: {
                addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
                close: () => void seen.closed++,
              },
            }
          : { status: "failed", error: { code: 12007, message: "a dialog is already open" } },
      );
    },
  } as unknown as DialogUi;
  return { ui, handlers, seen };
}

describe("Office dialog sign-in", () => {
  test("opens the dialog page and takes the token it sends back", async () => {
    const { ui, handlers, seen } = fakeUi("succeeded");
    const pending = officeDialogSignIn(ui, "https://addin.example.com/auth-dialog.html")();
    handlers.get("dialogMessageReceived")?.({
      message: JSON.stringify({
        ok: true,
        accessToken: "t",
        expiresOn: 5,
        user: { name: "王芳", username: "w@c" },
      }),
    });
    await expect(pending).resolves.toEqual({
      accessToken: "t",
      expiresOn: 5,
      user: { name: "王芳", username: "w@c" },
    });
    expect(seen).toEqual({ url: "https://addin.example.com/auth-dialog.html", closed: 1 });
  });

  test("an error from the page, a closed dialog, or one that cannot open is an error", async () => {
    const a = fakeUi("succeeded");
    const failed = officeDialogSignIn(a.ui, "u")();
    a.handlers.get("dialogMessageReceived")?.({
      message: JSON.stringify({ ok: false, error: "AADSTS50105" }),
    });
    await expect(failed).rejects.toThrow("AADSTS50105");
    const b = fakeUi("succeeded");
    const closed = officeDialogSignIn(b.ui, "u")();
    b.handlers.get("dialogEventReceived")?.({ error: 12006 });
    await expect(closed).rejects.toThrow(/closed/);
    await expect(officeDialogSignIn(fakeUi("failed").ui, "u")()).rejects.toThrow(
      /12007: a dialog is already open/,
    );
  });

  test("an unreadable message is an error, never a token", () => {
    expect(parseDialogMessage("{")).toEqual({
      ok: false,
      error: "the sign-in window sent an unreadable answer",
    });
    expect(parseDialogMessage(JSON.stringify({ ok: true, accessToken: 1 })).ok).toBe(false);
  });
});
