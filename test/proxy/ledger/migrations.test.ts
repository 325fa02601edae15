/**
 * Migrations on a PostgreSQL database of the test's own: a fresh database ends at the known
 * version, a second run changes nothing, and a schema newer than this proxy knows stops it,
 * in the function and in `npm run proxy` (with a message saying what to do).
 */
import { openDatabase, type LedgerDatabase } from "../../../src/proxy/ledger/database";
import { KNOWN_SCHEMA, SchemaTooNewError, migrate } from "../../../src/proxy/ledger/migrations";
import { createTestDatabase, type TestDatabase } from "../../support/postgres";
import { proxyEnv, startProxyProcess } from "./support";

describe("ledger migrations", () => {
  let pg: TestDatabase;
  let db: LedgerDatabase;
  beforeAll(async () => {
    pg = await createTestDatabase("ledger_migrations");
    db = await openDatabase({ url: pg.url });
  });
  afterAll(async () => {
    await db?.close();
    await pg?.drop();
  });

  it("brings a fresh database to the known version, once", async () => {
    expect(await migrate(db)).toBe(KNOWN_SCHEMA);
    expect(await migrate(db)).toBe(KNOWN_SCHEMA);
    const versions = await db.query<{ version: number }>(
      "SELECT version FROM schema_version ORDER BY version",
    );
    expect(versions.map((v) => v.version)).toEqual([1]);
    const cols = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'ledger_records'",
    );
    expect(cols.map((c) => c.column_name)).toEqual(
      expect.arrayContaining([
        "idempotent_id",
        "employee",
        "kind",
        "approval_id",
        "outcome",
        "body_hash",
        "caller",
      ]),
    );
  });

  it("refuses a schema newer than it knows, and so does the proxy at boot", async () => {
    await db.query("INSERT INTO schema_version (version) VALUES ($1)", [KNOWN_SCHEMA + 1]);
    await expect(migrate(db)).rejects.toBeInstanceOf(SchemaTooNewError);
    await expect(migrate(db)).rejects.toThrow(/schema version 2, newer than this proxy knows \(1\)/);
    const start = startProxyProcess(proxyEnv("http://127.0.0.1:9", { DATABASE_URL: pg.url }));
    await expect(start).rejects.toThrow(/exited with 1 before listening[\s\S]*newer than this proxy knows/);
  }, 60_000);
});
