import { parseStatusCell, STATUS_LABELS, statusLabel } from "../../src/core/status";
import { checkWorkbook } from "../unit/support/check";
import { table, VALID, type RowObject } from "../unit/support/tables";

describe("status labels and submission state", () => {
  test.each(Object.keys(STATUS_LABELS).filter((s) => s !== "blank"))(
    "%s reads back from either language",
    (status) => {
      const s = status as keyof typeof STATUS_LABELS;
      expect(parseStatusCell(statusLabel(s, "zh-CN"))).toBe(s);
      expect(parseStatusCell(statusLabel(s, "en-US"))).toBe(s);
      expect(parseStatusCell(` ${statusLabel(s, "en-US").toUpperCase()} `)).toBe(s);
      expect(parseStatusCell(s)).toBe(s);
    },
  );

  test("blank and unknown status cells", () => {
    expect(parseStatusCell("")).toBe("blank");
    expect(parseStatusCell("   ")).toBe("blank");
    expect(parseStatusCell("whatever")).toBeUndefined();
    expect(parseStatusCell(3)).toBeUndefined();
  });

  test("an approval ID that Excel turned into a rounded number still counts as submitted", () => {
    const first = checkWorkbook([table("leave", [VALID.leave])]).records[0];
    const r = checkWorkbook([
      table("leave", [{ ...VALID.leave, approval_id: 6.737202939523236e18, key: first.key }], {
        results: true,
      }),
    ]);
    expect(r.pending).toEqual([]);
    expect(r.submitted.map((x) => x.row)).toEqual([0]);
  });

  test("a full check sorts records into pending, submitted and edited from the result columns", () => {
    const first = checkWorkbook([table("leave", [VALID.leave])]).records[0];
    const rows: RowObject[] = [
      { ...VALID.leave, approval_id: "A1", key: first.key, fingerprint: first.fingerprint, status: "已写入" },
      { ...VALID.leave, employee: "u2", approval_id: "A2", key: first.key, fingerprint: first.fingerprint },
      { ...VALID.leave, employee: "u3" },
    ];
    const r = checkWorkbook([table("leave", rows, { results: true })]);
    expect(r.submitted.map((x) => x.row)).toEqual([0]);
    expect(r.edited.map((x) => x.row)).toEqual([1]);
    expect(r.pending.map((x) => x.row)).toEqual([2]);
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [1, "approval_id", "edited_after_submission", "warning"],
    ]);
  });
});
