/**
 * bench:proxy — what the proxy costs and how well it paces.
 *
 * 1. Overhead: a closed loop (8 workers) of cheap calls (batch_get_id, one email) against the
 *    emulator directly and through the proxy, in the same run, in short alternating rounds.
 *    The emulator's rate limit and the proxy's pace are raised for this part so only the relay
 *    is measured. Feishu is a network hop away, so the emulator answers this call after
 *    20 ± 5 ms (BENCH_UPSTREAM_LATENCY_MS; the jitter keeps the eight workers from arriving in
 *    lockstep). With 0 the loop is only a CPU race between three processes on the same cores
 *    (the proxy doubles the socket writes per call).
 * 2. Pacing: 1,000 creates offered at 200/s by five callers (40/s each, under the default
 *    per-caller limit) to an emulator limiting at 50/s, through a proxy with default settings.
 *
 * The emulator and the proxy run as their own processes (`npm run emulator`, `npm run proxy`),
 * as in production, the proxy with its ledger (embedded database, a fresh folder each).
 * The last line is one JSON object.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashApiKey } from "../../src/proxy/api-keys";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const APP = { id: "cli_bench", secret: "bench-secret" };
const KEYS = ["clerk-a", "clerk-b", "clerk-c", "clerk-d", "clerk-e"].map((name) => ({
  name,
  key: `pk_bench_${name}`,
}));
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const children: ChildProcess[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<string> {
  const child = spawn(TSX, [join(ROOT, script)], {
    cwd: tmpdir(),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (c: Buffer) => {
      seen += c.toString();
      const m = ready.exec(seen);
      if (m) {
        child.stdout?.removeAllListeners("data");
        child.stdout?.resume(); // keep draining (logs)
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`${script} exited (${code}): ${seen.slice(-500)}`)));
  });
}

const startEmulator = (rateLimit: number, faults?: object) =>
  startChild(
    "src/emulator/main.ts",
    {
      EMULATOR_PORT: "0",
      EMULATOR_APP_ID: APP.id,
      EMULATOR_APP_SECRET: APP.secret,
      EMULATOR_RATE_LIMIT: String(rateLimit),
      // The overhead rounds call batch_get_id thousands of times: its own caps follow the rate.
      EMULATOR_LOOKUP_RATE_LIMIT: String(rateLimit),
      EMULATOR_LOOKUP_MINUTE_LIMIT: String(rateLimit * 60),
      EMULATOR_INSPECT: "1",
      ...(faults ? { EMULATOR_FAULTS: JSON.stringify(faults) } : {}),
    },
    /listening on (http:\/\/\S+)/,
  );

/** The proxy's logs go to /dev/null (as to a log file in production), so reading them costs the load generator nothing. */
async function startProxy(
  upstream: string,
  auditDir: string,
  env: Record<string, string> = {},
): Promise<string> {
  const port = await freePort();
  const child = spawn(TSX, [join(ROOT, "src/proxy/main.ts")], {
    cwd: tmpdir(),
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      FEISHU_APP_ID: APP.id,
      FEISHU_APP_SECRET: APP.secret,
      FEISHU_BASE_URL: upstream,
      PROXY_PORT: String(port),
      PROXY_API_KEYS: KEYS.map((k) => `${k.name}:${hashApiKey(k.key)}`).join(","),
      PROXY_AUDIT_FILE: join(auditDir, `audit-${children.length}.jsonl`),
      // The ledger on, as deployed by default: its embedded database, one folder per proxy.
      PROXY_DATA_DIR: join(auditDir, `ledger-${children.length}`),
      LOG_LEVEL: "info",
      ...env,
    },
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  // Up to a minute: the embedded ledger's first start (its database files) takes seconds on a busy machine.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the proxy exited (${child.exitCode})`);
    if (
      await get(`${url}/healthz`).then(
        () => true,
        () => false,
      )
    )
      return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the proxy did not start");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

interface Answer {
  status: number;
  code: number | null;
  body: string;
}
function post(base: string, path: string, body: unknown, bearer: string): Promise<Answer> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = request(
      `${base}${path}`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          authorization: `Bearer ${bearer}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString();
          let code: number | null = null;
          try {
            code = (JSON.parse(text) as { code?: number }).code ?? null;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, code, body: text });
        });
      },
    );
    req.on("error", (e) => resolve({ status: 0, code: null, body: e.message }));
    req.end(payload);
  });
}

const get = (url: string) =>
  new Promise<string>((resolve, reject) =>
    request(url, { agent }, (res) => {
      let s = "";
      res.on("data", (c) => (s += c));
      res.on("end", () => resolve(s));
    })
      .on("error", reject)
      .end(),
  );
const p99 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const BATCH = "/open-apis/contact/v3/users/batch_get_id?user_id_type=user_id";

/** Closed loop: `concurrency` workers each sending the next call as soon as the last answered. */
async function closedLoop(
  base: string,
  bearer: string,
  concurrency: number,
  ms: number,
): Promise<{ rps: number; latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const a = await post(base, BATCH, { emails: ["e0001@example.com"] }, bearer);
      latencies.push(performance.now() - t);
      if (a.status !== 200 || a.code !== 0) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { rps: latencies.length / ((performance.now() - started) / 1000), latencies, errors };
}

async function overhead(auditDir: string) {
  const latency = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? 20);
  const emu = await startEmulator(
    1_000_000,
    latency ? { latencyMs: { mean: latency, jitter: latency / 4 }, paths: [BATCH.split("?")[0]] } : undefined,
  );
  const proxy = await startProxy(emu, auditDir, {
    PROXY_UPSTREAM_RATE: "100000",
    PROXY_CALLER_RATE: "100000",
  });
  const token = (
    JSON.parse(
      (
        await post(
          emu,
          "/open-apis/auth/v3/tenant_access_token/internal",
          { app_id: APP.id, app_secret: APP.secret },
          "",
        )
      ).body,
    ) as { tenant_access_token: string }
  ).tenant_access_token;
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
  await closedLoop(emu, token, concurrency, 1000); // warm up both paths
  await closedLoop(proxy, KEYS[0].key, concurrency, 1000);
  // Short alternating rounds (A B B A …), so load from anything else on the machine falls on
  // both alike. The overhead is the median over rounds of p99(proxy) − p99(direct), which a
  // burst of outside load in one round cannot swing; the pooled figures are printed as well.
  const direct = { n: 0, s: 0, lat: [] as number[], errors: 0 };
  const viaProxy = { n: 0, s: 0, lat: [] as number[], errors: 0 };
  const targets = [
    [direct, emu, token],
    [viaProxy, proxy, KEYS[0].key],
  ] as const;
  const p99Diffs: number[] = [];
  for (let round = 0; round < 10; round++) {
    const p99s = new Map<object, number>();
    for (const [acc, base, bearer] of round % 2 ? [...targets].reverse() : targets) {
      const r = await closedLoop(base, bearer, concurrency, 1000);
      acc.n += r.latencies.length;
      acc.s += r.latencies.length / r.rps;
      acc.lat.push(...r.latencies);
      acc.errors += r.errors;
      p99s.set(acc, p99(r.latencies));
    }
    p99Diffs.push((p99s.get(viaProxy) ?? 0) - (p99s.get(direct) ?? 0));
  }
  const directRps = direct.n / direct.s;
  const proxyRps = viaProxy.n / viaProxy.s;
  const overheadMs = median(p99Diffs);
  log(
    `overhead (${latency} ± ${latency / 4} ms upstream): direct ${directRps.toFixed(0)}/s p99 ${p99(direct.lat).toFixed(2)} ms mean ${mean(direct.lat).toFixed(2)} ms; proxy ${proxyRps.toFixed(0)}/s p99 ${p99(viaProxy.lat).toFixed(2)} ms mean ${mean(viaProxy.lat).toFixed(2)} ms (concurrency ${concurrency})`,
  );
  log(
    `p99 overhead per round (ms): ${p99Diffs.map((d) => d.toFixed(2)).join(" ")} → median ${overheadMs.toFixed(2)}`,
  );
  return { directRps, proxyRps, overheadMs, errors: direct.errors + viaProxy.errors };
}

async function pacing(auditDir: string) {
  const emu = await startEmulator(50);
  const proxy = await startProxy(emu, auditDir);
  const offered = 1000;
  const perSec = 200;
  const leave = {
    uniq_id: "annual",
    unit: 1,
    interval: 28800,
    start_time: "2026-03-02 09:00:00",
    end_time: "2026-03-02 18:00:00",
    i18n_names: { ch: "年假" },
    default_locale: "ch",
    reason: "bench",
  };
  const answers: Promise<Answer>[] = [];
  const started = performance.now();
  for (let i = 0; i < offered; i++) {
    const due = started + (i * 1000) / perSec;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const userId = `E${String(1 + (i % 2000)).padStart(4, "0")}`;
    answers.push(
      post(
        proxy,
        "/open-apis/attendance/v1/user_approvals?employee_type=employee_id",
        {
          user_approval: {
            user_id: userId,
            date: "20260302",
            leaves: [{ ...leave, idempotent_id: `bench-${i}` }],
          },
        },
        KEYS[i % KEYS.length].key,
      ),
    );
  }
  const offeredSec = (performance.now() - started) / 1000;
  const done = await Promise.all(answers);
  const elapsedSec = (performance.now() - started) / 1000;
  const stats = JSON.parse(await get(`${emu}/__emulator/stats`)) as { rateLimited: number };
  const counts = JSON.parse(await get(`${emu}/__emulator/counts`)) as { counts: Record<string, number> };
  const clientErrors = done.filter((a) => a.status !== 200 || a.code !== 0).length;
  const written = Object.keys(counts.counts).length;
  log(
    `pacing: offered ${offered} in ${offeredSec.toFixed(1)} s, all answered after ${elapsedSec.toFixed(1)} s, written ${written}, upstream 429 ${stats.rateLimited}, client errors ${clientErrors}`,
  );
  if (clientErrors) log(`first error: ${done.find((a) => a.status !== 200 || a.code !== 0)?.body}`);
  return {
    offeredPerSec: offered / offeredSec,
    pacedPerSec: written / elapsedSec,
    upstream429: stats.rateLimited,
    clientErrors,
  };
}

async function main() {
  const auditDir = mkdtempSync(join(tmpdir(), "bench-proxy-"));
  try {
    const only = process.env.BENCH_ONLY; // "overhead" | "pacing" while tuning; the full run does both
    const o =
      only === "pacing" ? { directRps: 0, proxyRps: 0, overheadMs: 0, errors: 0 } : await overhead(auditDir);
    const p =
      only === "overhead"
        ? { offeredPerSec: 0, pacedPerSec: 0, upstream429: 0, clientErrors: 0 }
        : await pacing(auditDir);
    const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
    console.log(
      JSON.stringify({
        direct_rps: round(o.directRps, 0),
        proxy_rps: round(o.proxyRps, 0),
        p99_overhead_ms: round(o.overheadMs, 2),
        offered_per_s: round(p.offeredPerSec, 0),
        paced_per_s: round(p.pacedPerSec, 1),
        limit_per_s: 50,
        upstream_429: p.upstream429,
        client_errors: p.clientErrors + o.errors,
      }),
    );
  } finally {
    for (const c of children) c.kill("SIGTERM");
    agent.destroy();
    rmSync(auditDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  log(String(e instanceof Error ? e.stack : e));
  for (const c of children) c.kill("SIGTERM");
  process.exit(1);
});
