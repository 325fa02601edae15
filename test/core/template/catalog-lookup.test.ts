import { DEFAULT_CATALOG, type CatalogEntry } from "../../../src/core/template/catalog";
import { catalogChoices, lookupCatalog } from "../../../src/core/template/catalog-lookup";

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
