/**
 * The look before sending covers days after tomorrow, through the real proxy and emulator: Feishu
 * holds a leave for a day two weeks ahead (written ten days ago, by another system); an identical
 * row and an overlapping row in the workbook are both kept from the send, and nothing is written.
 */
import { lookBeforeSend, withFeishuIssues } from "../../../src/core/engine/look-before-send";
import { submitRecords } from "../../../src/core/engine/submit";
import { CreateUserApprovalBody } from "../../../src/core/feishu/schemas";
import type { PreparedRecord } from "../../../src/core/model";
import type { RowVerdict } from "../../../src/core/row-state";
import { makeRecord } from "../../engine/support/records";
import { startEngineStack, type EngineStack } from "../../engine/support/stack";

const DAY = 86_400_000;
const NOW = Date.parse("2026-01-20T02:00:00Z"); // tomorrow in Feishu's zone: 2026-01-21
const AHEAD = "2026-02-03"; // two weeks after tomorrow

function leave(row: number, from: string, to: string, reason: string): PreparedRecord {
  const base = makeRecord(0, { prefix: `ahead${row}` });
  const item = base.body.user_approval.leaves?.[0];
  const body = CreateUserApprovalBody.parse({
    user_approval: {
      user_id: "E0010",
      date: AHEAD.replace(/-/g, ""),
      leaves: [
        {
          ...item,
          start_time: `${AHEAD} ${from}:00`,
          end_time: `${AHEAD} ${to}:00`,
          reason,
          idempotent_id: `ahead-${row}`,
        },
      ],
    },
  });
  return { ...base, row, key: `ahead-${row}`, body };
}
const ready = (r: PreparedRecord): RowVerdict => ({
  kind: r.kind,
  row: r.row,
  state: "ready",
  stored: {},
  record: r,
});

describe("the look before sending, for a day two weeks ahead", () => {
  let stack: EngineStack;
  let clock = NOW - 10 * DAY;
  beforeAll(async () => {
    stack = await startEngineStack({ emulator: { now: () => clock, rateLimitPerSec: 100_000 } });
    const other = await stack.client.transport.create(leave(100, "09:00", "18:00", "another system"));
    expect("answer" in other && other.answer.status).toBe(200);
    clock = NOW;
  });
  afterAll(() => stack.close());

  it("finds the record by when it was written, and neither row is sent", async () => {
    const rows = [leave(0, "09:00", "18:00", "家事"), leave(1, "13:00", "15:00", "看病")];
    const look = await lookBeforeSend({
      records: rows,
      rows: rows.map(ready),
      transport: stack.client.transport,
      employeeType: "employee_id",
      nowMs: NOW,
    });
    expect(look.failure).toBeNull();
    expect(look.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [0, "feishu_written_before", "error"],
      [1, "feishu_overlap", "error"],
    ]);
    const checked = withFeishuIssues({ issues: [], records: rows, rows: rows.map(ready) }, look.issues);
    expect(checked.records).toEqual([]);
    const before = stack.emu.countsByIdempotentId();
    const run = await submitRecords({ records: checked.records, transport: stack.client.transport });
    expect(run.written).toBe(0);
    expect(stack.emu.countsByIdempotentId()).toEqual(before);
    expect([...before.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });
});
