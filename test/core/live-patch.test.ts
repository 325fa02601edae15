/** A live edit read in part and patched into the last check ends where a full check of the sheet ends. */
import fc from "fast-check";
import { RECORD_KINDS } from "../../src/core/kinds";
import { LiveValidator } from "../../src/core/live";
import { patchCheck, type CheckResult } from "../../src/core/live-patch";
import { DEFAULT_SETTINGS, type CellValue, type TableSnapshot } from "../../src/core/model";
import { checkWorkbook } from "../unit/support/check";
import { INPUT_COLUMNS } from "../../src/core/template/columns";
import { table, VALID } from "../unit/support/tables";

const view = (r: CheckResult): CheckResult => ({
  issues: r.issues,
  records: r.records,
  rows: r.rows,
  rowCounts: r.rowCounts,
  headerRows: r.headerRows,
});

/** Only the rows in `rows` of `t`, as the adapter's readRows hands them over. */
function partOf(t: TableSnapshot, rows: number[]): TableSnapshot {
  const sparse = new Array<CellValue[]>(t.rows.length);
  for (const r of rows) sparse[r] = t.rows[r];
  return { ...t, rows: sparse, partRows: [...new Set(rows)].sort((a, b) => a - b) };
}

const kind = fc.constantFrom(...RECORD_KINDS);
const value = fc.constantFrom<CellValue>("", "u1", "u2", "x", "2026-01-04 09:00", "2026-01-05 18:00", 1, 3);
const sheet = kind.chain((k) => {
  const base = table(k, [VALID[k]]).rows[0];
  const width = INPUT_COLUMNS[k].length;
  const row = fc
    .tuple(fc.constantFrom("u1", "u2", "u3"), fc.array(fc.tuple(fc.nat(width - 1), value), { maxLength: 2 }))
    .map(([who, edits]) => {
      const r = [...base];
      r[0] = who;
      for (const [i, v] of edits) r[i] = v;
      return r;
    });
  return fc.record({
    t: fc.record({
      kind: fc.constant(k),
      headers: fc.constant(table(k, []).headers),
      rows: fc.array(row, { minLength: 1, maxLength: 10 }),
    }),
    edits: fc.array(fc.tuple(fc.nat(9), fc.array(value, { maxLength: width })), {
      minLength: 1,
      maxLength: 3,
    }),
  });
});

test("rows read in part and patched in match a full check: issues, verdicts, records, counts", () => {
  fc.assert(
    fc.property(sheet, ({ t, edits }) => {
      const live = new LiveValidator(DEFAULT_SETTINGS);
      const first = live.load([t]);
      const next = { ...t, rows: t.rows.map((r) => [...r]) };
      const changed: number[] = [];
      for (const [row, cells] of edits) {
        if (row >= next.rows.length) continue;
        next.rows[row] = next.rows[row].map((c, i) => (i < cells.length ? cells[i] : c));
        changed.push(row);
      }
      const up = live.updateParts([partOf(next, changed)], [{ kind: t.kind, rows: changed }]);
      if (!up) throw new Error("a same-shape edit must be placed");
      const patched = patchCheck(view(first), up, live.headerRows());
      expect(patched).toEqual(view(checkWorkbook([next])));
    }),
    { numRuns: 300 },
  );
});

test("rows read in part that cannot be placed ask for a full read", () => {
  const t = table("leave", [VALID.leave, VALID.leave, VALID.leave]);
  const live = new LiveValidator(DEFAULT_SETTINGS);
  live.load([t]);
  // Headers changed: the table must be read whole.
  expect(live.updateParts([partOf({ ...t, headers: [...t.headers].reverse() }, [0])], [])).toBeNull();
  // Fewer rows than last time (rows deleted): indexes moved.
  expect(live.updateParts([partOf({ ...t, rows: t.rows.slice(0, 2) }, [0])], [])).toBeNull();
  // A new row at the end that was not read.
  expect(live.updateParts([partOf({ ...t, rows: [...t.rows, [], []] }, [3])], [])).toBeNull();
  // A kind never read before.
  expect(live.updateParts([partOf(table("trip", [VALID.trip]), [0])], [])).toBeNull();
  // A new row at the end that was read is placed.
  const grown = { ...t, rows: [...t.rows, [...t.rows[0]]] };
  expect(live.updateParts([partOf(grown, [3])], [{ kind: "leave", rows: [3] }])).not.toBeNull();
});
