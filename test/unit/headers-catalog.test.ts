import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import fc from "fast-check";
import { canonicalBytes, sha256Hex, type Canonical } from "../../src/core/hash";
import { RECORD_KINDS } from "../../src/core/kinds";
import { DEFAULT_CATALOG, type CatalogEntry } from "../../src/core/template/catalog";
import { catalogChoices, lookupCatalog } from "../../src/core/template/catalog-lookup";
import { columnsOf, INPUT_COLUMNS } from "../../src/core/template/columns";
import { headerIssues, headerLocale, matchHeaders } from "../../src/core/template/headers";

describe("matchHeaders", () => {
  test.each([
    ["zh header", "开始时间", "start_time"],
    ["en header", "Start", "start_time"],
    ["bare key", "start_time", "start_time"],
    ["case and spaces", "  START ", "start_time"],
    ["key with spaces for underscores", "Start Time", "start_time"],
    ["full-width", "Ｅｍｐｌｏｙｅｅ　ＩＤ", "employee"],
    ["required marker", "员工ID*", "employee"],
    ["both languages", "开始时间 / Start", "start_time"],
    ["result column", "Approval ID", "approval_id"],
  ])("%s: %p -> %p", (_name, header, key) => {
    expect(matchHeaders("leave", [header]).index.get(key)).toBe(0);
  });

  test("any order and either language give the same columns", () => {
    for (const kind of RECORD_KINDS) {
      const cols = columnsOf(kind);
      const shuffled = [...cols].reverse().map((c, i) => (i % 2 ? c.header.zh : c.header.en));
      const m = matchHeaders(kind, shuffled);
      expect(m.missing).toEqual([]);
      expect(m.unknown).toEqual([]);
      for (const c of cols)
        expect(shuffled[m.index.get(c.key) as number]).toMatch(
          new RegExp(`^(${c.header.zh}|${c.header.en.replace(/[()]/g, "\\$&")})$`),
        );
    }
  });

  test("unknown, duplicate and missing headers become table-level issues (row -1)", () => {
    const m = matchHeaders("overtime", ["Employee ID", "Start", "Start", "Notes", "", null]);
    expect(m.unknown).toEqual([{ index: 3, header: "Notes" }]);
    expect(m.duplicates).toEqual([{ index: 2, key: "start_time" }]);
    expect(m.missing).toEqual(["end_time", "unit", "category", "overtime_type"]);
    const issues = headerIssues(m);
    expect(issues.every((i) => i.row === -1 && i.kind === "overtime")).toBe(true);
    expect(issues.map((i) => [i.column, i.code, i.severity])).toEqual([
      ["end_time", "missing_column", "error"],
      ["unit", "missing_column", "error"],
      ["category", "missing_column", "error"],
      ["overtime_type", "missing_column", "error"],
      ["start_time", "duplicate_header", "warning"],
      [null, "unknown_header", "warning"],
    ]);
    expect(issues[0].message_zh).toContain("结束时间");
    expect(issues[0].message_en).toContain('"End"');
  });

  test("leave/out: type override columns stand in for the type column; duration or interval is needed", () => {
    const keys = INPUT_COLUMNS.out.map((c) => c.key).filter((k) => k !== "type" && k !== "duration");
    expect(matchHeaders("out", keys).missing).toEqual([]);
    const noLength = INPUT_COLUMNS.out.map((c) => c.key).filter((k) => k !== "duration" && k !== "interval");
    expect(matchHeaders("out", noLength).missing).toEqual(["duration"]);
    const noType = INPUT_COLUMNS.leave
      .map((c) => c.key)
      .filter((k) => !["type", "uniq_id", "name_ch", "name_en", "name_ja"].includes(k));
    expect(matchHeaders("leave", noType).missing).toEqual(["type"]);
  });
});

describe("lookupCatalog", () => {
  test.each([
    ["display", "年假 / Annual leave", "annual"],
    ["zh", "年假", "annual"],
    ["en, any case", "annual LEAVE", "annual"],
    ["ja", "年次有給休暇", "annual"],
    ["uniq_id", "sick", "sick"],
    ["spacing", " 病假 ", "sick"],
  ])("%s: %p -> %p", (_name, cell, uniq) => {
    expect(lookupCatalog("leave", cell)?.uniq_id).toBe(uniq);
  });

  test("kinds are separate", () => {
    expect(lookupCatalog("out", "年假")).toBeUndefined();
    expect(lookupCatalog("out", "拜访客户")?.uniq_id).toBe("client_visit");
  });

  test("a workbook catalog replaces the defaults", () => {
    const own: CatalogEntry[] = [
      { kind: "leave", uniq_id: "L01", names: { ch: "年休", en: "Vacation" }, default_locale: "en" },
    ];
    expect(lookupCatalog("leave", "Vacation", own)?.uniq_id).toBe("L01");
    expect(lookupCatalog("leave", "年假", own)).toBeUndefined();
    expect(catalogChoices("leave", own)).toEqual(["年休 / Vacation"]);
  });

  test("the default uniq_ids respect the documented limit", () => {
    for (const e of DEFAULT_CATALOG) expect(e.uniq_id.length).toBeLessThan(14);
  });
});

describe("sha256Hex", () => {
  test("equals @noble/hashes over UTF-8, for any string including surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (s) => {
        expect(sha256Hex(s)).toBe(bytesToHex(sha256(utf8ToBytes(s))));
      }),
    );
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("年假".repeat(2000), 32)).toBe(
      bytesToHex(sha256(utf8ToBytes("年假".repeat(2000)))).slice(0, 32),
    );
  });
});

describe("canonical bytes", () => {
  test.each([0, 7, 9, 10, 99, 100, 28800, 1767603600, Number.MAX_SAFE_INTEGER, -5, 1.5, 1e21])(
    "number %p is written as n<decimal>NUL",
    (x) => {
      expect(Buffer.from(canonicalBytes(x)).toString("latin1")).toBe(`n${x}\u0000`);
    },
  );
  test.each(["", "a", "年假", "x".repeat(12345)])("string %p is written as s<length>:<utf8>", (s) => {
    expect(
      Buffer.from(canonicalBytes(s)).equals(
        Buffer.concat([Buffer.from(`s${s.length}:`), Buffer.from(s, "utf8")]),
      ),
    ).toBe(true);
  });

  const value: fc.Arbitrary<Canonical> = fc.letrec<{ v: Canonical }>((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      fc.string({ unit: "binary" }),
      fc.constantFrom("\u0000", "a\u0001", "\u0002"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("v"), { maxLength: 4 }),
    ),
  })).v;
  test("different values never give the same text", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const same = Buffer.from(canonicalBytes(a)).equals(Buffer.from(canonicalBytes(b)));
        expect(same).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 2000 },
    );
    expect(canonicalBytes(["1", 1, null, "null", [], [[]]])).not.toEqual(
      canonicalBytes([1, "1", "null", null, [[]], []]),
    );
    expect(canonicalBytes(["ab", "c"])).not.toEqual(canonicalBytes(["a", "bc"]));
  });
});

describe("headerLocale", () => {
  test.each([
    [["员工ID", "开始时间", "End", "状态"], "zh-CN"],
    [["Employee ID", "Start", "结束时间", "Status"], "en-US"],
    [["employee", "start_time"], "en-US"],
  ] as const)("%j → %s", (headers, locale) => {
    expect(headerLocale("leave", headers)).toBe(locale);
  });
});
