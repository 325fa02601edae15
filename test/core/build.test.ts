import {
  buildRecord,
  CONTENT_FIELDS,
  contentOf,
  fingerprintOf,
  recordItem,
  writeContent,
} from "../../src/core/build";
import { ContentHasher } from "../../src/core/hash";
import { ENUMS, type EnumName, type EnumOption } from "../../src/core/enums";
import {
  CreateUserApprovalBody,
  UserLeave,
  UserOut,
  UserOvertimeWork,
  UserTrip,
} from "../../src/core/feishu/schemas";
import { RECORD_KINDS, type RecordKind } from "../../src/core/kinds";
import { DEFAULT_SETTINGS, type PreparedRecord } from "../../src/core/model";
import { checkWorkbook } from "../unit/support/check";
import { table, VALID, type RowObject } from "../unit/support/tables";

const one = (kind: RecordKind, change: RowObject = {}, settings = DEFAULT_SETTINGS): PreparedRecord => {
  const r = checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])], settings);
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  return r.records[0];
};
const item = (r: PreparedRecord): Record<string, unknown> => {
  const ua = r.body.user_approval;
  return (ua.leaves ?? ua.outs ?? ua.overtime_works ?? ua.trips ?? [])[0] as Record<string, unknown>;
};

describe("every enum value reaches the body", () => {
  const cases: [EnumName, RecordKind, string, (r: PreparedRecord) => unknown][] = [
    ["unit", "leave", "unit", (r) => item(r).unit],
    ["overtime_category", "overtime", "category", (r) => item(r).category],
    ["overtime_type", "overtime", "overtime_type", (r) => item(r).type],
    ["trip_type", "trip", "trip_type", (r) => item(r).trip_type],
    ["transportation", "trip", "transportation", (r) => (item(r).transportation as number[])[0]],
    [
      "region_level",
      "trip",
      "departure_level",
      (r) => (item(r).departure as { region_level: string }).region_level,
    ],
    ["default_locale", "out", "default_locale", (r) => item(r).default_locale],
  ];
  test.each(cases)("%s", (name, kind, column, read) => {
    // Deprecated values are refused (what to pick instead is tested with the rules).
    for (const o of (ENUMS[name].options as readonly EnumOption[]).filter((x) => !x.deprecated)) {
      for (const cell of [o.value, o.label.zh, o.label.en]) {
        const extra = column === "departure_level" ? { departure_id: "6863333418483058189" } : {};
        expect(read(one(kind, { [column]: cell, ...extra }))).toBe(o.value);
      }
    }
  });
});

describe("request bodies", () => {
  test.each(RECORD_KINDS)(
    "%s: one record, valid per the shared zod schema, no process ids or time_zone",
    (kind) => {
      const r = one(kind, { external_id: "HR-1" });
      expect(CreateUserApprovalBody.safeParse(r.body).success).toBe(true);
      const ua = r.body.user_approval as Record<string, unknown>;
      expect(Object.keys(ua).sort()).toEqual(
        [
          "date",
          ({ leave: "leaves", out: "outs", overtime: "overtime_works", trip: "trips" } as const)[kind],
          "user_id",
        ].sort(),
      );
      expect(JSON.stringify(r.body)).not.toMatch(/process_id|time_zone/);
      expect(item(r).idempotent_id).toBe("HR-1");
      expect(r.key).toBe("HR-1");
    },
  );

  test("without External ID the key is a stable content hash; an edit gives a new key", () => {
    const a = one("leave");
    const again = one("leave");
    const edited = one("leave", { reason: "看病" });
    expect(a.key).toMatch(/^[0-9a-f]{32}$/);
    expect(again.key).toBe(a.key);
    expect(edited.key).not.toBe(a.key);
    expect(item(a).idempotent_id).toBe(a.key);
  });

  test("the fingerprint is the content hash even with an External ID, and ignores the External ID", () => {
    const plain = one("out");
    const withId = one("out", { external_id: "E-9" });
    expect(withId.fingerprint).toBe(plain.fingerprint);
    expect(withId.key).toBe("E-9");
    expect(one("out", { external_id: "E-9", duration: 3 }).fingerprint).not.toBe(plain.fingerprint);
  });

  test("cell spelling does not change the record or its hash", () => {
    const a = one("overtime", { unit: "小时", category: "工作日", start_time: "2026-01-05 19:00" });
    const b = one("overtime", { unit: "Hour", category: 1, start_time: 46027 + 19 / 24 });
    expect(b.body).toEqual(a.body);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  test("the employee ID type is part of the content", () => {
    const r = checkWorkbook([table("leave", [VALID.leave])]);
    const record = {
      unit: 1 as const,
      interval: 3600,
      start_time: "2026-01-05 09:00:00",
      end_time: "2026-01-05 10:00:00",
      i18n_names: { ch: "年假" },
      default_locale: "ch" as const,
      reason: "r",
    };
    const row = {
      kind: "leave" as const,
      row: 0,
      userId: "u1",
      date: "20260105",
      start: 0,
      end: 1,
      record,
      fingerprint: undefined,
      issues: [],
      ok: false,
    };
    expect(fingerprintOf(row, "employee_id")).not.toBe(fingerprintOf(row, "employee_no"));
    expect(r.records[0].employeeType).toBe("employee_id");
    expect(buildRecord(row, "employee_no").employeeType).toBe("employee_no");
  });
});

describe("fingerprint content", () => {
  const schemas = { leave: UserLeave, out: UserOut, overtime: UserOvertimeWork, trip: UserTrip };
  test.each(RECORD_KINDS)(
    "%s: CONTENT_FIELDS lists every field the schema allows except idempotent_id",
    (kind) => {
      expect([...CONTENT_FIELDS[kind]].sort()).toEqual(
        Object.keys(schemas[kind].shape)
          .filter((k) => k !== "idempotent_id")
          .sort(),
      );
    },
  );

  const full: Record<RecordKind, RowObject> = {
    leave: {
      ...VALID.leave,
      uniq_id: "X1",
      name_ch: "甲",
      name_en: "A",
      name_ja: "あ",
      default_locale: "en",
    },
    out: { ...VALID.out, name_ja: "あ" },
    overtime: { ...VALID.overtime, reason: "上线" },
    trip: {
      ...VALID.trip,
      departure_level: "l3",
      departure_id: "1",
      destination_level: "l3",
      destination_ids: "2",
      transportation: "飞机",
      trip_type: "往返",
      remarks: "r",
    },
  };
  test.each(RECORD_KINDS)("%s: changing any sent field changes the fingerprint", (kind) => {
    const base = checkWorkbook([table(kind, [full[kind]])]).records[0];
    const row = {
      kind,
      row: 0,
      userId: "u1",
      date: base.body.user_approval.date,
      start: 0,
      end: 1,
      record: { ...item(base) },
    } as never as Parameters<typeof fingerprintOf>[0];
    delete (row.record as Record<string, unknown>).idempotent_id;
    expect(fingerprintOf(row, "employee_id")).toBe(base.fingerprint);
    for (const field of CONTENT_FIELDS[kind]) {
      const rec = row.record as Record<string, unknown>;
      const v = rec[field];
      const changed =
        typeof v === "string"
          ? `${v}x`
          : typeof v === "number"
            ? v + 1
            : Array.isArray(v)
              ? [...v, v[0]]
              : { ...(v as object), ch: "变", region_id: "9" };
      const mutated = { ...row, record: { ...rec, [field]: changed } } as typeof row;
      expect([field, fingerprintOf(mutated, "employee_id")]).not.toEqual([field, base.fingerprint]);
    }
  });
});

test.each(RECORD_KINDS)(
  "%s: the direct content bytes equal the canonical bytes of the content array",
  (kind) => {
    const rows: RowObject[] = [
      VALID[kind],
      { ...VALID[kind], reason: "a\u0000b", name_ch: "x", name_en: "", uniq_id: "U1", default_locale: "ja" },
      {
        ...VALID[kind],
        departure_level: "l3",
        departure_id: "1",
        destination_ids: "l2:2, l4:3",
        transportation: "飞机, 火车",
        trip_type: 2,
        remarks: "r",
      },
    ];
    for (const r of checkWorkbook([table(kind, rows)]).records) {
      const row = {
        kind,
        row: 0,
        userId: r.body.user_approval.user_id,
        date: r.body.user_approval.date,
        start: 0,
        end: 1,
        record: item(r),
      } as never as Parameters<typeof fingerprintOf>[0];
      expect(writeContent(new ContentHasher(), row, "open_id").bytes()).toEqual(
        new ContentHasher().value(contentOf(row, "open_id")).bytes(),
      );
    }
  },
);

const bodyWith = (field: string, it: unknown) =>
  ({
    user_approval: { user_id: "u", date: "20260101", [field]: [it] },
  }) as unknown as PreparedRecord["body"];

describe("recordItem", () => {
  it("pulls each kind's own item out of its body", () => {
    const it1 = { start_time: "2026-01-01 09:00:00", end_time: "2026-01-01 18:00:00" };
    expect(recordItem({ kind: "leave", body: bodyWith("leaves", it1) })).toBe(it1);
    expect(recordItem({ kind: "out", body: bodyWith("outs", it1) })).toBe(it1);
    expect(recordItem({ kind: "overtime", body: bodyWith("overtime_works", it1) })).toBe(it1);
    expect(recordItem({ kind: "trip", body: bodyWith("trips", it1) })).toBe(it1);
  });

  it("is empty for a body without the kind's item, or with a non-object in its place", () => {
    expect(recordItem({ kind: "trip", body: bodyWith("leaves", { a: 1 }) })).toEqual({});
    expect(recordItem({ kind: "leave", body: bodyWith("leaves", null) })).toEqual({});
  });
});
