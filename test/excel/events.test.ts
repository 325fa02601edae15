import type { HostProfileId } from "../../src/fake-excel";
import { createExcelAdapter } from "../../src/excel/adapter";
import { createFakeExcel } from "../../src/fake-excel";
import { leaveTable, onEveryHost } from "./helpers";

async function watched(profile: HostProfileId) {
  const t = await leaveTable(20, { profile });
  await t.fake.settle();
  const seen: unknown[] = [];
  const stop = await t.adapter.onRowsChanged((c) => seen.push(c));
  t.tick(1000);
  return { ...t, seen, stop };
}

onEveryHost("onRowsChanged", ({ id }) => {
  test("reports the touched data rows once, debounced, and ignores the add-in's own writes", async () => {
    const t = await watched(id);
    t.fake.userEdit("Leave", "C5", [["2026-01-05 09:00"]]);
    t.fake.userEdit("Leave", "B7:C8", [
      ["Sick leave", ""],
      ["Sick leave", ""],
    ]);
    t.fake.userEdit("Out of office", "A2", [["x"]]);
    await t.fake.settle();
    expect(t.seen).toEqual([]); // debounced: nothing until the timer fires
    t.fireTimers();
    await t.fake.settle();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([
      [
        { kind: "leave", rows: [3, 5, 6] },
        { kind: "out", rows: [0] },
      ],
    ]);

    // Our own writes raise events too, which must not come back as edits.
    await t.adapter.showIssues({ issues: [], rows: [], scope: [{ kind: "leave" }] });
    await t.adapter.writeResults(
      [
        { kind: "leave", row: 2, status: "submitted", approval_id: "A", key: "k0" },
        { kind: "leave", row: 3, status: "failed", message: "x", key: "k1" },
      ],
      (table) => table.rows.map((_, i) => (i === 2 ? "k0" : i === 3 ? "k1" : undefined)),
    );
    expect(t.fake.snapshot("Leave").values[3]).toContain("A");
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toHaveLength(1);
    await t.stop();
    t.tick(1000);
    t.fake.userEdit("Leave", "A2", [["E99"]]);
    await t.fake.settle();
    t.fireTimers();
    expect(t.seen).toHaveLength(1);
    expect(t.fake.book.handlers).toHaveLength(0);
  });

  test("a co-author's changes (Remote) never start a check here, nor any write of ours", async () => {
    const t = await watched(id);
    t.fake.resetStats();
    // The other clerk's pane writes Status and Message; the other clerk types a reason.
    t.fake.remoteEdit("Leave", "H3:I3", [["Ready", ""]]);
    t.fake.remoteEdit("Leave", "G4", [["team trip"]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([]);
    expect(t.fake.stats().syncs).toBe(0);
    // A local edit right after is still heard.
    t.fake.userEdit("Leave", "G5", [["mine"]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([[{ kind: "leave", rows: [3] }]]);
    await t.stop();
  });

  test("the clerk's typing right after one of our writes is still heard", async () => {
    const t = await watched(id);
    await t.adapter.showIssues({ issues: [], rows: [], scope: [{ kind: "leave" }] });
    // No time passes: on hosts without triggerSource this is inside the quiet window of our write.
    t.fake.userEdit("Leave", "B9", [["Sick leave"]]);
    await t.fake.settle();
    t.fireTimers();
    await t.fake.settle();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([[{ kind: "leave", rows: [7] }]]);
    await t.stop();
  });

  test("after a look at the tables, an edit is reported with no sync of its own, even just below the table", async () => {
    const t = await watched(id);
    await t.adapter.read(["leave"]);
    t.fake.resetStats();
    t.fake.userEdit("Leave", "B4", [["Sick leave"]]);
    t.fake.userEdit("Leave", "A22", [["E20"]]); // row 21 of the table: Excel grows the table under typing
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([[{ kind: "leave", rows: [2, 20] }]]);
    expect(t.fake.stats().syncs).toBe(0);
    await t.stop();
  });

  test("a change of result or marks columns only is never an edit, whoever makes it (an undo of our marks)", async () => {
    const t = await watched(id);
    const head = t.fake.snapshot("Leave").values[0];
    const letter = (name: string) => String.fromCharCode(65 + head.indexOf(name));
    // What Ctrl+Z of our repaint does on ExcelApi 1.20+: the clerk's own change of Status, Message and marks.
    t.fake.userEdit("Leave", `${letter("Status")}3`, [[""]]);
    t.fake.userEdit("Leave", `${letter("Message")}3`, [[""]]);
    t.fake.userEdit("Leave", `${letter("Issue marks")}4`, [["|3|"]]);
    t.fake.userEdit("Leave", `${letter("Send reference")}5`, [[""]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([]);
    // Clearing an Approval ID is the clerk's way to send a row again: an edit.
    t.fake.userEdit("Leave", `${letter("Approval ID")}5`, [[""]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([[{ kind: "leave", rows: [3] }]]);
    t.seen.length = 0;
    // A change that also touches an input column is the clerk's edit, as before.
    t.fake.userEdit("Leave", `A6:${letter("Status")}6`, [["E5", ...Array(head.indexOf("Status")).fill("")]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([[{ kind: "leave", rows: [4] }]]);
    await t.stop();
  });

  test("header edits and cells outside the table are not data rows", async () => {
    const t = await watched(id);
    t.fake.userEdit("Leave", "A1", [["Employee ID"]]);
    t.fake.userEdit("Leave", "AZ3", [["note"]]);
    await t.fake.settle();
    t.fireTimers();
    await new Promise((r) => setImmediate(r));
    expect(t.seen).toEqual([]);
    await t.stop();
  });
});

test("with no wait asked, edits that arrive together are handed over together, before any timer runs", async () => {
  const fake = createFakeExcel();
  const adapter = createExcelAdapter({ run: fake.run, supports: fake.supports });
  await adapter.ensureTemplate({ locale: "en-US" });
  fake.userEdit("Leave", "A2:A6", [["E1"], ["E2"], ["E3"], ["E4"], ["E5"]]);
  await adapter.read(["leave"]);
  await fake.settle();
  const seen: unknown[] = [];
  const stop = await adapter.onRowsChanged((c) => seen.push(c));
  let timerRan = false;
  setTimeout(() => (timerRan = true), 0);
  fake.userEdit("Leave", "B3", [["Sick leave"]]);
  fake.userEdit("Leave", "B5", [["Sick leave"]]);
  await fake.settle();
  await Promise.resolve();
  // Before the page's next task (its repaint): the edit's read can start at once.
  expect(timerRan).toBe(false);
  expect(seen).toEqual([[{ kind: "leave", rows: [1, 3] }]]);
  await stop();
});
