/**
 * The ledger's database behind one small interface: PGlite (PostgreSQL compiled to
 * WebAssembly, embedded in the proxy's process, files under PROXY_DATA_DIR) by default, or a
 * PostgreSQL server given by DATABASE_URL (the `pg` client). Both run the same SQL.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * `waitForDisk` (LEDGER_SYNCHRONOUS_COMMIT=on): every statement returns only once the server
 * has the change on disk. Off (the default), the server flushes within a fraction of a second
 * instead: a proxy crash loses nothing (the server has the row and every instance sees it at
 * once), only a crash of the database server itself can lose that last fraction (docs/ledger.md).
 */
export type DatabaseSettings =
  { url: string; waitForDisk?: boolean } | { dataDir: string } | { memory: true };

export async function openDatabase(s: DatabaseSettings): Promise<LedgerDatabase> {
  return "url" in s
    ? openServer(s.url, s.waitForDisk ?? false)
    : openEmbedded("dataDir" in s ? s.dataDir : null);
}

async function openEmbedded(dataDir: string | null): Promise<LedgerDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  let dir: string | undefined;
  let unlock = () => undefined as void;
  if (dataDir) {
    dir = join(dataDir, "ledger-db");
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const db = await PGlite.create(dir).catch((e: unknown) => {
    unlock();
    throw e;
  });
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
    close: () => db.close().finally(unlock),
  };
}

/**
 * The embedded database belongs to one process: a second proxy on the same folder would
 * corrupt it. `ledger.pid` names the owner; a live owner stops the start, a dead one's file is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, "ledger.pid");
  for (let tries = 0; tries < 2; tries++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch {
      const owner = Number(readFileSync(file, "utf8"));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))
        throw new Error(
          `Another proxy (process ${owner}) uses the embedded ledger in ${dataDir}. Give each proxy its own ` +
            `PROXY_DATA_DIR, or let them share a PostgreSQL server (DATABASE_URL).`,
        );
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Cannot lock the embedded ledger in ${dataDir} (${file})`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openServer(url: string, waitForDisk: boolean): Promise<LedgerDatabase> {
  const { Pool } = await import("pg");
  const pool = new Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 10_000,
    // A session setting, for the ledger's connections only (PostgreSQL: synchronous_commit).
    options: `-c synchronous_commit=${waitForDisk ? "on" : "off"}`,
  });
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
