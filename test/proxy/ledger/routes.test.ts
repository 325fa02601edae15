/**
 * Asking the ledger over real sockets (the proxy in this process, on a PostgreSQL database of
 * the test's own): by keys and approval IDs for any caller, browsing and reasons for a ledger
 * key only; the filters; the CSV export (ledger key only, formula-safe, reasons only when asked,
 * headings in the reader's language); the page in both languages.
 */
import { PROXY_CODES } from "../../../src/core/feishu/proxy-codes";
import { CREATE, call, leave, startStack, type Stack } from "../support";
import { createTestDatabase, type TestDatabase } from "../../support/postgres";

const IT = "pk_other"; // the stack's second key, marked for the ledger below
const body = (key: string, user = "E0001", over: Record<string, unknown> = {}) => ({
  user_approval: { user_id: user, date: "20260302", leaves: [leave({ idempotent_id: key, ...over })] },
});
type Records = { records: Record<string, unknown>[]; total: number; reader: string };

describe("GET /ledger/records and the export", () => {
  let pg: TestDatabase;
  let s: Stack;
  const ask = async (query: string, key?: string) => call(s.url, "GET", `/ledger/records?${query}`, { key });

  beforeAll(async () => {
    pg = await createTestDatabase("ledger_routes");
    s = await startStack({ env: { PROXY_LEDGER: "on", DATABASE_URL: pg.url, PROXY_LEDGER_KEYS: "other" } });
    await call(s.url, "POST", CREATE, { body: body("r-1", "E0001", { reason: "private matter" }) });
    await call(s.url, "POST", CREATE, { body: body("r-2", "E0002") });
    await call(s.url, "POST", CREATE, { body: body("r-3", "=HYPERLINK(1)") }); // refused: no such user
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await pg?.drop();
  });

  it("answers any caller by keys, without the reason", async () => {
    const r = await ask("keys=r-1,r-2");
    expect(r.status).toBe(200);
    const data = r.body.data as Records;
    expect(data.records.map((x) => x.idempotent_id).sort()).toEqual(["r-1", "r-2"]);
    expect(data.records[0]).not.toHaveProperty("reason");
    expect(data.records.find((x) => x.idempotent_id === "r-1")).toMatchObject({
      outcome: "written",
      caller: "key:clerks",
      employee: "E0001",
      kind: "leave",
      type: "annual",
    });
    const byId = await ask(`approval_ids=${String(data.records[0].approval_id)}`);
    expect((byId.body.data as Records).records).toHaveLength(1);
  });

  it("lets only a ledger key browse everything or read reasons", async () => {
    for (const q of ["", "include_reason=1&keys=r-1"]) {
      const r = await ask(q);
      expect([r.status, r.body.code]).toEqual([403, PROXY_CODES.forbidden]);
    }
    const all = (await ask("", IT)).body.data as Records;
    expect(all.total).toBe(3);
    expect(all.reader).toBe("key:other");
    const withReason = (await ask("keys=r-1&include_reason=1", IT)).body.data as Records;
    expect(withReason.records[0].reason).toBe("private matter");
  });

  it("filters by employee, days, kind, clerk and state", async () => {
    const total = async (q: string) => ((await ask(q, IT)).body.data as Records).total;
    expect(await total("employees=E0002")).toBe(1);
    expect(await total("from=2026-03-02&to=2026-03-02")).toBe(3);
    expect(await total("from=2026-03-03")).toBe(0);
    expect(await total("kind=leave")).toBe(3);
    expect(await total("kind=trip")).toBe(0);
    expect(await total("caller=clerks")).toBe(3);
    expect(await total("caller=nobody")).toBe(0);
    expect(await total("outcome=refused")).toBe(1);
    const bad = await ask("from=yesterday", IT);
    expect([bad.status, bad.body.code]).toEqual([400, PROXY_CODES.badRequest]);
  });

  it("exports CSV for a ledger key only, formula-safe, reasons only when asked, in the reader's language", async () => {
    expect((await call(s.url, "GET", "/ledger/records.csv")).status).toBe(403);
    const csv = await call(s.url, "GET", "/ledger/records.csv?lang=zh-CN", { key: IT });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^键,员工,类型/);
    expect(lines[0]).not.toContain("事由");
    expect(lines).toHaveLength(4);
    expect(csv.text).toContain("'=HYPERLINK(1)");
    expect(csv.text).not.toContain(",=HYPERLINK");
    expect(csv.text).not.toContain("private matter");
    const withReason = await call(s.url, "GET", "/ledger/records.csv?lang=en-US&include_reason=1", {
      key: IT,
    });
    expect(withReason.text.split("\r\n")[0]).toMatch(/Reason$/);
    expect(withReason.text).toContain("private matter");
  });

  it("serves the page in the reader's language", async () => {
    const zh = await call(s.url, "GET", "/ledger", {
      key: null,
      headers: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    expect(zh.status).toBe(200);
    expect(zh.text).toContain("<title>考勤台账</title>");
    const en = await call(s.url, "GET", "/ledger?lang=en-US", { key: null });
    expect(en.text).toContain("<title>Attendance ledger</title>");
    const js = await call(s.url, "GET", "/ledger/page.js", { key: null });
    expect([js.status, js.headers["content-type"]]).toEqual([200, "text/javascript; charset=utf-8"]);
    expect(js.text).toContain("/ledger/records");
  }, 30_000);
});
