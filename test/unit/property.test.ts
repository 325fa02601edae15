/** Validation never throws, whatever the cells and headers, and its output stays well-formed. */
import fc from "fast-check";
import { CreateUserApprovalBody } from "../../src/core/feishu/schemas";
import { RECORD_KINDS } from "../../src/core/kinds";
import { LiveValidator } from "../../src/core/live";
import { DEFAULT_SETTINGS, type CellValue, type TableSnapshot } from "../../src/core/model";
import { checkWorkbook } from "./support/check";
import { INPUT_COLUMNS } from "../../src/core/template/columns";
import { ISSUE_CODES } from "../../src/core/validate/messages";
import { table, VALID } from "./support/tables";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer({ min: 19000101, max: 21001231 }),
  fc.double({ min: 0, max: 80000, noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.constantFrom(
    "2026-01-04 09:00",
    "2026/1/4 9:00:00",
    "年假",
    "小时",
    "天",
    "调休",
    "工作日",
    "l3:123",
    "u1",
    "１．５",
  ),
);

const kind = fc.constantFrom(...RECORD_KINDS);
const knownHeaders = (k: (typeof RECORD_KINDS)[number]) =>
  INPUT_COLUMNS[k].flatMap((c) => [c.key, c.header.zh, c.header.en]);

const snapshot: fc.Arbitrary<TableSnapshot> = kind.chain((k) =>
  fc.record({
    kind: fc.constant(k),
    headers: fc.array(fc.oneof(cell, fc.constantFrom(...knownHeaders(k))), { maxLength: 20 }),
    rows: fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 8 }),
    numberFormats: fc.option(
      fc.array(
        fc.array(fc.constantFrom("General", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", "h:mm", "@", "0.00"), {
          maxLength: 22,
        }),
        {
          maxLength: 8,
        },
      ),
      { nil: undefined },
    ),
    headerRow: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
  }),
);

/** Tables with all the right headers whose rows are valid rows with a few arbitrary cells, so every field rule is reached. */
const fullTable: fc.Arbitrary<TableSnapshot> = kind.chain((k) => {
  const width = INPUT_COLUMNS[k].length;
  const base = table(k, [VALID[k]]).rows[0];
  const row = fc
    .tuple(
      fc.constantFrom("u1", "u2", "u3", "u4", "u5"),
      fc.array(fc.tuple(fc.nat(width - 1), cell), { maxLength: 3 }),
    )
    .map(([employee, edits]) => {
      const r = [...base];
      r[0] = employee;
      for (const [i, v] of edits) r[i] = v;
      return r;
    });
  return fc.record({
    kind: fc.constant(k),
    headers: fc.constant(table(k, []).headers),
    rows: fc.array(row, { maxLength: 10 }),
  });
});

const settings = fc.record({
  employeeType: fc.constantFrom("employee_id" as const, "employee_no" as const, "open_id" as const),
  workdayHours: fc.oneof(fc.double(), fc.constant(8)),
  dateSystem: fc.constantFrom(1900 as const, 1904 as const),
});

/** Codes that mean validation threw inside (and caught it): the property fails on them. */
const THROWN = new Set(["unexpected_error", "table_failed"]);
const thrown = (issues: readonly { code: string; message_en: string }[]) =>
  issues.filter((i) => THROWN.has(i.code)).map((i) => i.message_en);

test("the guard works: a row that throws inside validation shows up as unexpected_error", () => {
  const evil = {
    toString: () => {
      throw new Error("boom");
    },
  } as unknown as CellValue;
  const t = table("leave", [{ ...VALID.leave, reason: evil }]);
  expect(thrown(checkWorkbook([t]).issues)).toHaveLength(1);
});

test("a full check never throws on arbitrary headers and cells; issues are well-formed", () => {
  fc.assert(
    fc.property(fc.array(snapshot, { maxLength: 4 }), settings, (snapshots, s) => {
      const r = checkWorkbook(snapshots, s);
      expect(thrown(r.issues)).toEqual([]);
      for (const i of r.issues) {
        expect(ISSUE_CODES).toContain(i.code);
        expect(i.row).toBeGreaterThanOrEqual(-1);
        expect(i.message_zh.length && i.message_en.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300 },
  );
});

test("every record built from arbitrary cells satisfies the Feishu schema", () => {
  let built = 0;
  fc.assert(
    fc.property(fc.array(fullTable, { maxLength: 4 }), settings, (snapshots, s) => {
      const r = checkWorkbook(snapshots, s);
      expect(thrown(r.issues)).toEqual([]);
      built += r.records.length;
      const errorRows = new Set(
        r.issues.filter((i) => i.severity === "error").map((i) => `${i.kind}:${i.row}`),
      );
      for (const rec of r.records) {
        expect(CreateUserApprovalBody.safeParse(rec.body).success).toBe(true);
        expect(errorRows.has(`${rec.kind}:${rec.row}`)).toBe(false);
      }
    }),
    { numRuns: 300 },
  );
  expect(built).toBeGreaterThan(150); // the property saw real records, not only rejections
});

test("live updates never throw and match a full check", () => {
  fc.assert(
    fc.property(
      fullTable,
      fc.array(fc.tuple(fc.nat(9), fc.array(cell, { maxLength: 16 })), { maxLength: 4 }),
      (t, edits) => {
        const live = new LiveValidator(DEFAULT_SETTINGS);
        live.load([t]);
        const next = { ...t, rows: t.rows.map((r) => [...r]) };
        const changed: number[] = [];
        for (const [row, cells] of edits) {
          if (row >= next.rows.length) continue;
          next.rows[row] = INPUT_COLUMNS[t.kind].map((_, i) => cells[i] ?? "");
          changed.push(row);
        }
        const up = live.update([next], [{ kind: t.kind, rows: changed }]);
        expect(thrown(up.issues)).toEqual([]);
        const full = checkWorkbook([next]);
        expect(thrown(full.issues)).toEqual([]);
        expect(live.current().issues).toEqual(full.issues);
      },
    ),
    { numRuns: 150 },
  );
});
