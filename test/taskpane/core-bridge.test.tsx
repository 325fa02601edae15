/** The pane's binding to the real core: full check, live update, and a run that resumes and skips. */
import type { SubmitTransport } from "../../src/core/engine/types";
import { DEFAULT_SETTINGS, type PreparedRecord } from "../../src/core/model";
import { DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { columnsOf } from "../../src/core/template/columns";
import type { WorkbookSnapshot } from "../../src/excel/types";
import { createPaneCore } from "../../src/taskpane/core-bridge";

const cols = columnsOf("leave");
const row = (o: Record<string, string | number>) => cols.map((c) => o[c.key] ?? "");
const base = {
  employee: "E0001",
  type: "年假 / Annual leave",
  start_time: "2026-01-05 09:00",
  end_time: "2026-01-05 18:00",
  unit: "Day",
  duration: 1,
  reason: "r",
};
const book = (rows: (string | number)[][]): WorkbookSnapshot => ({
  tables: [{ kind: "leave", headers: cols.map((c) => c.header.en), rows }],
  catalog: [...DEFAULT_CATALOG],
  dateSystem: 1900,
});

describe("core bridge: what the look at Feishu found", () => {
  const overlap = (r: PreparedRecord, code = "feishu_overlap") => ({
    kind: r.kind,
    row: r.row,
    column: null,
    code,
    severity: "error" as const,
    message_zh: "飞书已有重叠记录",
    message_en: "Feishu already has an overlapping record",
  });

  test("survives a re-check, follows the row when it moves, and goes when its cells change", () => {
    const core = createPaneCore();
    const other = { ...base, employee: "E0002" };
    const first = core.prepare(book([row(base), row(other)]), DEFAULT_SETTINGS);
    expect(first.records).toHaveLength(2);
    core.rememberLook(first.records, [overlap(first.records[0])]);
    const again = core.prepare(book([row(base), row(other)]), DEFAULT_SETTINGS);
    expect(again.rows.map((v) => v.state)).toEqual(["invalid", "ready"]);
    expect(again.records.map((r) => r.row)).toEqual([1]);
    expect(again.issues.filter((i) => i.code === "feishu_overlap")).toHaveLength(1);
    const sorted = core.prepare(book([row(other), row(base)]), DEFAULT_SETTINGS);
    expect(sorted.rows.map((v) => v.state)).toEqual(["ready", "invalid"]);
    const edited = core.prepare(book([row({ ...base, reason: "changed" }), row(other)]), DEFAULT_SETTINGS);
    expect(edited.rows.map((v) => v.state)).toEqual(["ready", "ready"]);
  });

  test("a new look at the same rows replaces what the last one found", () => {
    const core = createPaneCore();
    const first = core.prepare(book([row(base)]), DEFAULT_SETTINGS);
    core.rememberLook(first.records, [overlap(first.records[0])]);
    core.rememberLook(first.records, []);
    expect(core.prepare(book([row(base)]), DEFAULT_SETTINGS).rows[0].state).toBe("ready");
  });
});

describe("core bridge", () => {
  test("a full check: issues, records and every row's state from the core", () => {
    const core = createPaneCore();
    const e4 = { ...base, employee: "E0004" };
    const fingerprint = core.prepare(book([row(e4)]), DEFAULT_SETTINGS).records[0].fingerprint;
    const p = core.prepare(
      book([
        row(base),
        row({ ...base, employee: "E0002", start_time: "nope" }),
        row({ ...base, employee: "E0003", status: "Submitted", approval_id: "A1" }),
        row({ ...e4, status: "失败", fingerprint }),
        row({ ...base, employee: "E0005", status: "Failed", fingerprint }), // fixed since it failed
        row({ ...base, employee: "E0006", status: "Submitted" }), // its Approval ID was cleared
        row({ employee: "   " }), // spaces only: blank
      ]),
      DEFAULT_SETTINGS,
    );
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([[1, "start_time", "bad_datetime"]]);
    expect(p.rows.map((r) => [r.row, r.state])).toEqual([
      [0, "ready"],
      [1, "invalid"],
      [2, "submitted"],
      [3, "failed"],
      [4, "ready"],
      [5, "ready"],
    ]);
    expect(p.rowCounts).toEqual({ leave: 6 });
  });

  test("a live update re-checks the edited row and says what to repaint", () => {
    const core = createPaneCore();
    expect(core.update(book([]), [{ kind: "leave", rows: [0] }], DEFAULT_SETTINGS)).toBeNull();
    core.prepare(
      book([row(base), row({ ...base, employee: "E0002", start_time: "nope" })]),
      DEFAULT_SETTINGS,
    );
    const u = core.update(
      book([row(base), row({ ...base, employee: "E0002" })]),
      [{ kind: "leave", rows: [1] }],
      DEFAULT_SETTINGS,
    );
    expect(u?.repaint.scope).toEqual([{ kind: "leave", rows: [1] }]);
    expect(u?.repaint.issues).toEqual([]);
    expect(u?.prepared.records.map((r) => r.row)).toEqual([0, 1]);
    // Another employee ID type is another check: the pane must start over.
    expect(
      core.update(book([]), [{ kind: "leave", rows: [0] }], { ...DEFAULT_SETTINGS, employeeType: "open_id" }),
    ).toBeNull();
  });

  test("a run skips rows already written and resends an interrupted row with its stored key", async () => {
    const core = createPaneCore();
    const p = core.prepare(
      book([
        row(base),
        row({ ...base, employee: "E0002", status: "Submitting", key: "stored-key-2" }),
        row({ ...base, employee: "E0003", status: "Submitted", approval_id: "A3" }),
      ]),
      DEFAULT_SETTINGS,
    );
    const third = p.records[2];
    p.rows[2] = { ...p.rows[2], stored: { ...p.rows[2].stored, key: third.key } };
    const sent: PreparedRecord[] = [];
    const transport: SubmitTransport = {
      create: async (r) => {
        sent.push(r);
        return {
          answer: {
            status: 200,
            headers: {},
            body: {
              code: 0,
              data: {
                user_approval: {
                  ...r.body.user_approval,
                  leaves: [{ ...r.body.user_approval.leaves?.[0], approval_id: `A-${r.row}` }],
                },
              },
            },
          },
        };
      },
      query: async () => ({
        answer: { status: 200, headers: {}, body: { code: 0, data: { user_approvals: [] } } },
      }),
    };
    const summary = await core.submit({
      records: p.records,
      stored: p.rows,
      locale: "en-US",
      transport,
      baseDelayMs: 1,
    });
    expect(sent.map((r) => [r.row, r.key === "stored-key-2"])).toEqual([
      [0, false],
      [1, true],
    ]);
    expect(summary).toMatchObject({ written: 2, skipped: 1, failed: 0 });
  });
});
