import { defaultSettings } from "../../../src/taskpane/settings";
import type { PaneState } from "../../../src/taskpane/state/reducer";
import {
  clerkName,
  issuesByRow,
  kindCounts,
  scopeCounts,
  scopeRecords,
} from "../../../src/taskpane/state/selectors";
import type { Prepared } from "../../../src/taskpane/ports";
import { issue, record } from "../fakes";

// Leave rows: 0 ready, 1 submitted, 2 failed, 3 invalid, 4 interrupted mid-run; overtime row 0 unknown outcome.
const prepared: Prepared = {
  issues: [
    issue("leave", 3, "start_time", "bad_date"),
    issue("leave", 3, "reason", "long", "warning"),
    issue("overtime", 1, null, "overlap", "warning"),
  ],
  records: [
    record("leave", 0),
    record("leave", 1),
    record("leave", 2),
    record("leave", 4),
    record("overtime", 0),
    record("overtime", 1),
  ],
  rows: [
    { kind: "leave", row: 0, state: "ready", stored: {} },
    { kind: "leave", row: 1, state: "submitted", stored: { approvalId: "A1" } },
    { kind: "leave", row: 2, state: "failed", stored: {} },
    { kind: "leave", row: 3, state: "invalid", stored: {} },
    { kind: "leave", row: 4, state: "submitting", stored: {} },
    { kind: "overtime", row: 0, state: "unknown", stored: {} },
    { kind: "overtime", row: 1, state: "ready", stored: {} },
  ],
  rowCounts: { leave: 5, overtime: 2 },
  headerRows: {},
};

describe("selectors", () => {
  test("edited rows are never sent, not even when selected", () => {
    const withEdited: Prepared = {
      ...prepared,
      rows: prepared.rows.map((r) =>
        r.kind === "leave" && r.row === 0 ? { ...r, state: "edited" as const } : r,
      ),
    };
    expect(scopeRecords(withEdited, "selected", [{ kind: "leave", rows: [0, 1] }]).map((r) => r.row)).toEqual(
      [1],
    );
    expect(scopeRecords(withEdited, "pending", []).map((r) => `${r.kind}${r.row}`)).toEqual([
      "leave4",
      "overtime0",
      "overtime1",
    ]);
  });

  test("scope counts: pending includes interrupted and unknown rows, never submitted or failed ones", () => {
    const selection = [{ kind: "leave" as const, rows: [1, 2, 3] }];
    expect(scopeCounts(prepared, selection)).toEqual({ pending: 4, selected: 2, failed: 1 });
    expect(scopeRecords(prepared, "pending", []).map((r) => `${r.kind}${r.row}`)).toEqual([
      "leave0",
      "leave4",
      "overtime0",
      "overtime1",
    ]);
    expect(scopeRecords(null, "pending", [])).toEqual([]);
  });

  test("counts per kind", () => {
    const [leave, out, overtime] = kindCounts(prepared);
    expect(leave).toEqual({
      kind: "leave",
      rows: 5,
      errors: 1,
      warnings: 1,
      pending: 2,
      submitted: 1,
      failed: 1,
    });
    expect(out.rows).toBe(0);
    expect(overtime).toMatchObject({ rows: 2, errors: 0, warnings: 1, pending: 2 });
  });

  test("table-level issues (row -1) are listed but not counted as rows", () => {
    const [leave] = kindCounts({
      ...prepared,
      issues: [...prepared.issues, issue("leave", -1, "employee", "missing_header")],
    });
    expect(leave.errors).toBe(1);
  });

  test("issues are grouped by row, errors first, the table's own issues before its rows", () => {
    const groups = issuesByRow([
      issue("trip", 0, null, "w", "warning"),
      issue("trip", -1, null, "h"),
      ...prepared.issues,
    ]);
    expect(groups.map((g) => `${g.kind}${g.row}`)).toEqual(["leave3", "overtime1", "trip-1", "trip0"]);
    expect(groups[0].issues.map((i) => i.severity)).toEqual(["error", "warning"]);
  });
});

describe("clerkName (the Run log's Who)", () => {
  const settings = (yourName: string) => ({ ...defaultSettings("https://pane.test"), yourName });
  const signedIn = (name: string): PaneState["signIn"] => ({
    state: "signed-in",
    user: { name, username: "wang.fang@contoso.com" },
  });

  test.each([
    ["signed in: the account's display name wins", signedIn("王芳"), "Li Na", null, "王芳"],
    [
      "signed in without a display name: the sign-in name",
      signedIn(""),
      "Li Na",
      null,
      "wang.fang@contoso.com",
    ],
    ["not signed in: the host's name, when it gives one", { state: "off" } as const, "Li Na", "Host", "Host"],
    ["not signed in: Your name", { state: "off" } as const, "Li Na", null, "Li Na"],
    ["sign-in failed: Your name", { state: "failed", detail: "x" } as const, "Li Na", null, "Li Na"],
    ["nothing known: blank", { state: "off" } as const, "", null, ""],
  ])("%s", (_case, signIn, yourName, host, who) => {
    expect(clerkName({ signIn, settings: settings(yourName) }, host)).toBe(who);
  });
});
