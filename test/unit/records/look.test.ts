import type { FeishuRecord } from "../../../src/core/records/feishu-record";
import { lookBeforeWrite, spanText } from "../../../src/core/records/look";
import { makeRecord } from "../../engine/support/records";

// makeRecord(0): leave of E0001 on 2026-01-05 09:00–11:00, type "annual"; (2): overtime 19:00–21:00.
const held = (over: Partial<FeishuRecord>): FeishuRecord => ({
  kind: "leave",
  userId: "E0001",
  approvalId: "6700000000000000001",
  status: 2,
  date: "20260105",
  start: "2026-01-05 09:00:00",
  end: "2026-01-05 11:00:00",
  typeKey: "annual",
  typeName: { zh: "年假", en: "Annual leave" },
  reason: "something else",
  ...over,
});
const options = { ownApprovalIds: new Set<string>() };
const brief = (r: ReturnType<typeof lookBeforeWrite>) => r.issues.map((i) => [i.row, i.code, i.severity]);

describe("lookBeforeWrite", () => {
  it("names a foreign overlapping record in both languages and keeps the row from being sent", () => {
    const r = lookBeforeWrite(
      [makeRecord(0)],
      [held({ start: "2026-01-05 10:00:00", end: "2026-01-05 18:00:00" })],
      options,
    );
    expect(brief(r)).toEqual([[0, "feishu_overlap", "error"]]);
    expect(r.issues[0].message_zh).toContain(
      "飞书已有 E0001 在 01-05 10:00–18:00 的年假（审批 6700000000000000001）",
    );
    expect(r.issues[0].message_en).toContain(
      "Feishu already has Annual leave for E0001 on 01-05 10:00–18:00, approval 6700000000000000001",
    );
    expect(r.adoptable).toEqual([]);
  });

  it("flags an equal record as probably written before, whatever the reason, with the ID to adopt", () => {
    const r = lookBeforeWrite([makeRecord(0)], [held({ approvalId: "42" })], options);
    expect(brief(r)).toEqual([[0, "feishu_written_before", "error"]]);
    expect(r.adoptable).toEqual([{ kind: "leave", row: 0, approvalId: "42" }]);
    expect(r.issues[0].message_en).toContain("approval 42");
  });

  it("ignores records this workbook wrote, revoked ones, other people, the row's own key and times that only touch", () => {
    const r = lookBeforeWrite(
      [makeRecord(0)],
      [
        held({ approvalId: "own", start: "2026-01-05 10:00:00" }),
        held({ status: 3, start: "2026-01-05 10:00:00" }),
        held({ status: 4, start: "2026-01-05 10:00:00" }),
        held({ userId: "E0002", start: "2026-01-05 10:00:00" }),
        held({ idempotentId: makeRecord(0).key }),
        held({ start: "2026-01-05 11:00:00", end: "2026-01-05 12:00:00" }),
      ],
      { ...options, ownApprovalIds: new Set(["own"]) },
    );
    expect(r.issues).toEqual([]);
  });

  it("warns about an overlap with another kind, and compares trips by whole days", () => {
    const trip = held({
      kind: "trip",
      userId: "E0003",
      typeKey: "",
      start: "2026-01-05 00:00:00",
      end: "2026-01-05 00:00:01",
    });
    const r = lookBeforeWrite([makeRecord(2)], [trip], options);
    expect(brief(r)).toEqual([[2, "feishu_overlap_other_kind", "warning"]]);
  });
});

describe("spanText", () => {
  it.each([
    ["2026-01-21 09:00:00", "2026-01-21 18:00:00", "01-21 09:00–18:00"],
    ["2026-01-21 09:00:00", "2026-01-23 18:00:00", "01-21 09:00 – 01-23 18:00"],
    ["bad", "worse", "bad – worse"],
  ])("%s → %s", (a, b, t) => expect(spanText(a, b)).toBe(t));
});
