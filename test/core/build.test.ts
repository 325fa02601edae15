import { recordItem } from "../../src/core/build";
import type { PreparedRecord } from "../../src/core/model";

const body = (field: string, item: unknown) =>
  ({
    user_approval: { user_id: "u", date: "20260101", [field]: [item] },
  }) as unknown as PreparedRecord["body"];

describe("recordItem", () => {
  it("pulls each kind's own item out of its body", () => {
    const item = { start_time: "2026-01-01 09:00:00", end_time: "2026-01-01 18:00:00" };
    expect(recordItem({ kind: "leave", body: body("leaves", item) })).toBe(item);
    expect(recordItem({ kind: "out", body: body("outs", item) })).toBe(item);
    expect(recordItem({ kind: "overtime", body: body("overtime_works", item) })).toBe(item);
    expect(recordItem({ kind: "trip", body: body("trips", item) })).toBe(item);
  });

  it("is empty for a body without the kind's item, or with a non-object in its place", () => {
    expect(recordItem({ kind: "trip", body: body("leaves", { a: 1 }) })).toEqual({});
    expect(recordItem({ kind: "leave", body: body("leaves", null) })).toEqual({});
  });
});
