/**
 * The ledger's database behind one small interface: PGlite (PostgreSQL compiled to
 * WebAssembly, embedded in the proxy's process, files under PROXY_DATA_DIR) by default, or a
 * PostgreSQL server given by DATABASE_URL (the `pg` client). Both run the same SQL.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export interface LedgerDatabase {
  /** Runs one statement with `$1`-style parameters; answers its rows. */
  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection (committed, or rolled back when it throws). */
  transaction<T>(fn: (q: LedgerDatabase["query"]) => Promise<T>): Promise<T>;
  /** `embedded` (PGlite) or `server` (PostgreSQL): said at boot and in docs. */
  readonly kind: "embedded" | "server";
  close(): Promise<void>;
}

export type DatabaseSettings = { url: string } | { dataDir: string } | { memory: true };

export async function openDatabase(s: DatabaseSettings): Promise<LedgerDatabase> {
  return "url" in s ? openServer(s.url) : openEmbedded("dataDir" in s ? s.dataDir : null);
}

async function openEmbedded(dataDir: string | null): Promise<LedgerDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  let dir: string | undefined;
  if (dataDir) {
    dir = join(dataDir, "ledger-db");
    mkdirSync(dir, { recursive: true });
  }
  const db = await PGlite.create(dir);
  const query = async <T extends object>(sql: string, params: readonly unknown[] = []) =>
    (await db.query<T>(sql, params as unknown[])).rows;
  return {
    kind: "embedded",
    query,
    // PGlite has one connection: its transaction() queues every other statement until it ends.
    transaction: (fn) =>
      db.transaction((tx) =>
        fn(
          async <T extends object>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<T>(sql, params as unknown[])).rows,
        ),
      ),
    close: () => db.close(),
  };
}

async function openServer(url: string): Promise<LedgerDatabase> {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (a server restart) must not crash the proxy; the next query reconnects.
  pool.on("error", () => undefined);
  await pool.query("SELECT 1"); // fail at boot, not at the first write, when the server is unreachable
  const query = async <T extends object>(sql: string, params: readonly unknown[] = []) =>
    (await pool.query(sql, params as unknown[])).rows as T[];
  return {
    kind: "server",
    query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn(
          async <T extends object>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, params as unknown[])).rows as T[],
        );
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
