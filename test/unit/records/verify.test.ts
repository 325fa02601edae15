import type { FeishuRecord } from "../../../src/core/records/feishu-record";
import { verifyRows } from "../../../src/core/records/verify";
import { makeRecord } from "../../engine/support/records";

const leave = makeRecord(0); // E0001 2026-01-05 09:00–11:00 annual, reason "family"
const overtime = makeRecord(2); // E0003, type 1, category 1
const held = (over: Partial<FeishuRecord>): FeishuRecord => ({
  kind: "leave",
  userId: "E0001",
  approvalId: "1",
  status: 2,
  date: "20260105",
  start: "2026-01-05 09:00:00",
  end: "2026-01-05 11:00:00",
  typeKey: "annual",
  typeName: { zh: "年假", en: "Annual leave" },
  reason: "family",
  ...over,
});
const verify = (h: FeishuRecord[], record = leave) => verifyRows([{ record, approvalId: "1" }], h)[0];

describe("verifyRows", () => {
  it("verifies a record equal to the row", () => {
    const m = verify([held({})]);
    expect(m).toMatchObject({ state: "verified", approvalId: "1", row: 0 });
    expect(m.message.zh).toContain("已核对");
  });

  it("says not found when no record has the ID, or one of another kind has it", () => {
    expect(verify([]).state).toBe("not_found");
    expect(verify([held({ kind: "out" })]).state).toBe("not_found");
  });

  it.each([3, 4])("treats status %i as revoked, also when the passed reading came first", (status) => {
    expect(verify([held({}), held({ status })]).state).toBe("revoked");
    expect(verify([held({ status }), held({})]).state).toBe("revoked");
  });

  it.each([
    [{ userId: "E0002" }, "employee", "员工ID"],
    [{ start: "2026-01-05 08:00:00" }, "start_time", "开始时间"],
    [{ end: "2026-01-05 12:00:00" }, "end_time", "结束时间"],
    [{ typeKey: "sick" }, "type", null],
    [{ reason: "家事" }, "reason", "事由"],
  ])("names the differing column (%o)", (over, column, headerZh) => {
    const m = verify([held(over)]);
    expect(m).toMatchObject({ state: "differs", column });
    if (headerZh) expect(m.message.zh).toContain(`「${headerZh}」`);
    expect(m.message.en).toMatch(/differs from this row in "[^"]+"/);
  });

  it("tells an overtime's type from its day type", () => {
    const base = {
      kind: "overtime" as const,
      userId: "E0003",
      start: "2026-01-05 19:00:00",
      end: "2026-01-05 21:00:00",
      reason: "release",
    };
    expect(verify([held({ ...base, typeKey: "1/1" })], overtime).state).toBe("verified");
    expect(verify([held({ ...base, typeKey: "2/1" })], overtime).column).toBe("overtime_type");
    expect(verify([held({ ...base, typeKey: "1/3" })], overtime).column).toBe("category");
  });
});
