import type { RecordKind } from "../../src/core/kinds";
import type { PreparedRecord } from "../../src/core/model";
import { previewLine } from "../../src/core/preview";
import { checkWorkbook } from "../unit/support/check";
import { table, VALID, type RowObject } from "../unit/support/tables";

const record = (kind: RecordKind, change: RowObject = {}): PreparedRecord => {
  const r = checkWorkbook([table(kind, [{ ...VALID[kind], ...change }])]);
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  return r.records[0];
};

test.each<[RecordKind, RowObject, string, string, string, string]>([
  ["leave", {}, "Annual leave", "2026-01-05 09:00:00", "2026-01-05 18:00:00", "8 hours"],
  ["out", {}, "Client visit", "2026-01-06 13:00:00", "2026-01-06 17:00:00", "4 hours"],
  [
    "out",
    { end_time: "2026-01-06 13:30", duration: 0.5 },
    "Client visit",
    "2026-01-06 13:00:00",
    "2026-01-06 13:30:00",
    "30 minutes",
  ],
  ["overtime", {}, "", "2026-01-05 19:00:00", "2026-01-05 21:00:00", "2 hours"],
  ["trip", {}, "", "2026-01-07 00:00:00", "2026-01-08 23:59:59", "2 days"],
])("%s %j previews as what it sends", (kind, change, type, start, end, length) => {
  const rec = record(kind, change);
  const line = previewLine(rec);
  expect([line.kind, line.row, line.person]).toEqual([kind, 0, rec.body.user_approval.user_id]);
  expect([line.start, line.end]).toEqual([start, end]);
  if (type) expect(line.type.en).toBe(type);
  expect(line.type.zh).not.toBe("");
  expect(line.length.en).toBe(length);
});

test("a body with no item previews with the kind's name and nothing to send", () => {
  const rec = record("leave");
  const empty = { ...rec, body: { ...rec.body, user_approval: { ...rec.body.user_approval, leaves: [] } } };
  const line = previewLine(empty);
  expect([line.start, line.end, line.length.en]).toEqual(["", "", ""]);
  expect(line.type.en).toBe("Leave");
});
