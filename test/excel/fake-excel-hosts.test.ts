/** The fake plays each Excel host: requirement sets, payload limits in bytes, selection areas, event sources. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createFakeExcel, HOST_PROFILES } from "../../src/fake-excel";
import { API_SETS } from "../../src/fake-excel/api-sets";
import type { XlChangedArgs } from "../../src/excel/office-subset";

const withSheet = (options: Parameters<typeof createFakeExcel>[0]) => {
  const fake = createFakeExcel(options);
  fake.addSheet("S");
  return fake;
};

describe("host profiles", () => {
  test("the member table is generated from @types/office-js and is current", () => {
    expect(API_SETS.Range.dataValidation).toBe("1.8");
    expect(API_SETS.Workbook.getSelectedRanges).toBe("1.9");
    expect(API_SETS.Range.group).toBe("1.10");
    expect(API_SETS.WorksheetChangedEventArgs.triggerSource).toBe("1.14");
    expect(API_SETS.WorksheetChangedEventArgs.source).toBe("1.7");
    const root = join(__dirname, "../..");
    const out = execFileSync(
      process.execPath,
      [join(root, "node_modules/tsx/dist/cli.mjs"), "src/dev/gen-api-sets.ts", "--check"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(out).toContain("api-sets.ts is current");
  });

  test("there are five hosts, from Office 2019 (ExcelApi 1.7) to Excel on the web", () => {
    expect(HOST_PROFILES.map((p) => [p.id, p.apiVersion])).toEqual([
      ["office2019", "1.7"],
      ["office2021", "1.14"],
      ["m365", "1.20"],
      ["web", "1.21"],
      ["mac", "1.17"],
    ]);
    expect(HOST_PROFILES.filter((p) => p.payloadLimitBytes !== null).map((p) => p.id)).toEqual(["web"]);
  });

  test("a member above the host's sets fails the sync with ApiNotFound and is recorded", async () => {
    const fake = withSheet({ profile: "office2019" });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject("S").getRange("A1:A3");
      range.dataValidation.load("type");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(fake.apiUsage()).toMatchObject({
      refused: [{ member: "Range.dataValidation", set: "1.8", calls: 1 }],
      unguarded: [{ member: "Range.dataValidation", set: "1.8", calls: 1 }],
    });
    expect(fake.apiUsage().touchedSets).toEqual(expect.arrayContaining(["1.1", "1.4", "1.8"]));
  });

  test("on a host that has the set, a use is unguarded until isSetSupported confirmed it", async () => {
    const fake = withSheet({ profile: "m365" });
    const queue = () =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("S").getRange("A1").dataValidation.load("type");
        await context.sync();
      });
    await queue();
    expect(fake.apiUsage().unguarded).toEqual([{ member: "Range.dataValidation", set: "1.8", calls: 1 }]);
    expect(fake.supports("1.8")).toBe(true);
    await queue();
    expect(fake.apiUsage().unguarded[0].calls).toBe(1);
    expect(fake.apiUsage().refused).toEqual([]);
    expect(createFakeExcel({ profile: "office2019" }).supports("1.8")).toBe(false);
  });

  test("naming a new table column is ExcelApi 1.15", async () => {
    const fake = withSheet({ profile: "office2021" });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRange("A1:B1").values = [["a", "b"]];
      const table = sheet.tables.add("A1:B2", true);
      await context.sync();
      table.columns.add(undefined, undefined, "c");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
      table.columns.add();
      await context.sync();
    });
    expect(fake.snapshot("S").values[0]).toEqual(["a", "b", "Column3"]);
  });
});

describe("payload limits (Excel on the web)", () => {
  const chinese = (n: number) => "请假".repeat(n / 2);

  test("the request is measured in UTF-8 bytes: 1.8 million Chinese characters are 5.4 MB", async () => {
    const fake = withSheet({ profile: "web" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A1:A1000").values = Array.from(
        { length: 1000 },
        () => [chinese(1800)],
      );
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(fake.stats().maxRequestBytes).toBeGreaterThan(5_400_000);
  });

  test("an oversized read fails with ResponsePayloadSizeLimitExceeded; desktop hosts have no limit", async () => {
    for (const profile of ["web", "m365"] as const) {
      const fake = withSheet({ profile });
      fake.userEdit(
        "S",
        "A1:A3000",
        Array.from({ length: 3000 }, () => [chinese(1000)]),
      );
      const read = fake.run(async (context) => {
        const range = context.workbook.worksheets
          .getItemOrNullObject("S")
          .getRange("A1:A3000")
          .load("values");
        await context.sync();
        return range.values.length;
      });
      if (profile === "web")
        await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      else await expect(read).resolves.toBe(3000);
      expect(fake.stats().maxResponseBytes).toBeGreaterThan(9_000_000);
    }
  });
});

describe("selection and events", () => {
  test("several selected areas: getSelectedRange fails with InvalidSelection, getSelectedRanges has them all", async () => {
    const fake = withSheet({ profile: "web" });
    fake.userSelect("S", "A2:B3,A7:B9");
    await fake.run(async (context) => {
      const one = context.workbook.getSelectedRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
      expect(() => one.address).toThrow(/not available/);
      const all = context.workbook.getSelectedRanges().load("address");
      await context.sync();
      expect(all.address).toBe("S!A2:B3,S!A7:B9");
    });
  });

  test("events say Local or Remote; triggerSource only from ExcelApi 1.14, its use noted as unguarded", async () => {
    for (const profile of ["office2019", "office2021"] as const) {
      const fake = withSheet({ profile });
      const seen: unknown[] = [];
      await fake.run(async (context) => {
        context.workbook.worksheets
          .getItemOrNullObject("S")
          .onChanged.add(async (e: XlChangedArgs) => void seen.push([e.address, e.source, e.triggerSource]));
        await context.sync();
      });
      fake.userEdit("S", "A1", [["mine"]]);
      fake.remoteEdit("S", "B2", [["theirs"]]);
      await fake.settle();
      const trigger = profile === "office2021" ? "Unknown" : undefined;
      expect(seen).toEqual([
        ["A1", "Local", trigger],
        ["B2", "Remote", trigger],
      ]);
      expect(fake.apiUsage().unguarded.map((u) => u.member)).toContain(
        "WorksheetChangedEventArgs.triggerSource",
      );
    }
  });
});
