/**
 * Look before sending, through the real proxy and emulator: a row overlapping a record another
 * system wrote is an error naming it; a row equal to one already written (another reason, another
 * key) is "probably written before" with the ID to adopt; the workbook's own records and the row's
 * own earlier send are not held against it; an unknown person (E9999) comes back refused.
 * withFeishuIssues keeps the blocked rows from the send.
 */
import { lookBeforeSend, spansOf, withFeishuIssues } from "../../src/core/engine/look-before-send";
import { CreateUserApprovalBody } from "../../src/core/feishu/schemas";
import type { PreparedRecord } from "../../src/core/model";
import type { RowVerdict } from "../../src/core/row-state";
import { makeRecord } from "./support/records";
import { startEngineStack, type EngineStack } from "./support/stack";

const NOW = Date.parse("2026-01-20T02:00:00Z"); // tomorrow in Shanghai: 2026-01-21

/** A leave of `user` on 2026-01-{day} from..to, with its own key and reason. */
function leave(
  row: number,
  user: string,
  day: string,
  from: string,
  to: string,
  reason = "家事",
): PreparedRecord {
  const base = makeRecord(0, { prefix: `lb${row}` });
  const item = base.body.user_approval.leaves?.[0];
  const body = CreateUserApprovalBody.parse({
    user_approval: {
      user_id: user,
      date: `202601${day}`,
      leaves: [
        {
          ...item,
          start_time: `2026-01-${day} ${from}:00`,
          end_time: `2026-01-${day} ${to}:00`,
          reason,
          idempotent_id: `lb-${row}`,
        },
      ],
    },
  });
  return { ...base, row, key: `lb-${row}`, body };
}
const ready = (r: PreparedRecord): RowVerdict => ({
  kind: r.kind,
  row: r.row,
  state: "ready",
  stored: {},
  record: r,
});

describe("lookBeforeSend", () => {
  let stack: EngineStack;
  const approvalOf = new Map<string, string>();
  beforeAll(async () => {
    stack = await startEngineStack({ emulator: { now: () => NOW, rateLimitPerSec: 100_000 } });
    // Already in Feishu: another system's leave for E0003, this workbook's own for E0004, and an
    // earlier send of the same leave for E0005 with English reasons.
    const seeded = [
      leave(100, "E0003", "15", "09:00", "18:00"),
      leave(101, "E0004", "15", "09:00", "18:00"),
      leave(102, "E0005", "15", "09:00", "12:00", "family"),
      leave(7, "E0007", "16", "09:00", "12:00"),
    ];
    for (const r of seeded) {
      const a = await stack.client.transport.create(r);
      const body =
        "answer" in a
          ? (a.answer.body as { data: { user_approval: { leaves: { approval_id: string }[] } } })
          : null;
      approvalOf.set(r.body.user_approval.user_id, body?.data.user_approval.leaves[0].approval_id ?? "");
    }
  });
  afterAll(() => stack.close());

  it("flags what Feishu already holds and the people it does not know, before sending", async () => {
    const rows = [
      leave(0, "E0003", "15", "13:00", "15:00"), // overlaps another system's record
      leave(1, "E0004", "15", "13:00", "15:00"), // overlaps this workbook's own record
      leave(2, "E0005", "15", "09:00", "12:00", "家里有事"), // same leave, another reason and key
      leave(3, "E9999", "15", "09:00", "12:00"), // unknown person
      leave(4, "E0006", "15", "09:00", "12:00"), // nothing in Feishu
      leave(5, "E0006", "25", "09:00", "12:00"), // after tomorrow
      leave(7, "E0007", "16", "09:00", "12:00"), // its own earlier send (same key): the engine confirms it
    ];
    const verdicts = [
      ...rows.map(ready),
      {
        kind: "leave" as const,
        row: 101,
        state: "submitted" as const,
        stored: { approvalId: approvalOf.get("E0004") },
      },
    ];
    const look = await lookBeforeSend({
      records: rows,
      rows: verdicts,
      transport: stack.client.transport,
      employeeType: "employee_id",
      nowMs: NOW,
    });
    expect(look.failure).toBeNull();
    expect(look.refused).toEqual([{ userId: "E9999", code: 1220004 }]);
    expect(look.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [0, "feishu_overlap", "error"],
      [2, "feishu_written_before", "error"],
    ]);
    expect(look.issues[0].message_zh).toContain(
      `飞书已有 E0003 在 01-15 09:00–18:00 的年假（审批 ${approvalOf.get("E0003")}）`,
    );
    expect(look.issues[0].message_en).toContain(
      `Feishu already has Annual leave for E0003 on 01-15 09:00–18:00, approval ${approvalOf.get("E0003")}`,
    );
    expect(look.adoptable).toEqual([{ kind: "leave", row: 2, approvalId: approvalOf.get("E0005") }]);

    const checked = withFeishuIssues({ issues: [], records: rows, rows: verdicts }, look.issues);
    expect(checked.records.map((r) => r.row)).toEqual([1, 3, 4, 5, 7]);
    expect(checked.rows.filter((v) => v.state === "invalid").map((v) => v.row)).toEqual([0, 2]);
    expect(checked.rows.find((v) => v.row === 101)?.state).toBe("submitted");
    expect(checked.issues).toHaveLength(2);
  });

  it("plans one span per row, and ends with the failure when Feishu cannot be searched", async () => {
    expect(spansOf([leave(0, "E0001", "15", "09:00", "10:00")])).toHaveLength(1);
    const look = await lookBeforeSend({
      records: [leave(0, "E0001", "15", "09:00", "10:00")],
      rows: [],
      transport: {
        query: async () => ({
          answer: { status: 400, headers: {}, body: { code: 99991672, msg: "Access denied" } },
        }),
      },
      employeeType: "employee_id",
      nowMs: NOW,
    });
    expect(look.failure?.kind).toBe("permission");
  });
});
