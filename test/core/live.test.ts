/** The live validator: a sliced check leaves it ready for the first edit. */
import { LiveValidator } from "../../src/core/live";
import { GroupIndex } from "../../src/core/live-groups";
import { DEFAULT_SETTINGS } from "../../src/core/model";
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
