import { DEFAULT_SETTINGS } from "../../src/core/model";
import {
  drain,
  editedIssue,
  finishSteps,
  readTable,
  readTableSteps,
  sortIssues,
  STEP_ROWS,
  type CheckProgress,
} from "../../src/core/prepare";
import { DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { makeIssue } from "../../src/core/validate/messages";
import { table, VALID } from "../unit/support/tables";

/** Every progress a generator yields, and what it returns. */
function run<T>(steps: Generator<CheckProgress, T>): { progress: CheckProgress[]; value: T } {
  const progress: CheckProgress[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { progress, value: next.value };
    progress.push(next.value);
  }
}

test("drain runs steps to their end and returns the result", () => {
  function* steps(): Generator<CheckProgress, string> {
    yield { done: 1, total: 2 };
    yield { done: 2, total: 2 };
    return "finished";
  }
  expect(drain(steps())).toBe("finished");
});

test("a table is read in steps of STEP_ROWS rows, each step saying how far it has come", () => {
  const rows = Array.from({ length: STEP_ROWS * 2 + 5 }, () => VALID.leave);
  const { progress, value } = run(readTableSteps(table("leave", rows), DEFAULT_SETTINGS, DEFAULT_CATALOG));
  expect(progress).toEqual([
    { done: STEP_ROWS, total: rows.length },
    { done: STEP_ROWS * 2, total: rows.length },
    { done: rows.length, total: rows.length },
  ]);
  expect(value.checked).toHaveLength(rows.length);
  expect(value.tableIssues).toEqual([]);
});

test("a table missing a required column reports it and checks no row", () => {
  const snap = table("leave", [VALID.leave]);
  const i = snap.headers.indexOf("Start");
  const broken = { ...snap, headers: snap.headers.map((h, j) => (j === i ? "Something" : h)) };
  const read = readTable(broken, DEFAULT_SETTINGS, DEFAULT_CATALOG);
  expect(read.checked).toEqual([]);
  expect(read.tableIssues.map((x) => [x.row, x.code])).toContainEqual([-1, "missing_column"]);
});

test("finishing counts on from where reading ended and returns records", () => {
  const read = readTable(
    table("leave", [VALID.leave, { ...VALID.leave, employee: "u2" }]),
    DEFAULT_SETTINGS,
    DEFAULT_CATALOG,
  );
  const { progress, value } = run(finishSteps([read], DEFAULT_SETTINGS, {}, STEP_ROWS - 1, STEP_ROWS + 1));
  // Counting on from the offset, a step ends at each multiple of STEP_ROWS.
  expect(progress).toEqual([{ done: STEP_ROWS, total: STEP_ROWS + 1 }]);
  expect(value.records.map((r) => r.row)).toEqual([0, 1]);
  expect(value.rowCounts).toEqual({ leave: 2 });
});

test("issues sort by kind in template order, then row, each row keeping its own order", () => {
  const issues = [
    makeIssue("trip", 0, null, "required", "error"),
    makeIssue("leave", 5, "reason", "required", "error"),
    makeIssue("leave", 1, "employee", "required", "error"),
    makeIssue("leave", 5, "unit", "required", "error"),
    makeIssue("out", 0, null, "required", "error"),
  ];
  expect(sortIssues(issues).map((i) => `${i.kind}:${i.row}:${i.column}`)).toEqual([
    "leave:1:employee",
    "leave:5:reason",
    "leave:5:unit",
    "out:0:null",
    "trip:0:null",
  ]);
});

test("an edited row's warning sits on its Approval ID and names it", () => {
  const i = editedIssue({ kind: "out", row: 3, state: "edited", stored: { approvalId: "7001" } });
  expect([i.kind, i.row, i.column, i.code, i.severity]).toEqual([
    "out",
    3,
    "approval_id",
    "edited_after_submission",
    "warning",
  ]);
  expect(i.message_en).toContain("7001");
});
