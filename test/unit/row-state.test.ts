/** The one row-state model (src/core/row-state.ts): the transition table, then whole workbooks. */
import { LiveValidator } from "../../src/core/live";
import { prepareWorkbook } from "../../src/core/prepare";
import { rowView } from "../../src/core/row-message";
import {
  keyMatches,
  replacementKey,
  rowState,
  type RowState,
  type RowStateInput,
  type StoredResult,
} from "../../src/core/row-state";
import { table, VALID, type RowObject } from "./support/tables";

const record = { key: "k", fingerprint: "f" };
const facts = (stored: StoredResult, over: Partial<RowStateInput> = {}): RowStateInput => ({
  blank: false,
  hasErrors: false,
  record,
  stored,
  ...over,
});

describe("rowState: one state per row", () => {
  test.each<[string, RowStateInput, RowState]>([
    ["blank cells, whatever the result columns hold", facts({ status: "failed" }, { blank: true }), "blank"],
    ["an error and nothing stored", facts({}, { hasErrors: true, record: undefined }), "invalid"],
    ["valid and nothing stored", facts({}), "ready"],
    ["a stale Needs fixing label on a valid row", facts({ status: "invalid" }), "ready"],
    ["marked submitting by a run that stopped", facts({ status: "submitting", key: "k" }), "submitting"],
    [
      "submitting, edited since: still submitting",
      facts({ status: "submitting", fingerprint: "x" }),
      "submitting",
    ],
    ["answer lost, unchanged", facts({ status: "unknown", key: "k", fingerprint: "f" }), "unknown"],
    ["answer lost, key changed only", facts({ status: "unknown", key: "old", fingerprint: "f" }), "unknown"],
    ["answer lost, content changed", facts({ status: "unknown", key: "k", fingerprint: "x" }), "ready"],
    ["failed, unchanged", facts({ status: "failed", key: "k", fingerprint: "f" }), "failed"],
    ["failed, cells changed since", facts({ status: "failed", key: "k", fingerprint: "x" }), "ready"],
    ["failed, External ID changed since", facts({ status: "failed", key: "old", fingerprint: "f" }), "ready"],
    [
      "failed, now with an error",
      facts({ status: "failed", fingerprint: "f" }, { hasErrors: true }),
      "invalid",
    ],
    ["written, same key and content", facts({ approvalId: "A", key: "k", fingerprint: "f" }), "submitted"],
    ["written, no key or fingerprint stored", facts({ approvalId: "A" }), "submitted"],
    ["written, content changed", facts({ approvalId: "A", key: "k", fingerprint: "x" }), "edited"],
    ["written, key changed", facts({ approvalId: "A", key: "x", fingerprint: "f" }), "edited"],
    [
      "written, now with an error",
      facts({ approvalId: "A", fingerprint: "f" }, { hasErrors: true, record: undefined }),
      "edited",
    ],
    [
      "written under older key rules",
      facts(
        { approvalId: "A", key: "old", fingerprint: "old" },
        { legacy: [{ key: "old", fingerprint: "old" }] },
      ),
      "submitted",
    ],
    [
      "Submitted label, Approval ID cleared",
      facts({ status: "submitted", key: "k", fingerprint: "f" }),
      "ready",
    ],
    ["Edited label, Approval ID cleared", facts({ status: "edited", key: "k", fingerprint: "x" }), "ready"],
    [
      "revoked, whatever the cells say",
      facts({ status: "revoked", approvalId: "A", fingerprint: "x" }),
      "revoked",
    ],
    [
      "revoked, now with errors",
      facts({ status: "revoked", approvalId: "A" }, { hasErrors: true }),
      "revoked",
    ],
    ["revoked, Approval ID cleared: sent again as new", facts({ status: "revoked", key: "k" }), "ready"],
    ["replacing, under way", facts({ status: "replacing", approvalId: "A", fingerprint: "x" }), "replacing"],
    [
      "replaced with a suffixed key, unchanged",
      facts({ approvalId: "B", key: "k~2", fingerprint: "f" }),
      "submitted",
    ],
    ["a suffix that is not a number", facts({ approvalId: "B", key: "k~x", fingerprint: "f" }), "edited"],
  ])("%s", (_name, input, state) => {
    expect(rowState(input)).toBe(state);
  });
});

describe("replacement keys", () => {
  test("the row's own key unless a record of the row used it; then the first free ~n", () => {
    expect(replacementKey("k", [])).toBe("k");
    expect(replacementKey("k", ["old"])).toBe("k");
    expect(replacementKey("k", ["k"])).toBe("k~2");
    expect(replacementKey("k", ["k", "k~2"])).toBe("k~3");
  });
  test("a stored key matches its record's key, bare or with a ~number", () => {
    expect(keyMatches("k", "k")).toBe(true);
    expect(keyMatches("k", "k~12")).toBe(true);
    expect(keyMatches("k", "k~")).toBe(false);
    expect(keyMatches("k", "kk~2")).toBe(false);
  });
});

describe("row states in a workbook", () => {
  const first = prepareWorkbook([table("leave", [VALID.leave])]).records[0];
  const results = (rows: RowObject[]) => prepareWorkbook([table("leave", rows, { results: true })]);
  const states = (rows: RowObject[]) => results(rows).rows.map((v) => [v.row, v.state]);

  test("a row of spaces is blank: not counted, no verdict, nothing to send", () => {
    const r = results([VALID.leave, { employee: "  ", type: "\u3000", reason: " " }]);
    expect(r.rows.map((v) => v.row)).toEqual([0]);
    expect(r.rowCounts).toEqual({ leave: 1 });
    expect(rowView(undefined, [], "en-US")).toEqual({ state: "blank", message: "", stateMark: null });
  });

  test("a failed row is highlighted and keeps its reason until its cells change; then it is ready", () => {
    const failed = { status: "Failed", key: first.key, fingerprint: first.fingerprint };
    const r = results([{ ...VALID.leave, ...failed }]);
    expect(r.rows[0].state).toBe("failed");
    expect(r.pending).toEqual([]); // failed is not pending: the "failed" scope sends it again
    expect(rowView(r.rows[0], [], "en-US")).toEqual({ state: "failed", message: null, stateMark: "error" });
    expect(states([{ ...VALID.leave, ...failed, employee: "u9" }])).toEqual([[0, "ready"]]);
  });

  test("clearing an Approval ID makes a submitted row ready, with a fresh message saying what will be sent", () => {
    const written = {
      status: "已写入",
      key: first.key,
      fingerprint: first.fingerprint,
      message: "已写入飞书",
    };
    expect(states([{ ...VALID.leave, ...written, approval_id: "A1" }])).toEqual([[0, "submitted"]]);
    const cleared = results([{ ...VALID.leave, ...written }]);
    expect(cleared.rows[0].state).toBe("ready");
    expect(cleared.pending.map((x) => x.row)).toEqual([0]);
    expect(rowView(cleared.rows[0], [], "zh-CN").message).toBe(
      "将提交：2026-01-05 09:00:00 至 2026-01-05 18:00:00。",
    );
  });

  test("an edited row after submission: warned, not sent", () => {
    const r = results([
      {
        ...VALID.leave,
        reason: "changed",
        approval_id: "A1",
        key: first.key,
        fingerprint: first.fingerprint,
      },
    ]);
    expect(r.rows[0].state).toBe("edited");
    expect(r.edited.map((x) => x.row)).toEqual([0]);
    expect(r.issues.map((i) => i.code)).toEqual(["edited_after_submission"]);
    expect(rowView(r.rows[0], r.issues, "en-US").message).toContain("changed after it was written to Feishu");
  });

  test("a revoked row is greyed, keeps its message and is never pending; a replacing row waits for its run", () => {
    const stored = { key: first.key, fingerprint: first.fingerprint, approval_id: "A1" };
    const r = results([
      { ...VALID.leave, ...stored, status: "已撤销", reason: "changed" },
      { ...VALID.leave, ...stored, status: "Replacing", employee: "u2" },
    ]);
    expect(r.rows.map((v) => v.state)).toEqual(["revoked", "replacing"]);
    expect(r.pending).toEqual([]);
    expect(r.issues).toEqual([]);
    expect(rowView(r.rows[0], [], "zh-CN")).toEqual({ state: "revoked", message: null, stateMark: "muted" });
    expect(rowView(r.rows[1], [], "en-US").stateMark).toBe("warning");
  });

  test("a ready row's message shows the exact whole-day span to be sent, after its warnings", () => {
    const trip = prepareWorkbook([
      table("trip", [{ ...VALID.trip, start_time: "2026-01-21", end_time: "2026-01-21", departure_id: "1" }]),
    ]);
    expect(trip.rows[0].state).toBe("ready");
    expect(rowView(trip.rows[0], trip.issues, "en-US").message).toBe(
      `${trip.issues[0].message_en} Will be sent as 2026-01-21 00:00:00 to 2026-01-21 23:59:59.`,
    );
  });
});

describe("row states in live updates", () => {
  const first = prepareWorkbook([table("leave", [VALID.leave])]).records[0];
  const failed = { status: "Failed", key: first.key, fingerprint: first.fingerprint };

  test("an edited failed row comes back ready; a row cleared to spaces comes back blank (in scope, no verdict)", () => {
    const live = new LiveValidator();
    const before = live.load([
      table(
        "leave",
        [
          { ...VALID.leave, ...failed },
          { ...VALID.leave, employee: "u2" },
        ],
        { results: true },
      ),
    ]);
    expect(before.rows.map((v) => v.state)).toEqual(["failed", "ready"]);
    const next = table(
      "leave",
      [
        { ...VALID.leave, ...failed, employee: "u9" },
        { employee: " ", reason: "\u3000" },
      ],
      { results: true },
    );
    const up = live.update([next], [{ kind: "leave", rows: [0, 1] }]);
    expect(up.scope).toEqual([{ kind: "leave", rows: [0, 1] }]);
    expect(up.rows.map((v) => [v.row, v.state])).toEqual([[0, "ready"]]);
    expect(live.current().rows.map((v) => [v.row, v.state])).toEqual([[0, "ready"]]);
  });
});
