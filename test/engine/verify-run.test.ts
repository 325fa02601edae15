/**
 * Verify in Feishu through the real proxy and emulator: a row as written is verified, a revoked
 * one is revoked (whichever number the emulator shows), an edited one differs naming the column,
 * an unknown approval ID is not found, and a record dated after tomorrow is found by when it was
 * written.
 */
import { verifyInFeishu } from "../../src/core/engine/verify-run";
import { CreateUserApprovalBody } from "../../src/core/feishu/schemas";
import type { PreparedRecord } from "../../src/core/model";
import type { RowVerdict } from "../../src/core/row-state";
import { makeRecord } from "./support/records";
import { startEngineStack, type EngineStack } from "./support/stack";

const NOW = Date.parse("2026-01-20T02:00:00Z"); // tomorrow in Shanghai: 2026-01-21

/** Record i of makeRecords, moved to another day when `day` is given (yyyy-MM-dd). */
function onDay(i: number, day?: string): PreparedRecord {
  const r = makeRecord(i, { prefix: "vf" });
  if (!day) return r;
  const ua = r.body.user_approval;
  const leave = ua.leaves?.[0];
  const body = CreateUserApprovalBody.parse({
    user_approval: {
      ...ua,
      date: day.replace(/-/g, ""),
      leaves: [{ ...leave, start_time: `${day} 09:00:00`, end_time: `${day} 11:00:00` }],
    },
  });
  return { ...r, body };
}

describe.each([3, 4] as const)("verifyInFeishu, revoked shown as %i", (revokedStatus) => {
  let stack: EngineStack;
  beforeAll(async () => {
    stack = await startEngineStack({ emulator: { now: () => NOW, rateLimitPerSec: 100_000, revokedStatus } });
  });
  afterAll(() => stack.close());

  it("marks each submitted row verified, revoked, differs, not found, or not checkable yet", async () => {
    const written = [onDay(0), onDay(4), onDay(8), onDay(12, "2026-03-02")]; // leaves of E0001, E0005, E0009, E0013
    const ids: string[] = [];
    for (const r of written) {
      const a = await stack.client.transport.create(r);
      const body =
        "answer" in a
          ? (a.answer.body as { data: { user_approval: { leaves: { approval_id: string }[] } } })
          : null;
      ids.push(body?.data.user_approval.leaves[0].approval_id ?? "");
    }
    expect((await stack.client.revoke(ids[1], "leave")).kind).toBe("ok");
    const edited = onDay(8, "2026-01-05");
    const editedItem = edited.body.user_approval.leaves?.[0];
    if (editedItem) editedItem.end_time = "2026-01-05 12:00:00";
    const verdict = (r: PreparedRecord, approvalId: string): RowVerdict => ({
      kind: r.kind,
      row: r.row,
      state: "submitted",
      stored: { approvalId },
      record: r,
    });
    const run = await verifyInFeishu({
      rows: [
        verdict(written[0], ids[0]),
        verdict(written[1], ids[1]),
        verdict(edited, ids[2]),
        verdict(written[3], ids[3]),
        verdict(onDay(16), "7000000000000000001"),
        verdict(onDay(20, "2026-03-05"), "7000000000000000002"),
        { kind: "leave", row: 99, state: "ready", stored: {} },
      ],
      transport: stack.client.transport,
      employeeType: "employee_id",
      nowMs: NOW,
    });
    expect(run.read.failure).toBeNull();
    // A leave revoked under 4 cannot be read back (docs/feishu-api.md §3): it is simply gone.
    const revoked = revokedStatus === 3 ? "revoked" : "not_found";
    expect(run.marks.map((m) => [m.row, m.state, m.column ?? null])).toEqual([
      [0, "verified", null],
      [4, revoked, null],
      [8, "differs", "end_time"],
      [12, "verified", null],
      [16, "not_found", null],
      [20, "not_checkable", null],
    ]);
    expect(run.marks[2].message.zh).toContain("「结束时间」");
    expect(run.marks[2].message.en).toContain('"End"');
  });
});
