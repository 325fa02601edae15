/**
 * bench:ledger — the ledger under load, two proxy processes on one PostgreSQL database in
 * front of the emulator (which here writes a repeated idempotent_id again, so a key written
 * twice shows in its store: whether Feishu refuses it is unconfirmed, docs/feishu-api.md §10.4).
 *
 * 1. Overhead: creates with fresh keys through a proxy with the ledger and one without it
 *    (PROXY_LEDGER=off), same emulator, same run, one at a time in alternating rounds (ABBA), so
 *    outside load falls on both alike; p99_overhead_ms is the median over rounds of
 *    p99(on) − p99(off).
 * 2. 2,000 creates, 16 at a time: 20% repeat their key (sent to both instances at once), 5%
 *    reuse an earlier key with another body (to be refused); halfway, one instance is killed
 *    (SIGKILL) and started again. Like the add-in, a caller resends with the same key until it
 *    has an answer. Counted in the emulator's store and in the ledger's table.
 *
 * Needs the PostgreSQL server of the tests (127.0.0.1:5432, user postgres; PG_TEST_URL). The
 * last line is one JSON object.
 */
import { Client } from "pg";
import { PROXY_CODES, PROXY_HEADERS } from "../../src/core/feishu/proxy-codes";
import { startEmulator } from "../../src/emulator";
import { send, leave, type Answer } from "../support/http";
import { createTestDatabase } from "../support/postgres";
import { APP, CLERK_KEY, proxyEnv, startProxyProcess, type ProxyProcess } from "../proxy/ledger/support";

const CREATES = 2000;
const CONCURRENCY = 16;
/** The overhead is a per-request cost: measured one request at a time, 200 a round, 10 rounds a side. */
const OVERHEAD_CONCURRENCY = 1;
const OVERHEAD_ROUND = 200;
const OVERHEAD_ROUNDS = 10;
const CREATE = "/open-apis/attendance/v1/user_approvals?employee_type=employee_id";
const RETRYABLE = new Set<number>([PROXY_CODES.upstreamTimeout, PROXY_CODES.upstreamBusy, 99991400]);
const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p99 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))] ?? 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const body = (key: string, i: number, reason = "bench") => ({
  user_approval: {
    user_id: `E${String(1 + (i % 2000)).padStart(4, "0")}`,
    date: "20260302",
    leaves: [leave({ idempotent_id: key, reason })],
  },
});
const post = (url: string, b: unknown): Promise<Answer> =>
  send(`${url}${CREATE}`, "POST", {
    body: b,
    headers: { "content-type": "application/json", authorization: `Bearer ${CLERK_KEY}` },
    timeoutMs: 20_000,
  });
const approvalOf = (a: Answer): string | null =>
  (a.body.data as { user_approval?: { leaves?: { approval_id?: string }[] } } | undefined)?.user_approval
    ?.leaves?.[0]?.approval_id ?? null;

/** Sends until a definite answer, the way the add-in resends with the same key; `url()` is asked each time. */
async function until(url: () => string, b: unknown, fallback: () => string): Promise<Answer> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const a = await post(attempt === 0 ? url() : attempt % 2 ? fallback() : url(), b).catch(() => null);
    if (a && a.status < 500 && !RETRYABLE.has(a.body.code ?? -1)) return a;
    if (Date.now() - started > 90_000) throw new Error(`no definite answer: ${a?.text ?? "no answer"}`);
    await sleep(Math.min(1000, 50 * 2 ** attempt));
  }
}

async function overhead(on: string, off: string): Promise<number> {
  const diffs: number[] = [];
  let n = 0;
  const round = async (url: string, count: number) => {
    const lat: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = n++;
        next++;
        const t = performance.now();
        const a = await post(url, body(`ovh-${i}`, i));
        if (a.body.code !== 0) throw new Error(`overhead create failed: ${a.text}`);
        lat.push(performance.now() - t);
      }
    };
    await Promise.all(Array.from({ length: OVERHEAD_CONCURRENCY }, worker));
    medians.set(url, [...(medians.get(url) ?? []), median(lat)]);
    return p99(lat);
  };
  const medians = new Map<string, number[]>();
  await round(on, OVERHEAD_ROUND); // warm up both
  await round(off, OVERHEAD_ROUND);
  for (let r = 0; r < OVERHEAD_ROUNDS; r++) {
    const order = r % 2 ? [off, on] : [on, off];
    const p = new Map<string, number>();
    for (const url of order) p.set(url, await round(url, OVERHEAD_ROUND));
    diffs.push((p.get(on) ?? 0) - (p.get(off) ?? 0));
  }
  log(`p99 overhead per round (ms): ${diffs.map((d) => d.toFixed(2)).join(" ")}`);
  const m = (url: string) => median(medians.get(url) ?? []).toFixed(2);
  log(`median latency (ms): ledger on ${m(on)}, off ${m(off)}`);
  return median(diffs);
}

interface Task {
  i: number;
  key: string;
  repeat: boolean;
  /** Reuses this key with another body after the first write. */
  conflict: boolean;
}

function plan(): Task[] {
  const distinct = CREATES * 0.95;
  const tasks: Task[] = [];
  for (let i = 0; i < distinct; i++) tasks.push({ i, key: `w-${i}`, repeat: i % 19 < 4, conflict: false });
  for (let j = 0; j < CREATES - distinct; j++) tasks[j * 19 + 5].conflict = true; // never a repeat (19·j+5 mod 19 = 5)
  return tasks;
}

async function main(): Promise<void> {
  const emu = await startEmulator({
    appId: APP.id,
    appSecret: APP.secret,
    inspect: true,
    rateLimitPerSec: 5000,
    repeatedKeys: "accept",
  });
  const db = await createTestDatabase("bench_ledger");
  const env = proxyEnv(emu.url, {
    DATABASE_URL: db.url,
    PROXY_UPSTREAM_RATE: "2000",
    PROXY_CALLER_RATE: "100000",
    PROXY_REQUEST_TIMEOUT_MS: "4000",
    PROXY_UPSTREAM_TIMEOUT_MS: "2000",
  });
  const procs: ProxyProcess[] = [];
  try {
    const [a, firstB, off] = await Promise.all([
      startProxyProcess(env),
      startProxyProcess(env),
      startProxyProcess({ ...env, PROXY_LEDGER: "off", DATABASE_URL: "" }),
    ]);
    procs.push(a, firstB, off);
    let b = firstB;
    const overheadMs = await overhead(a.url, off.url);
    if (process.env.BENCH_ONLY === "overhead") {
      console.log(JSON.stringify({ p99_overhead_ms: Math.round(overheadMs * 100) / 100 }));
      return;
    }

    const tasks = plan();
    const answers = new Map<string, Answer[]>();
    let replayed = 0;
    let conflictsRefused = 0;
    let done = 0;
    let killed = false;
    let next = 0;
    const record = (key: string, x: Answer) => {
      (answers.get(key) ?? answers.set(key, []).get(key))?.push(x);
      if (x.headers[PROXY_HEADERS.replayed]) replayed++;
    };
    const worker = async () => {
      while (next < tasks.length) {
        const t = tasks[next++];
        const first = body(t.key, t.i);
        const toB = () => b.url;
        const toA = () => a.url;
        const pair = t.repeat
          ? [until(toA, first, toB), until(toB, first, toA)]
          : [until(t.i % 2 ? toA : toB, first, t.i % 2 ? toB : toA)];
        for (const x of await Promise.all(pair)) record(t.key, x);
        if (t.conflict) {
          const x = await until(toA, body(t.key, t.i, "another reason"), toB);
          if (x.body.code === PROXY_CODES.keyConflict) conflictsRefused++;
          else log(`conflict not refused: ${t.key} ${x.text.slice(0, 200)}`);
        }
        done++;
        if (!killed && done >= tasks.length / 2) {
          killed = true;
          log(`killing instance B (pid ${b.child.pid}) after ${done} tasks, and starting it again`);
          await b.stop("SIGKILL");
          b = await startProxyProcess(env);
          procs.push(b);
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    log(`2,000 creates answered in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const stored = emu.records().filter((r) => r.idempotent_id?.startsWith("w-"));
    const byKey = new Map<string, string[]>();
    for (const r of stored)
      (
        byKey.get(r.idempotent_id as string) ??
        byKey.set(r.idempotent_id as string, []).get(r.idempotent_id as string)
      )?.push(r.approval_id);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const rows = (
      await pg.query<{ idempotent_id: string; outcome: string; approval_id: string | null }>(
        "SELECT idempotent_id, outcome, approval_id FROM ledger_records WHERE idempotent_id LIKE 'w-%'",
      )
    ).rows;
    await pg.end();
    const ledger = new Map(rows.map((r) => [r.idempotent_id, r]));
    let writtenTwice = 0;
    let lost = 0;
    let mismatches = 0;
    for (const t of tasks) {
      const ids = byKey.get(t.key) ?? [];
      if (ids.length > 1) writtenTwice++;
      const told = (answers.get(t.key) ?? []).map(approvalOf);
      if (ids.length === 0) lost++;
      const row = ledger.get(t.key);
      const agree =
        row?.outcome === "written" && row.approval_id === ids[0] && told.every((x) => x === ids[0]);
      if (!agree) {
        mismatches++;
        if (mismatches <= 5)
          log(
            `mismatch ${t.key}: store ${ids.join("/")}, ledger ${JSON.stringify(row)}, told ${told.join("/")}`,
          );
      }
    }
    console.log(
      JSON.stringify({
        creates: CREATES,
        repeats: tasks.filter((t) => t.repeat).length,
        written_twice: writtenTwice,
        replayed,
        conflicts_refused: conflictsRefused,
        lost,
        ledger_mismatches: mismatches,
        p99_overhead_ms: Math.round(overheadMs * 100) / 100,
      }),
    );
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await emu.close();
    await db.drop();
  }
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
