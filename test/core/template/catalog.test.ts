import { catalogDisplay, DEFAULT_CATALOG } from "../../../src/core/template/catalog";

test("an entry shows as its Chinese and English names", () => {
  expect(
    catalogDisplay({
      kind: "leave",
      uniq_id: "x",
      names: { ch: "年假", en: "Annual leave" },
      default_locale: "ch",
    }),
  ).toBe("年假 / Annual leave");
});

test("the default types: each kind's ids and drop-down texts are unique, ids under 14 characters", () => {
  for (const kind of ["leave", "out"] as const) {
    const entries = DEFAULT_CATALOG.filter((e) => e.kind === kind);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.uniq_id)).size).toBe(entries.length);
    expect(new Set(entries.map(catalogDisplay)).size).toBe(entries.length);
  }
  for (const e of DEFAULT_CATALOG) {
    expect(e.uniq_id.length).toBeLessThan(14);
    expect(e.names.ch).toMatch(/\p{Script=Han}/u);
    expect(e.default_locale).toBe("ch");
  }
});
