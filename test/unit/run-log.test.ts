/** The Run log's rows: who ran a run, the words for each kind of run, and a run's report as a row. */
import { messageText } from "../../src/core/catalog";
import { RUN_ACTIONS, RUN_LOG_COLUMNS, runLogEntry, runLogRow, runLogWho } from "../../src/core/run-log";

describe("runLogWho", () => {
  test.each([
    [{ signedIn: "王芳", host: "Host Name", typed: "Li Na" }, "王芳"],
    [{ signedIn: "  ", host: "Host Name", typed: "Li Na" }, "Host Name"],
    [{ signedIn: null, host: null, typed: " Li Na " }, "Li Na"],
    [{ signedIn: null, typed: "" }, ""],
    [{}, ""],
  ])("%p → %p", (names, who) => {
    expect(runLogWho(names)).toBe(who);
  });
});

describe("runLogEntry and runLogRow", () => {
  const run = {
    startedAtMs: new Date(2026, 2, 2, 10, 15, 0).getTime(),
    endedAtMs: new Date(2026, 2, 2, 10, 15, 2, 340).getTime(),
    who: "Li Na",
    scope: messageText("pane.scopeFailed"),
    total: 4,
    written: 2,
    failed: 1,
    skipped: 1,
  };

  test.each([
    ["send", "提交", "Send"],
    ["revoke", "撤销", "Revoke"],
    ["verify", "核对", "Verify"],
  ] as const)("a %s run is named by the catalogue in both languages", (kind, zh, en) => {
    const entry = runLogEntry(kind, run);
    expect(entry).toMatchObject({
      action: kind,
      at: "2026-03-02 10:15:00",
      who: "Li Na",
      durationSeconds: 2.34,
    });
    expect(RUN_ACTIONS[kind]).toEqual({ zh, en });
    expect(runLogRow(entry, "en-US")).toEqual([
      "2026-03-02 10:15:00",
      "Li Na",
      en,
      "The failed rows",
      4,
      2,
      1,
      1,
      2.3,
    ]);
    expect(runLogRow(entry, "zh-CN").slice(2, 4)).toEqual([zh, messageText("pane.scopeFailed").zh]);
  });

  test("a blank who stays blank; a clock that went back gives no negative duration", () => {
    const entry = runLogEntry("verify", { ...run, who: "", endedAtMs: run.startedAtMs - 5 });
    expect(entry.who).toBe("");
    expect(entry.durationSeconds).toBe(0);
  });

  test("the columns, one per cell of a row", () => {
    expect(RUN_LOG_COLUMNS.map((c) => c.en)).toEqual([
      "When",
      "Who",
      "Action",
      "Scope",
      "Rows",
      "Written",
      "Failed",
      "Skipped",
      "Duration (s)",
    ]);
    expect(RUN_LOG_COLUMNS[1].zh).toBe("操作人");
    expect(runLogRow(runLogEntry("send", run), "en-US")).toHaveLength(RUN_LOG_COLUMNS.length);
  });
});
