import { onEveryHost, setup } from "./helpers";
import { versionAtMost } from "../../src/fake-excel/profiles";
import { KINDS, RECORD_KINDS } from "../../src/core/kinds";
import { formatMessage } from "../../src/core/catalog";
import { columnsOf } from "../../src/core/template/columns";
import { LISTS_SHEET, CATALOG_TABLE } from "../../src/excel/lists";

onEveryHost("ensureTemplate", (profile) => {
  test.each(["zh-CN", "en-US"] as const)("creates the four tables, lists and rules in %s", async (locale) => {
    const { fake, adapter } = setup({ profile: profile.id });
    const report = await adapter.ensureTemplate({ locale });
    expect(report).toEqual({ created: [...RECORD_KINDS], repaired: [], unchanged: [] });
    for (const kind of RECORD_KINDS) {
      const sheet = locale === "zh-CN" ? KINDS[kind].sheet.zh : KINDS[kind].sheet.en;
      const snap = fake.snapshot(sheet);
      const cols = columnsOf(kind);
      expect(snap.tables).toEqual([
        { name: KINDS[kind].table, row: 0, col: 0, rows: 1, cols: cols.length + 1 },
      ]);
      expect(snap.values[0].slice(0, cols.length)).toEqual(
        cols.map((c) => (locale === "zh-CN" ? c.header.zh : c.header.en)),
      );
      expect(snap.frozenRows).toBe(1);
      // Text for the employee column; Start and End too, so a date alone never shows as "00:00".
      expect(snap.numberFormats[1][0]).toBe("@");
      const start = cols.findIndex((c) => c.key === "start_time");
      expect(snap.numberFormats[1][start]).toBe("@");
      expect(snap.numberFormats[1][start + 1]).toBe("@");
      // Fingerprint and marks are hidden.
      const fp = cols.findIndex((c) => c.key === "fingerprint");
      expect(snap.hiddenColumns).toEqual(expect.arrayContaining([fp, cols.length]));
    }
    expect(fake.snapshot(LISTS_SHEET).visibility).toBe("Hidden");
    expect(fake.book.table(CATALOG_TABLE)).toBeDefined();
    const leave = fake.book.sheet(locale === "zh-CN" ? "请假" : "Leave");
    expect(leave?.conditionalFormats).toHaveLength(3); // errors, warnings, revoked rows greyed
    const typeCell = fake.book.cell(leave!, 1, 1);
    if (versionAtMost("1.8", profile.apiVersion)) {
      // The leave type drop-down points at the lists sheet, never at a literal list.
      expect(JSON.stringify(typeCell?.dv?.rule)).toContain(`=${LISTS_SHEET}!$H$2:$H$`);
      // The header's help note is the catalogue's, in the template's language.
      expect(fake.book.cell(leave!, 0, 0)?.dv?.prompt).toEqual({
        showPrompt: true,
        title: locale === "zh-CN" ? "员工ID" : "Employee ID",
        message: formatMessage(locale, "template.employee"),
      });
    } else {
      // No data validation before ExcelApi 1.8: no drop-down (the core still checks every value).
      expect(typeCell?.dv).toBeUndefined();
    }
  });

  test("a second run changes nothing and writes nothing", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "zh-CN" });
    const before = JSON.stringify(fake.sheetNames().map((s) => fake.snapshot(s)));
    const cfs = fake.book.sheets.map((s) => s.conditionalFormats.length);
    fake.resetStats();
    const report = await adapter.ensureTemplate({ locale: "zh-CN" });
    expect(report).toEqual({ created: [], repaired: [], unchanged: [...RECORD_KINDS] });
    expect(JSON.stringify(fake.sheetNames().map((s) => fake.snapshot(s)))).toBe(before);
    expect(fake.book.sheets.map((s) => s.conditionalFormats.length)).toEqual(cfs);
    expect(fake.stats().syncs).toBeLessThanOrEqual(4);
  });

  test("repair of a filled table adds missing columns in place and keeps every row", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    fake.addSheet("Leave");
    // A clerk-made table: no Duration, no Message, no result columns beyond Status, in English.
    const headers = ["Employee ID", "Leave type", "Start", "End", "Unit", "Reason", "Status"];
    const rows = Array.from({ length: 300 }, (_, i) => [
      `00${i}`,
      "年假",
      `2026-01-0${(i % 9) + 1} 09:00`,
      `2026-01-0${(i % 9) + 1} 18:00`,
      "天",
      `r${i}`,
      "",
    ]);
    fake.userEdit("Leave", "A1:G1", [headers]);
    fake.book.tables.push({
      id: "t",
      name: "MyLeave",
      sheet: fake.book.sheet("Leave")!,
      row: 0,
      col: 0,
      cols: 7,
      rows: 1,
      style: "",
    });
    fake.userEdit("Leave", "A2:G301", rows);
    const before = fake.snapshot("Leave").values;

    const report = await adapter.ensureTemplate({ locale: "zh-CN" });
    expect(report.repaired).toEqual(["leave"]);
    expect(report.created).toEqual(["out", "overtime", "trip"]);
    const after = fake.snapshot("Leave");
    const header = after.values[0];
    // Duration lands after Unit, before Reason; result columns after Status; marks last.
    expect(header.slice(0, 8)).toEqual([
      "Employee ID",
      "Leave type",
      "Start",
      "End",
      "Unit",
      "Duration",
      "Reason",
      "External ID",
    ]);
    expect(header.indexOf("Approval ID")).toBe(header.indexOf("Status") + 1);
    expect(header[header.length - 1]).toBe("Issue marks");
    expect(after.tables[0].rows).toBe(300);
    // Every row keeps its values under its own header.
    for (const [i, h] of headers.entries()) {
      const at = header.indexOf(h);
      expect(after.values.slice(1, 301).map((r) => r[at])).toEqual(before.slice(1, 301).map((r) => r[i]));
    }
    const again = await adapter.ensureTemplate({ locale: "zh-CN" });
    expect(again.unchanged).toEqual([...RECORD_KINDS]);
  });

  test("a sheet named for a kind that holds other data is left alone and reported", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    fake.addSheet("出差");
    fake.userEdit("出差", "A1:B1", [["my", "notes"]]);
    const report = await adapter.ensureTemplate({ locale: "zh-CN" });
    expect(report.conflicts).toEqual([{ kind: "trip", sheet: "出差" }]);
    expect(fake.snapshot("出差").values[0].slice(0, 2)).toEqual(["my", "notes"]);
  });
});
