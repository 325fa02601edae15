/**
 * The add-in's client asks the proxy's ledger (GET /ledger/records) by keys, with a clerk's own
 * key, over real sockets: a proxy with a ledger on a PostgreSQL database of the test's own, and
 * one without a ledger, which answers null so the add-in asks Feishu as before.
 */
import { createProxyClient } from "../../src/client/proxy-client";
import { restoreFromLedger } from "../../src/core/records/ledger";
import { CREATE, KEY, call, leave, startStack, type Stack } from "../proxy/support";
import { createTestDatabase, type TestDatabase } from "../support/postgres";

describe("the client's ledger questions", () => {
  let pg: TestDatabase;
  let withLedger: Stack;
  let without: Stack;
  beforeAll(async () => {
    pg = await createTestDatabase("ledger_client");
    withLedger = await startStack({ env: { PROXY_LEDGER: "on", DATABASE_URL: pg.url } });
    without = await startStack();
  }, 60_000);
  afterAll(async () => {
    await withLedger?.close();
    await without?.close();
    await pg?.drop();
  });

  it("restores the approval ID of a written key, a key with a comma included", async () => {
    const keys = ["c-1", "ext,with,commas"];
    const ids: string[] = [];
    for (const k of keys) {
      const a = await call(withLedger.url, "POST", CREATE, {
        body: {
          user_approval: { user_id: "E0001", date: "20260302", leaves: [leave({ idempotent_id: k })] },
        },
      });
      ids.push(
        (a.body.data as { user_approval: { leaves: { approval_id: string }[] } }).user_approval.leaves[0]
          .approval_id,
      );
    }
    const client = createProxyClient({ baseUrl: withLedger.url, credential: KEY });
    const got = await restoreFromLedger(
      [...keys, "never-sent"].map((key) => ({ key })),
      client.transport.ledger!,
    );
    expect(got && Object.fromEntries([...got].map(([k, w]) => [k, w.approvalId]))).toEqual({
      "c-1": ids[0],
      "ext,with,commas": ids[1],
    });
  });

  it("answers null from a proxy without a ledger", async () => {
    const client = createProxyClient({ baseUrl: without.url, credential: KEY });
    expect(await client.transport.ledger?.byKeys(["c-1"])).toBeNull();
  });
});
