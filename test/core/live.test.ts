/** The live validator: a sliced check leaves it ready for the first edit; edits re-check only what they touch. */
import { LiveValidator } from "../../src/core/live";
import { GroupIndex } from "../../src/core/live-groups";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { checkWorkbook } from "../unit/support/check";
import { table, VALID } from "../unit/support/tables";

test("a sliced check builds the group index in a step of its own; the first edit does not build it", () => {
  const rows = Array.from({ length: 50 }, (_, i) => ({ ...VALID.leave, employee: `u${i % 7}` }));
  const snapshot = table("leave", rows);
  const live = new LiveValidator(DEFAULT_SETTINGS);
  const added = jest.spyOn(GroupIndex.prototype, "add");
  try {
    const steps = live.loadSteps([snapshot]);
    let next = steps.next();
    let last = { done: 0, total: 0 };
    for (; !next.done; next = steps.next()) {
      // Nothing is indexed before the last step.
      expect(added).not.toHaveBeenCalled();
      last = next.value;
    }
    expect(last.done).toBe(last.total);
    expect(added).toHaveBeenCalledTimes(50);
    added.mockClear();
    const edited = { ...snapshot, rows: snapshot.rows.map((r, i) => (i === 3 ? ["u1", ...r.slice(1)] : r)) };
    live.update([edited], [{ kind: "leave", rows: [3] }]);
    // The edited row is put back in the index; the other 49 are not read again.
    expect(added).toHaveBeenCalledTimes(1);
  } finally {
    added.mockRestore();
  }
});

describe("LiveValidator", () => {
  const later = { start_time: "2026-01-12 09:00", end_time: "2026-01-12 18:00" };
  const workbook = () => [
    table("leave", [
      VALID.leave,
      { ...VALID.leave, employee: "u2" },
      { ...VALID.leave, employee: "u3", ...later },
    ]),
    table("out", [
      {
        ...VALID.out,
        start_time: "2026-01-05 13:00",
        end_time: "2026-01-05 14:00",
        duration: 1,
        employee: "u2",
      },
    ]),
    table("overtime", [VALID.overtime]),
  ];

  test("re-checks the changed row and the same person's rows, and agrees with a full check", () => {
    const live = new LiveValidator();
    const first = live.load(workbook());
    expect(first.issues.map((i) => `${i.kind}:${i.row}:${i.code}`)).toEqual([
      "leave:1:overlap_other_sheet",
      "out:0:overlap_other_sheet",
    ]);
    const wb = workbook();
    wb[0].rows[1][0] = "u3"; // leave row 1 moves from u2 to u3
    const up = live.update([wb[0]], [{ kind: "leave", rows: [1] }]);
    expect(up.scope).toEqual([
      { kind: "leave", rows: [1, 2] },
      { kind: "out", rows: [0] },
    ]);
    expect(up.issues).toEqual([]); // u2's out row is cleared; u3's rows do not overlap
    const full = checkWorkbook(wb);
    expect(live.current().issues).toEqual(full.issues);
    expect(live.current().records.map((r) => r.key)).toEqual(full.records.map((r) => r.key));
  });

  test("reports new field and cross-row issues for the scope only", () => {
    const live = new LiveValidator();
    live.load(workbook());
    const wb = workbook();
    wb[0].rows[2][0] = "u1";
    wb[0].rows[2][2] = VALID.leave.start_time as string;
    wb[0].rows[2][3] = VALID.leave.end_time as string;
    wb[0].rows[2][6] = "";
    const up = live.update([wb[0]], [{ kind: "leave", rows: [2] }]);
    expect(up.issues.map((i) => `${i.kind}:${i.row}:${i.code}`).sort()).toEqual([
      "leave:0:overlap",
      "leave:2:overlap",
      "leave:2:required",
    ]);
    expect(up.scope).toEqual([{ kind: "leave", rows: [0, 2] }]);
  });

  test("a header change re-reads the whole table", () => {
    const live = new LiveValidator();
    live.load(workbook());
    const wb = workbook();
    wb[2].headers[0] = "Someone";
    const up = live.update([wb[2]], [{ kind: "overtime", rows: [0] }]);
    expect(up.scope).toContainEqual({ kind: "overtime" });
    expect(up.issues.map((i) => `${i.row}:${i.code}`)).toEqual(
      expect.arrayContaining(["-1:missing_column", "-1:unknown_header"]),
    );
  });
});
