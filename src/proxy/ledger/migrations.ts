/**
 * Versioned migrations, run at boot in order, each once (the `schema_version` table says which
 * ran). A database whose schema is newer than this proxy knows was migrated by a newer proxy:
 * this one refuses to start rather than write rows the newer schema does not expect.
 * Two instances booting together on one server take turns (a transaction-scoped advisory lock).
 */
import type { LedgerDatabase } from "./database";

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE ledger_records (
        id BIGSERIAL PRIMARY KEY,
        idempotent_id TEXT,
        employee_type TEXT NOT NULL,
        employee TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('leave', 'out', 'overtime', 'trip')),
        type TEXT,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        reason TEXT,
        approval_id TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('sending', 'written', 'refused', 'uncertain', 'revoked')),
        code INTEGER,
        body_hash TEXT NOT NULL,
        caller TEXT NOT NULL,
        request_id TEXT,
        lease_until TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        written_at TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ,
        revoked_by TEXT
      );
      CREATE UNIQUE INDEX ledger_records_key ON ledger_records (idempotent_id);
      CREATE INDEX ledger_records_approval ON ledger_records (approval_id);
      CREATE INDEX ledger_records_employee ON ledger_records (employee, start_time);
      CREATE INDEX ledger_records_created ON ledger_records (created_at);
      CREATE INDEX ledger_records_open ON ledger_records (outcome) WHERE outcome IN ('sending', 'uncertain');
    `,
  },
];

export const KNOWN_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(
      `The ledger database has schema version ${found}, newer than this proxy knows (${KNOWN_SCHEMA}): ` +
        `a newer proxy has migrated it. Run the newer proxy, or point DATABASE_URL / PROXY_DATA_DIR ` +
        `at another database.`,
    );
  }
}

/** Brings the schema up to date; answers the version it ends at. */
export async function migrate(db: LedgerDatabase): Promise<number> {
  return db.transaction(async (q) => {
    await q("SELECT pg_advisory_xact_lock(7170251)");
    await q(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    );
    const [row] = await q<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
    const current = row?.v ?? 0;
    if (current > KNOWN_SCHEMA) throw new SchemaTooNewError(current);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      // One statement at a time: PGlite's parameterised query takes one (no semicolons inside the SQL above).
      for (const statement of m.sql.split(";")) if (statement.trim()) await q(statement);
      await q("INSERT INTO schema_version (version) VALUES ($1)", [m.version]);
    }
    return KNOWN_SCHEMA;
  });
}
