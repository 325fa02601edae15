/** A code-0 answer without an approval ID is not confirmed: the query settles it, never "Submitted" with an empty ID. */
import { deliver } from "../../../src/core/engine/deliver";
import { ProgressTracker } from "../../../src/core/engine/progress";
import { DEFAULT_RETRY } from "../../../src/core/engine/retry-policy";
import type { SubmitTransport } from "../../../src/core/engine/types";
import type { CallResult } from "../../../src/core/outcome";
import { FakeClock } from "../../engine/support/fake-clock";
import { makeRecord } from "../../engine/support/records";

const record = makeRecord(0);
const ok = (data: unknown): CallResult => ({
  answer: { status: 200, headers: {}, body: { code: 0, msg: "success", data } },
});
const NO_ID = ok({ user_approval: { user_id: "E0001", leaves: [{ idempotent_id: record.key }] } });

async function send(queryAnswer: CallResult) {
  const queries: unknown[] = [];
  const transport: SubmitTransport = {
    create: async () => NO_ID,
    query: async (_t, body) => (queries.push(body), queryAnswer),
  };
  const clock = new FakeClock();
  const d = await deliver(record, {
    transport,
    clock,
    policy: DEFAULT_RETRY,
    progress: new ProgressTracker(1, clock.now, undefined),
  });
  return { d, queries };
}

describe("deliver: success without an approval ID", () => {
  it("is settled by the query: found there, it is submitted with that ID", async () => {
    const listed = ok({
      user_approvals: [{ user_id: "E0001", leaves: [{ approval_id: "7001", idempotent_id: record.key }] }],
    });
    const { d, queries } = await send(listed);
    expect(queries.length).toBeGreaterThan(0);
    expect(d).toMatchObject({ status: "submitted", approvalId: "7001" });
  });

  it("not found by the query, it is not confirmed, never submitted with an empty ID", async () => {
    const { d } = await send(ok({ user_approvals: [] }));
    expect(d.status).toBe("unknown");
    expect(d.status === "unknown" && d.note.en).toMatch(/no approval ID/);
  });
});
