import { leaveTable } from "./helpers";
import type { Issue } from "../../src/core/model";
import type { RowState, RowVerdict } from "../../src/core/row-state";
import { HIGHLIGHT } from "../../src/excel/template-plan";

const issue = (row: number, column: string | null, severity: Issue["severity"] = "error"): Issue => ({
  kind: "leave",
  row,
  column,
  code: "x",
  severity,
  message_zh: "错了",
  message_en: `bad ${column}`,
});

/** The verdicts the core would give: invalid for rows with an error, ready for the others in `rows`. */
const verdicts = (rows: number[], issues: Issue[], override: Record<number, RowState> = {}): RowVerdict[] =>
  rows.map((row) => ({
    kind: "leave",
    row,
    state:
      override[row] ?? (issues.some((i) => i.row === row && i.severity === "error") ? "invalid" : "ready"),
    stored: {},
  }));
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
/** Repaints the whole leave table with these issues. */
const whole = (issues: Issue[], n = 5, override: Record<number, RowState> = {}) => ({
  issues,
  rows: verdicts(all(n), issues, override),
  scope: [{ kind: "leave" as const }],
});

async function filled(rows = 5) {
  const t = await leaveTable(rows);
  await t.adapter.read();
  return t;
}

const header = (t: Awaited<ReturnType<typeof filled>>) => t.fake.snapshot("Leave").values[0];
const col = (t: Awaited<ReturnType<typeof filled>>, name: string) => header(t).indexOf(name);

describe("showIssues", () => {
  test("highlights the bad cells, writes reasons and status, and clears only its own marks", async () => {
    const t = await filled();
    t.fake.userFill("Leave", "C3:D3", "#00FF00"); // the clerk's own colour on row 1's times
    await t.adapter.showIssues(whole([issue(1, "start_time"), issue(3, "reason", "warning")]));
    let snap = t.fake.snapshot("Leave");
    const [start, reason, status, message] = [
      col(t, "Start"),
      col(t, "Reason"),
      col(t, "Status"),
      col(t, "Message"),
    ];
    expect(snap.fills[2][start]).toBe(HIGHLIGHT.error.fill);
    expect(snap.fills[2][status]).toBe(HIGHLIGHT.error.fill);
    expect(snap.fills[4][reason]).toBe(HIGHLIGHT.warning.fill);
    expect(snap.fills[2][start + 1]).toBe("#00FF00"); // End keeps the clerk's fill
    expect(snap.values.slice(1, 6).map((r) => r[status])).toEqual([
      "Ready",
      "Needs fixing",
      "Ready",
      "Ready",
      "Ready",
    ]);
    expect(snap.values[2][message]).toBe("Start: bad start_time");
    expect(snap.values[4][message]).toBe("Reason: bad reason");

    await t.adapter.showIssues({
      issues: [],
      rows: verdicts([1, 3], []),
      scope: [{ kind: "leave", rows: [1, 3] }],
    });
    snap = t.fake.snapshot("Leave");
    expect(snap.fills[2][start]).toBe("#00FF00"); // ours gone, the clerk's back
    expect(snap.fills[4][reason]).toBeNull();
    expect(snap.values[2][status]).toBe("Ready");
    expect(snap.values[2][message]).toBe("");
    // The clerk's fill itself was never rewritten.
    expect(t.fake.book.cell(t.fake.book.sheet("Leave")!, 2, start)?.fill).toBe("#00FF00");
  });

  test("each row shows the state the core gave it; a run's message stays; rows without a verdict are blank", async () => {
    const t = await filled(3);
    await t.adapter.writeResults([
      { kind: "leave", row: 0, status: "submitted", approval_id: "A1", message: "Written to Feishu" },
    ]);
    t.fake.userEdit("Leave", "A5", [[""]]); // grow by one blank row
    await t.adapter.read();
    await t.adapter.showIssues(whole([issue(0, "unit")], 3, { 0: "submitted" }));
    const snap = t.fake.snapshot("Leave");
    const status = col(t, "Status");
    expect(snap.values.slice(1, 5).map((r) => r[status])).toEqual(["Submitted", "Ready", "Ready", ""]);
    expect(snap.values[1][col(t, "Message")]).toBe("Written to Feishu");
  });

  test("operations follow the rows written, not the number of bad cells; two syncs after a read", async () => {
    const t = await filled(2000);
    const few = [issue(5, "unit")];
    const many = Array.from({ length: 2000 }, (_, r) => [
      issue(r, "unit"),
      issue(r, "reason"),
      issue(r, "start_time"),
    ]).flat();
    await t.adapter.showIssues(whole(few, 2000)); // lays the highlight rules once
    t.fake.resetStats();
    await t.adapter.showIssues(whole(few, 2000));
    const a = t.fake.stats();
    t.fake.resetStats();
    await t.adapter.showIssues(whole(many, 2000));
    const b = t.fake.stats();
    expect(b.syncs).toBe(2);
    expect(b.operations).toBe(a.operations);
    expect(b.operations).toBeLessThan(40);
    expect(t.fake.snapshot("Leave", 3000).fills[1500][col(t, "Unit")]).toBe(HIGHLIGHT.error.fill);
  });

  test("a scoped call (live validation) touches only the rows in scope", async () => {
    const t = await filled();
    await t.adapter.showIssues(whole([issue(0, "unit"), issue(4, "end_time")]));
    const before = t.fake.snapshot("Leave");
    t.fake.resetStats();
    const two = [issue(2, "reason")];
    await t.adapter.showIssues({
      issues: two,
      rows: verdicts([2], two),
      scope: [{ kind: "leave", rows: [2] }],
    });
    const after = t.fake.snapshot("Leave");
    for (const r of [1, 2, 4, 5]) {
      expect(after.values[r]).toEqual(before.values[r]);
      expect(after.fills[r]).toEqual(before.fills[r]);
    }
    expect(after.values[3][col(t, "Status")]).toBe("Needs fixing");
    expect(t.fake.stats().syncs).toBe(2);
  });

  test("select() moves to the issue's cell, selectedRows() reports data rows", async () => {
    const t = await filled();
    await t.adapter.select("leave", 3, "reason");
    expect(t.fake.book.selection?.rect).toEqual({ row: 4, col: col(t, "Reason"), rows: 1, cols: 1 });
    t.fake.userSelect("Leave", "B2:C4");
    expect(await t.adapter.selectedRows()).toEqual([{ kind: "leave", rows: [0, 1, 2] }]);
    t.fake.userSelect("Leave", "A1");
    expect(await t.adapter.selectedRows()).toEqual([]);
  });
});
