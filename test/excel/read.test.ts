import { onEveryHost, setup } from "./helpers";
import { DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { headerIssues, matchHeaders } from "../../src/core/template/headers";
import { formatDateTime, serialToWallTime } from "../../src/core/cells/datetime";
import { columnsOf } from "../../src/core/template/columns";
import { columnLetters } from "../../src/excel/a1";

onEveryHost("read", (profile) => {
  test("returns headers, rows and number formats of each table, the catalog and the date system", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    fake.userEdit("Leave", "A2:D3", [
      ["00123", "Annual leave", "2026-01-04 09:00", "2026-01-04 18:00"],
      ["456", "Sick leave", "2026/1/5 9:00", "20260105"],
    ]);
    const snap = await adapter.read(["leave"]);
    expect(snap.dateSystem).toBe(1900);
    expect(snap.catalog).toEqual([...DEFAULT_CATALOG]);
    const leave = snap.tables[0];
    expect(leave.kind).toBe("leave");
    expect(leave.headers[0]).toBe("Employee ID");
    // The hidden marks column reaches the core with a blank header (ignored, no unknown-header warning).
    expect(leave.headers[leave.headers.length - 1]).toBe("");
    expect(headerIssues(matchHeaders("leave", leave.headers))).toEqual([]);
    expect(leave.rows).toHaveLength(2);
    // The employee column is text, so 00123 stays 00123.
    expect(leave.rows[0][0]).toBe("00123");
    expect(leave.rows[1][0]).toBe("456");
    // Start and End are Text: what the clerk typed reaches the core as typed, in any shape.
    expect(leave.rows[0][2]).toBe("2026-01-04 09:00");
    expect(leave.numberFormats?.[0][2]).toBe("@");
    expect(leave.rows[1][2]).toBe("2026/1/5 9:00");
    expect(leave.rows[1][3]).toBe("20260105");
  });

  test.each([
    [1900, 46026.375],
    [1904, 44564.375],
  ] as const)("date system %i is detected and serials read with it", async (system, serial) => {
    const { fake, adapter } = setup({ dateSystem: system, profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    // "Applied at" keeps a date-time format: ISO text typed there becomes a serial.
    const at = columnsOf("trip").findIndex((c) => c.key === "approve_apply_time");
    fake.userEdit("Business trip", `${columnLetters(at)}2`, [["2026-01-04 09:00"]]);
    const snap = await adapter.read(["trip"]);
    expect(snap.dateSystem).toBe(system);
    const cell = snap.tables[0].rows[0][at];
    expect(cell).toBeCloseTo(serial, 6);
    expect(formatDateTime(serialToWallTime(cell as number, snap.dateSystem)!)).toBe("2026-01-04 09:00:00");
  });

  test("reads 20,000 rows in payload-sized blocks: every sync stays under 5 MB", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "en-US" });
    const reason = "x".repeat(60);
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `E${i}`,
      "Annual leave",
      "2026-01-04 09:00",
      "2026-01-04 18:00",
      "Day",
      1,
      reason,
    ]);
    fake.userEdit("Leave", "A2:G20001", rows);
    fake.resetStats();
    const snap = await adapter.read(["leave"]);
    expect(snap.tables[0].rows).toHaveLength(20_000);
    expect(snap.tables[0].rows[19_999][0]).toBe("E19999");
    const stats = fake.stats();
    expect(stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    // Found in one sync, then a few payload-sized blocks: not one sync per row or per chunk.
    expect(stats.syncs).toBeGreaterThanOrEqual(3);
    expect(stats.syncs).toBeLessThanOrEqual(6);
  });

  test("a block the host still finds too large is split and retried", async () => {
    const { fake } = setup({ profile: profile.id });
    const { createExcelAdapter } = await import("../../src/excel/adapter");
    // A budget far above the limit: the first block group overflows and must be split.
    const adapter = createExcelAdapter({
      run: fake.run,
      supports: fake.supports,
      syncCellBudget: 10_000_000,
      chunkRows: 50_000,
    });
    await adapter.ensureTemplate({ locale: "en-US" });
    const big = "y".repeat(400);
    fake.userEdit(
      "Leave",
      "A2:G20001",
      Array.from({ length: 20_000 }, (_, i) => [`E${i}`, "Annual leave", "", "", "", "", big]),
    );
    const snap = await adapter.read(["leave"]);
    expect(snap.tables[0].rows).toHaveLength(20_000);
    expect(snap.tables[0].rows[12_345][6]).toBe(big);
  });

  test("the catalog comes from the lists sheet when the workbook has its own", async () => {
    const { fake, adapter } = setup({ profile: profile.id });
    await adapter.ensureTemplate({ locale: "zh-CN" });
    const t = fake.book.table("FeishuTypes")!;
    fake.userEdit("FeishuLists", `K${t.row + 2}:P${t.row + 2}`, [
      ["leave", "home", "居家", "Home leave", "", "en"],
    ]);
    const snap = await adapter.read([]);
    expect(snap.catalog[0]).toEqual({
      kind: "leave",
      uniq_id: "home",
      names: { ch: "居家", en: "Home leave" },
      default_locale: "en",
    });
  });
});
