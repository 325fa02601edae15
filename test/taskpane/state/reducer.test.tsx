import {
  initialState,
  isBusy,
  paneReducer,
  type Action,
  type PaneState,
} from "../../../src/taskpane/state/reducer";
import { defaultSettings } from "../../../src/taskpane/settings";
import { OK_CHECK, submitSummary } from "../fakes";

const start = () => initialState(defaultSettings("https://pane.test"), "en-US");
const run = (state: PaneState, ...actions: Action[]) => actions.reduce(paneReducer, state);
const summary = submitSummary({ written: 2, failed: 1, failedBy: { invalid: 1 } });

describe("pane reducer", () => {
  test.each<[string, Action[], string]>([
    ["template work", [{ type: "template/start" }], "templating"],
    [
      "template done",
      [
        { type: "template/start" },
        { type: "template/done", report: { created: ["leave"], repaired: [], unchanged: [] } },
      ],
      "idle",
    ],
    ["check", [{ type: "check/start" }], "checking"],
    [
      "check done",
      [
        { type: "check/start" },
        {
          type: "check/done",
          prepared: { issues: [], records: [], rows: [], rowCounts: {}, headerRows: {} },
        },
      ],
      "idle",
    ],
    ["submit", [{ type: "submit/start", scope: "pending", total: 3, at: 0 }], "submitting"],
    [
      "submit done",
      [
        { type: "submit/start", scope: "pending", total: 3, at: 0 },
        { type: "submit/done", summary, failures: [] },
      ],
      "done",
    ],
    [
      "failure returns to idle",
      [
        { type: "check/start" },
        { type: "work/failed", notice: { intent: "error", text: { zh: "x", en: "x" } } },
      ],
      "idle",
    ],
    [
      "no second job while one runs",
      [{ type: "submit/start", scope: "pending", total: 3, at: 0 }, { type: "check/start" }],
      "submitting",
    ],
    ["no template while checking", [{ type: "check/start" }, { type: "template/start" }], "checking"],
    ["done without a run is ignored", [{ type: "submit/done", summary, failures: [] }], "idle"],
    [
      "a new check after a summary",
      [
        { type: "submit/start", scope: "failed", total: 1, at: 0 },
        { type: "submit/done", summary, failures: [] },
        { type: "check/start" },
      ],
      "checking",
    ],
  ])("%s", (_name, actions, phase) => {
    expect(run(start(), ...actions).phase.name).toBe(phase);
  });

  test("progress and cancel update only a running submit", () => {
    const progress = { total: 3, sent: 2, ok: 1, failed: 0, retrying: 1, remaining: 2, etaMs: 900 };
    const s = run(
      start(),
      { type: "submit/start", scope: "selected", total: 3, at: 5 },
      { type: "submit/progress", progress },
      { type: "submit/cancel" },
    );
    expect(s.phase).toEqual({
      name: "submitting",
      scope: "selected",
      progress,
      cancelling: true,
      startedAt: 5,
    });
    expect(run(start(), { type: "submit/progress", progress }).phase).toEqual({ name: "idle" });
    expect(isBusy(s.phase)).toBe(true);
  });

  test("the summary keeps the scope it ran with", () => {
    const s = run(
      start(),
      { type: "submit/start", scope: "failed", total: 1, at: 0 },
      { type: "submit/done", summary, failures: [] },
    );
    expect(s.phase).toEqual({ name: "done", scope: "failed", summary, failures: [], keptBack: [] });
    expect(isBusy(s.phase)).toBe(false);
  });

  test("changing the proxy or key forgets the last connection answer; changing the id type does not", () => {
    const answered = run(
      start(),
      { type: "connection/start" },
      { type: "connection/done", answer: OK_CHECK },
    );
    expect(answered.connection.state).toBe("answered");
    const sameConn = run(answered, {
      type: "settings/save",
      settings: { ...answered.settings, employeeType: "open_id" },
    });
    expect(sameConn.connection.state).toBe("answered");
    const newKey = run(answered, {
      type: "settings/save",
      settings: { ...answered.settings, credential: { type: "apiKey", key: "k2" } },
    });
    expect(newKey.connection).toEqual({ state: "untested" });
  });

  test("the language follows Office until the clerk picks one", () => {
    expect(initialState(defaultSettings(""), "zh-CN").locale).toBe("zh-CN");
    expect(initialState({ ...defaultSettings(""), locale: "en-US" }, "zh-CN").locale).toBe("en-US");
    const s = run(start(), { type: "locale/set", locale: "zh-CN" });
    expect([s.locale, s.settings.locale]).toEqual(["zh-CN", "zh-CN"]);
  });

  test("live validation keeps the last answer when a re-check fails", () => {
    const prepared = { issues: [], records: [], rows: [], rowCounts: {}, headerRows: {} };
    const s = run(start(), { type: "check/start" }, { type: "check/done", prepared }, { type: "live/start" });
    expect(s.liveChecking).toBe(true);
    const after = run(s, { type: "live/done", prepared: null });
    expect([after.liveChecking, after.prepared]).toEqual([false, prepared]);
  });
});
