/** appendRunLog over the fake workbook: one row per run, on a sheet created on first use. */
import { text } from "../../src/core/i18n";
import { runLogEntry, type RunLogEntry } from "../../src/core/run-log";
import { setup } from "./helpers";

const entry = (over: Partial<RunLogEntry> = {}): RunLogEntry => ({
  at: "2026-03-02 10:15:00",
  who: "Li Na",
  action: "send",
  scope: text("所有待提交的行", "All rows not yet sent"),
  total: 5,
  written: 3,
  failed: 1,
  skipped: 1,
  durationSeconds: 2.34,
  ...over,
});

describe("appendRunLog", () => {
  test("creates the Run log sheet in the pane's language, then appends one row per run", async () => {
    const t = setup();
    await t.adapter.appendRunLog(entry(), "en-US");
    await t.adapter.appendRunLog(entry({ who: "=cmd", failed: 0, written: 4 }), "en-US");
    const snap = t.fake.snapshot("Run log");
    expect(snap.values.slice(0, 3)).toEqual([
      ["When", "Who", "Action", "Scope", "Rows", "Written", "Failed", "Skipped", "Duration (s)"],
      ["2026-03-02 10:15:00", "Li Na", "Send", "All rows not yet sent", 5, 3, 1, 1, 2.3],
      ["2026-03-02 10:15:00", "=cmd", "Send", "All rows not yet sent", 5, 4, 0, 1, 2.3],
    ]);
    const who = t.fake.book.cell(t.fake.book.sheet("Run log")!, 2, 1);
    expect(who?.formula).toBeUndefined();
  });

  test("a Chinese log keeps its sheet when the pane later speaks English", async () => {
    const t = setup();
    await t.adapter.appendRunLog(entry(), "zh-CN");
    await t.adapter.appendRunLog(entry({ written: 0 }), "en-US");
    const snap = t.fake.snapshot("运行记录");
    expect(snap.values[0][0]).toBe("时间");
    expect(snap.values[1].slice(2, 6)).toEqual(["提交", "所有待提交的行", 5, 3]);
    expect(snap.values[2].slice(2, 6)).toEqual(["Send", "All rows not yet sent", 5, 0]);
    expect(t.fake.book.sheet("Run log")).toBeUndefined();
  });

  test("a sheet of that name holding other data is never written over", async () => {
    const t = setup();
    t.fake.addSheet("Run log");
    t.fake.userEdit("Run log", "A1", [["my notes"]]);
    await t.adapter.appendRunLog(entry(), "en-US");
    expect(t.fake.snapshot("Run log").values[0][0]).toBe("my notes");
    expect(t.fake.snapshot("Run log 2").values[1][1]).toBe("Li Na");
  });

  test("revoke and verify runs are logged with the catalogue's word for each", async () => {
    const t = setup();
    const run = {
      startedAtMs: new Date(2026, 2, 2, 11, 0, 0).getTime(),
      endedAtMs: new Date(2026, 2, 2, 11, 0, 1).getTime(),
      who: "",
      scope: text("选中的行", "The selected rows"),
      total: 2,
      written: 2,
      failed: 0,
      skipped: 0,
    };
    await t.adapter.appendRunLog(runLogEntry("revoke", run), "en-US");
    await t.adapter.appendRunLog(runLogEntry("verify", run), "en-US");
    await t.adapter.appendRunLog(runLogEntry("verify", run), "zh-CN");
    const rows = t.fake.snapshot("Run log").values.slice(1, 4);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["2026-03-02 11:00:00", "", "Revoke", "The selected rows"],
      ["2026-03-02 11:00:00", "", "Verify", "The selected rows"],
      ["2026-03-02 11:00:00", "", "核对", "选中的行"],
    ]);
  });
});

describe("appendRunLog with rows.add", () => {
  test("two panes appending at once keep both rows, and the table takes them", async () => {
    const t = setup({ syncDelayMs: 5 });
    await t.adapter.appendRunLog(entry(), "en-US");
    await Promise.all([
      t.adapter.appendRunLog(entry({ who: "Pane A" }), "en-US"),
      t.adapter.appendRunLog(entry({ who: "Pane B" }), "en-US"),
    ]);
    const snap = t.fake.snapshot("Run log");
    expect(snap.values.slice(1, 4).map((r) => r[1])).toEqual(["Li Na", "Pane A", "Pane B"]);
    expect(snap.tables[0].rows).toBe(3);
    // The When column stays the text it was, not a date serial.
    expect(snap.values[3][0]).toBe("2026-03-02 10:15:00");
  });
});
