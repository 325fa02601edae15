import { leaveTable, onEveryHost, setup } from "./helpers";
import type { HostProfileId } from "../../src/fake-excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { prepareWorkbook } from "../../src/core/prepare";
import { contentKeysOf } from "../../src/core/row-identity";
import { DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { columnsOf } from "../../src/core/template/columns";
import { columnLetters } from "../../src/excel/a1";
import type { CellScalar } from "../../src/fake-excel/book";
import type { Issue } from "../../src/core/model";
import type { RowState, RowVerdict } from "../../src/core/row-state";
import { HIGHLIGHT } from "../../src/excel/template-plan";
import { FRESH_LAYOUT_MS } from "../../src/excel/session";
import { createExcelAdapter } from "../../src/excel/adapter";

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

async function filled(profile: HostProfileId, rows = 5) {
  const t = await leaveTable(rows, { profile });
  await t.adapter.read();
  return t;
}

const header = (t: Awaited<ReturnType<typeof filled>>) => t.fake.snapshot("Leave").values[0];
const col = (t: Awaited<ReturnType<typeof filled>>, name: string) => header(t).indexOf(name);

onEveryHost("showIssues", ({ id }) => {
  test("highlights the bad cells, writes reasons and status, and clears only its own marks", async () => {
    const t = await filled(id);
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
    const t = await filled(id, 3);
    t.fake.userEdit("Leave", `${columnLetters(col(t, "Approval ID"))}2`, [["A1"]]);
    await t.adapter.writeResults([
      {
        kind: "leave",
        row: 0,
        find: { approvalId: "A1" },
        status: "submitted",
        message: "Written to Feishu",
      },
    ]);
    t.fake.userEdit("Leave", "A5", [[""]]); // grow by one blank row
    await t.adapter.read();
    await t.adapter.showIssues(whole([issue(0, "unit")], 3, { 0: "submitted" }));
    const snap = t.fake.snapshot("Leave");
    const status = col(t, "Status");
    expect(snap.values.slice(1, 5).map((r) => r[status])).toEqual(["Submitted", "Ready", "Ready", ""]);
    expect(snap.values[1][col(t, "Message")]).toBe("Written to Feishu");
  });

  test("a revoked row is greyed across and keeps the time its message gives; a replacing row is flagged", async () => {
    const t = await filled(id, 3);
    t.fake.userEdit("Leave", `${columnLetters(col(t, "Approval ID"))}3`, [["A2"]]);
    await t.adapter.writeResults([
      {
        kind: "leave",
        row: 1,
        find: { approvalId: "A2" },
        status: "revoked",
        message: "Revoked in Feishu at 2026-01-06 10:00:00",
      },
    ]);
    await t.adapter.showIssues(whole([], 3, { 1: "revoked", 2: "replacing" }));
    const snap = t.fake.snapshot("Leave");
    const [status, message] = [col(t, "Status"), col(t, "Message")];
    const shown = header(t)
      .map((h, c) => [h, c] as const)
      .filter(([h]) => h !== "Issue marks");
    expect(shown.length).toBeGreaterThan(5);
    for (const [, c] of shown) {
      expect(snap.fills[2][c]).toBe(HIGHLIGHT.muted.fill);
      expect(snap.fills[1][c]).not.toBe(HIGHLIGHT.muted.fill);
    }
    expect(snap.values[2][status]).toBe("Revoked");
    expect(snap.values[2][message]).toBe("Revoked in Feishu at 2026-01-06 10:00:00");
    expect(snap.values[3][status]).toBe("Replacing");
    expect(snap.fills[3][status]).toBe(HIGHLIGHT.warning.fill);
  });

  test("operations follow the rows written, not the number of bad cells; two syncs a while after a read", async () => {
    const t = await filled(id, 2000);
    // Every row changes in both calls: one bad cell per row, then three.
    const few = Array.from({ length: 2000 }, (_, r) => issue(r, "unit"));
    const many = Array.from({ length: 2000 }, (_, r) => [
      issue(r, "unit"),
      issue(r, "reason"),
      issue(r, "start_time"),
    ]).flat();
    await t.adapter.showIssues(whole([], 2000)); // lays the highlight rules once
    t.tick(FRESH_LAYOUT_MS + 1);
    t.fake.resetStats();
    await t.adapter.showIssues(whole(few, 2000));
    const a = t.fake.stats();
    t.tick(FRESH_LAYOUT_MS + 1);
    t.fake.resetStats();
    await t.adapter.showIssues(whole(many, 2000));
    const b = t.fake.stats();
    // One sync finds the tables (and our rules), one writes.
    expect(b.syncs).toBe(2);
    expect(b.operations).toBe(a.operations);
    expect(b.operations).toBeLessThan(40);
    expect(t.fake.snapshot("Leave", 3000).fills[1500][col(t, "Unit")]).toBe(HIGHLIGHT.error.fill);
  });

  test("rows already showing their result are not written again; a changed row is", async () => {
    const t = await filled(id, 2000);
    const some = [issue(5, "unit"), issue(700, "reason", "warning")];
    await t.adapter.showIssues(whole(some, 2000));
    t.fake.resetStats();
    await t.adapter.showIssues(whole(some, 2000));
    expect(t.fake.stats().maxRequestBytes).toBe(0);
    // What a read sees counts too: a fresh adapter over the same book, after its own read.
    const again = createExcelAdapter({ run: t.fake.run, supports: t.fake.supports });
    await again.read();
    t.fake.resetStats();
    const more = [...some, issue(1500, "end_time")];
    await again.showIssues(whole(more, 2000));
    // Row 1500 alone is written: its Status, Message and marks, a few hundred bytes, not 2,000 rows.
    expect(t.fake.stats().maxRequestBytes).toBeGreaterThan(0);
    expect(t.fake.stats().maxRequestBytes).toBeLessThan(2000);
    const snap = t.fake.snapshot("Leave", 3000);
    expect(snap.values[1501][col(t, "Status")]).toBe("Needs fixing");
    expect(snap.fills[1501][col(t, "End")]).toBe(HIGHLIGHT.error.fill);
    // A cell of ours the clerk overwrote is read again, and put right by the next repaint.
    t.fake.userEdit("Leave", `${columnLetters(col(t, "Status"))}7`, [["typed over"]]);
    await again.read();
    await again.showIssues(whole(more, 2000));
    expect(t.fake.snapshot("Leave", 10).values[6][col(t, "Status")]).toBe("Needs fixing");
  });

  test("a scoped call (live validation) touches only the rows in scope, in one sync right after a read", async () => {
    const t = await filled(id);
    await t.adapter.showIssues(whole([issue(0, "unit"), issue(4, "end_time")]));
    const before = t.fake.snapshot("Leave");
    await t.adapter.readRows([{ kind: "leave", rows: [2] }]);
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
    // The read just found the tables: the write is the only sync.
    expect(t.fake.stats().syncs).toBe(1);
  });

  test("a table renamed since the last look is found again, and its rows painted", async () => {
    const t = await filled(id);
    await t.adapter.showIssues(whole([]));
    await t.fake.run(async (context) => {
      context.workbook.tables.getItem("FeishuLeave").name = "LeaveRenamed";
      await context.sync();
    });
    const two = [issue(2, "reason")];
    await t.adapter.showIssues({
      issues: two,
      rows: verdicts([2], two),
      scope: [{ kind: "leave", rows: [2] }],
    });
    expect(t.fake.snapshot("Leave").values[3][col(t, "Status")]).toBe("Needs fixing");
  });

  test("select() moves to the issue's cell, selectedRows() reports data rows", async () => {
    const t = await filled(id);
    await t.adapter.select("leave", 3, "reason");
    expect(t.fake.book.selection?.rect).toEqual({ row: 4, col: col(t, "Reason"), rows: 1, cols: 1 });
    t.fake.userSelect("Leave", "B2:C4");
    expect(await t.adapter.selectedRows()).toEqual([{ kind: "leave", rows: [0, 1, 2] }]);
    t.fake.userSelect("Leave", "A1");
    expect(await t.adapter.selectedRows()).toEqual([]);
  });

  test("10,000 rows of Chinese messages go in syncs under 5,000,000 UTF-8 bytes each", async () => {
    const t = await filled(id, 10_000);
    const long: Issue[] = Array.from({ length: 10_000 }, (_, r) => ({
      ...issue(r, "reason"),
      // The table is English, so message_en is written: Chinese here, three bytes a character.
      message_en: "事由过长，".repeat(40),
    }));
    t.fake.resetStats();
    await t.adapter.showIssues(whole(long, 10_000));
    const stats = t.fake.stats();
    expect(stats.maxRequestBytes).toBeLessThan(5_000_000);
    // About 6 MB of messages: more than one write sync after locating the tables.
    expect(stats.syncs).toBeGreaterThan(2);
    const snap = t.fake.snapshot("Leave", 10_002);
    expect(snap.values[10_000][col(t, "Message")]).toContain("事由过长");
  });
});

/** A clerk's own Leave table whose header sits on sheet row 3, starting in column C. */
async function placedLeave(rows: CellScalar[][]) {
  const t = setup();
  const headers = columnsOf("leave").map((c) => c.header.en);
  const last = columnLetters(2 + headers.length - 1);
  t.fake.addSheet("Leave");
  t.fake.userEdit("Leave", `C3:${last}3`, [headers]);
  t.fake.userEdit(
    "Leave",
    `C4:${last}${3 + rows.length}`,
    rows.map((r) => headers.map((_, i) => r[i] ?? "")),
  );
  await t.fake.run(async (context) => {
    context.workbook.tables.add(`Leave!C3:${last}${3 + rows.length}`, true);
    await context.sync();
  });
  await t.adapter.ensureTemplate({ locale: "en-US" }); // adds the marks column, keeps every row
  /** Reads, prepares with the real core and shows the result, as the pane does. */
  const check = async () => {
    const snap = await t.adapter.read(["leave"]);
    const r = prepareWorkbook(
      snap.tables,
      { ...DEFAULT_SETTINGS, dateSystem: snap.dateSystem },
      snap.catalog,
    );
    await t.adapter.showIssues({ issues: r.issues, rows: r.rows, scope: [{ kind: "leave" }] });
    return { snap, r, sheet: t.fake.snapshot("Leave") };
  };
  /** Sheet column (0-based) of a column key. */
  const at = (key: string) => 2 + columnsOf("leave").findIndex((c) => c.key === key);
  return { ...t, check, at };
}

describe("a table that starts elsewhere (header on row 3, first column C)", () => {
  const day = ["E1", "Annual leave", "2026-01-21", "2026-01-21", "Day", 1, "family"];

  test("row numbers, whole days, blank rows and selection follow the sheet", async () => {
    const t = await placedLeave([day, day, ["   ", "", "  "]]);
    const { snap, r, sheet } = await t.check();
    expect(snap.tables[0].headerRow).toBe(3);
    // Typed into General cells, the dates became whole serials: still whole days.
    expect(typeof snap.tables[0].rows[0][2]).toBe("number");
    expect(r.records[0].body.user_approval.leaves?.[0]).toMatchObject({
      start_time: "2026-01-21 00:00:00",
      end_time: "2026-01-21 23:59:59",
    });
    const status = (row: number) => sheet.values[3 + row][t.at("status")];
    const message = (row: number) => sheet.values[3 + row][t.at("message")];
    expect([status(0), status(1), status(2)]).toEqual(["Ready", "Needs fixing", ""]);
    expect(message(0)).toBe("Will be sent as 2026-01-21 00:00:00 to 2026-01-21 23:59:59.");
    expect(message(1)).toContain("identical to row 4");
    expect(sheet.fills[4][t.at("status")]).toBe(HIGHLIGHT.error.fill);
    expect(sheet.fills[3][t.at("status")]).toBeNull();
    // Selection: sheet row 5 is data row 1; going to an issue lands on its sheet cell.
    t.fake.userSelect("Leave", "D5");
    expect(await t.adapter.selectedRows()).toEqual([{ kind: "leave", rows: [1] }]);
    await t.adapter.select("leave", 1, "reason");
    expect(t.fake.book.selection?.rect).toEqual({ row: 4, col: t.at("reason"), rows: 1, cols: 1 });
  });

  test("a failed row is highlighted, turns ready when its cells change; clearing an Approval ID makes it ready", async () => {
    const other = ["E2", "Sick leave", "2026-01-22 09:00", "2026-01-22 18:00", "Hour", 9, "flu"];
    const t = await placedLeave([day, other]);
    const first = (await t.check()).r.records;
    await t.adapter.writeResults(
      [
        {
          kind: "leave",
          row: 0,
          status: "failed",
          key: first[0].key,
          fingerprint: first[0].fingerprint,
          message: "Refused",
        },
        {
          kind: "leave",
          row: 1,
          status: "submitted",
          approval_id: "A1",
          key: first[1].key,
          fingerprint: first[1].fingerprint,
        },
        // Neither row holds a key yet: each is found by the key its cells make.
      ],
      (table) => contentKeysOf(table, DEFAULT_SETTINGS, DEFAULT_CATALOG),
    );
    let { r, sheet } = await t.check();
    expect(r.rows.map((v) => v.state)).toEqual(["failed", "submitted"]);
    expect(sheet.values[3][t.at("status")]).toBe("Failed");
    expect(sheet.values[3][t.at("message")]).toBe("Refused");
    expect(sheet.fills[3][t.at("status")]).toBe(HIGHLIGHT.error.fill);
    expect(sheet.fills[3][t.at("message")]).toBe(HIGHLIGHT.error.fill);

    t.fake.userEdit("Leave", `${columnLetters(t.at("employee"))}4`, [["E9"]]);
    t.fake.userEdit("Leave", `${columnLetters(t.at("approval_id"))}5`, [[""]]);
    ({ r, sheet } = await t.check());
    expect(r.rows.map((v) => v.state)).toEqual(["ready", "ready"]);
    expect(sheet.values.slice(3, 5).map((row) => row[t.at("status")])).toEqual(["Ready", "Ready"]);
    expect(sheet.values[3][t.at("message")]).toBe(
      "Will be sent as 2026-01-21 00:00:00 to 2026-01-21 23:59:59.",
    );
    expect(sheet.values[4][t.at("message")]).toBe(
      "Will be sent as 2026-01-22 09:00:00 to 2026-01-22 18:00:00.",
    );
    expect(sheet.fills[3][t.at("status")]).toBeNull();
  });
});
