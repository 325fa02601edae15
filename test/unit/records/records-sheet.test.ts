import type { FeishuRecord } from "../../../src/core/records/feishu-record";
import { recordsSheet, statusLabel } from "../../../src/core/records/records-sheet";

const rec = (over: Partial<FeishuRecord>): FeishuRecord => ({
  kind: "overtime",
  userId: "E0010",
  approvalId: "1",
  status: 2,
  date: "20260121",
  start: "2026-01-21 19:00:00",
  end: "2026-01-21 21:00:00",
  typeKey: "1/1",
  typeName: { zh: "加班", en: "Overtime" },
  reason: "release",
  ...over,
});

describe("recordsSheet", () => {
  it.each([
    [2, "Passed"],
    [3, "Revoked"],
    [4, "Revoked"],
    [0, "Pending"],
    [7, "7"],
  ])("status %i reads %s", (s, label) => expect(statusLabel(s).en).toBe(label));

  it("lists each approval once (revoked wins), by person in number order, then start", () => {
    const sheet = recordsSheet(
      [
        rec({}),
        rec({ approvalId: "2", userId: "E2" }),
        rec({ status: 4 }),
        rec({ approvalId: "3", userId: "E2", start: "2026-01-20 19:00:00" }),
      ],
      new Set(["1"]),
      "en-US",
    );
    expect(sheet.name).toBe("Feishu records");
    expect(sheet.header[8]).toBe("Written from this workbook");
    expect(sheet.rows.map((r) => [r[0], r[5], r[6], r[8]])).toEqual([
      ["E2", "3", "Passed", "No"],
      ["E2", "2", "Passed", "No"],
      ["E0010", "1", "Revoked", "Yes"],
    ]);
    expect(sheet.rows[0].slice(1, 3)).toEqual(["Overtime", "Overtime"]);
  });
});
