/**
 * The ledger's tests run the proxy as its own process (`tsx src/proxy/main.ts`), as IT runs
 * it: the embedded database (PGlite) loads its WebAssembly with dynamic imports, which jest's
 * module sandbox does not allow, and a process is what the crash tests kill. The emulator runs
 * in the test, so its store can be counted. Every target gets a fresh database: a temporary
 * folder for the embedded one, a uniquely named database on the PostgreSQL server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hashApiKey } from "../../../src/proxy/api-keys";
import { createTestDatabase } from "../../support/postgres";

const ROOT = join(__dirname, "..", "..", "..");
export const APP = { id: "cli_ledger_test", secret: "ledger-test-secret" };
export const CLERK_KEY = "pk_ledger_clerk";
export const IT_KEY = "pk_ledger_it";

export interface ProxyProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM (graceful) or SIGKILL (a crash); resolves when the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function proxyEnv(upstreamUrl: string, database: Record<string, string>): Record<string, string> {
  return {
    FEISHU_APP_ID: APP.id,
    FEISHU_APP_SECRET: APP.secret,
    FEISHU_BASE_URL: upstreamUrl,
    PROXY_PORT: "0",
    PROXY_API_KEYS: `clerks:${hashApiKey(CLERK_KEY)},it:${hashApiKey(IT_KEY)}`,
    PROXY_LEDGER_KEYS: "it",
    PROXY_AUDIT_FILE: "off",
    LOG_LEVEL: "warn",
    ...database,
  };
}

/** Starts `npm run proxy`'s program with exactly this environment (no .env: it runs outside the repo). */
export function startProxyProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ProxyProcess> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(FEISHU_|PROXY_|ENTRA_|DATABASE_URL|LEDGER_)/.test(k)),
  );
  // Node itself with tsx as its loader (not the tsx wrapper, which runs the program in a child
  // process): the pid is the proxy's own, so SIGKILL really kills it.
  const tsx = join(ROOT, "node_modules", "tsx", "dist");
  const loader = pathToFileURL(join(tsx, "loader.mjs")).href;
  const args = [
    "--require",
    join(tsx, "preflight.cjs"),
    "--import",
    loader,
    join(ROOT, "src", "proxy", "main.ts"),
  ];
  const child = spawn(process.execPath, args, {
    cwd: tmpdir(),
    env: { ...clean, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => (child.kill("SIGKILL"), reject(new Error(`proxy did not start:\n${out}`))),
      timeoutMs,
    );
    const onData = (d: Buffer) => {
      out += d.toString("utf8");
      const m = /proxy listening on (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1],
        child,
        output: () => out,
        stop: async (signal = "SIGTERM") => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await gone;
        },
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`proxy exited with ${code} before listening:\n${out}`));
    });
  });
}

export interface LedgerTarget {
  /** The environment that points a proxy at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const TARGETS: [string, () => Promise<LedgerTarget>][] = [
  [
    "embedded (PGlite)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "ledger-embedded-"));
      return {
        env: { PROXY_DATA_DIR: dir },
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    "PostgreSQL server",
    async () => {
      const db = await createTestDatabase("ledger_test");
      return { env: { DATABASE_URL: db.url }, drop: () => db.drop() };
    },
  ],
];
