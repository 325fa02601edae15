/**
 * A newcomer's first run, as the README says it: a fresh clone of HEAD (node_modules linked, not
 * copied), `npm start` there, the pane URL and the proxy's /healthz answer, the playground opens
 * in Chromium without a console error, `npm stop`, and nothing is left listening.
 * The clone gets its own HOME (so the development certificate is generated afresh, as on a new
 * machine), free ports, and ADDIN_DEV_CA=skip so no sudo prompt can block the run.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchBrowser } from "./support/browser";

const REPO = resolve(__dirname, "../..");
const STEP_MS = 150_000;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), ok(true)));
    socket.once("error", () => ok(false));
  });
}

function status(url: string): Promise<number> {
  return new Promise((ok) => {
    const done = (res: { statusCode?: number; resume(): void }) => (res.resume(), ok(res.statusCode ?? 0));
    const req = url.startsWith("https:")
      ? httpsGet(url, { rejectUnauthorized: false }, done)
      : httpGet(url, done);
    req.on("error", () => ok(0));
    req.setTimeout(5000, () => req.destroy());
  });
}

/** Runs `npm <script>` in the clone; resolves with its output, rejects on a non-zero exit or a timeout. */
function npm(cwd: string, script: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn("npm", [script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`npm ${script} did not finish in ${STEP_MS / 1000} s:\n${out}`));
    }, STEP_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) ok(out);
      else fail(new Error(`npm ${script} exited ${String(code)}:\n${out}`));
    });
  });
}

function recordedPids(clone: string): number[] {
  const file = join(clone, ".tmp", "dev-processes.json");
  if (!existsSync(file)) return [];
  const record = JSON.parse(readFileSync(file, "utf8")) as { processes: { pid: number }[] };
  return record.processes.map((p) => p.pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a newcomer's first run", () => {
  const root = mkdtempSync(join(tmpdir(), "first-run-"));
  const clone = join(root, "clone");
  let env: NodeJS.ProcessEnv = {};
  let pids: number[] = [];

  afterAll(async () => {
    // Whatever happened above, nothing this test started may outlive it.
    if (existsSync(join(clone, ".tmp", "dev-processes.json"))) await npm(clone, "stop", env).catch(() => "");
    for (const pid of pids.filter(alive)) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        process.kill(pid, "SIGKILL");
      }
    }
    rmSync(root, { recursive: true, force: true });
  }, STEP_MS);

  test(
    "npm start serves the pane and a healthy proxy, the playground opens cleanly, npm stop frees the ports",
    async () => {
      execFileSync("git", ["clone", "--quiet", REPO, clone]);
      symlinkSync(join(REPO, "node_modules"), join(clone, "node_modules"), "dir");
      expect(existsSync(join(clone, ".tmp"))).toBe(false);
      const home = join(root, "home");
      mkdirSync(home);
      const [devPort, proxyPort] = [await freePort(), await freePort()];
      env = {
        PATH: process.env.PATH,
        HOME: home,
        DEV_SERVER_PORT: String(devPort),
        PROXY_PORT: String(proxyPort),
        ADDIN_DEV_CA: "skip",
        npm_config_update_notifier: "false",
      };

      const started = await npm(clone, "start", env);
      pids = recordedPids(clone);
      const pane = `https://localhost:${devPort}/taskpane.html`;
      const playground = `https://localhost:${devPort}/playground.html`;
      const health = `http://127.0.0.1:${proxyPort}/healthz`;
      expect(started).toContain(pane);
      expect(started).toContain(playground);
      expect(started).toContain(health);
      // With the emulator the development key is printed, so a newcomer can connect the pane.
      expect(started).toMatch(/API key: +dev-proxy-key/);
      expect(pids.length).toBe(2);
      expect(await status(pane)).toBe(200);
      expect(await status(health)).toBe(200);

      const browser = await launchBrowser("en-US", { ignoreHttpsErrors: true });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
        page.on("pageerror", (e) => problems.push(e.message));
        await page.goto(playground);
        await page.waitForFunction(() => performance.getEntriesByName("pane-ready").length > 0, undefined, {
          timeout: 60_000,
        });
        await page.getByRole("button", { name: "Create or repair the template" }).waitFor();
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }

      const stopped = await npm(clone, "stop", env);
      expect(stopped).toContain("Stopped:");
      expect(await listening(devPort)).toBe(false);
      expect(await listening(proxyPort)).toBe(false);
      expect(pids.filter(alive)).toEqual([]);
    },
    4 * STEP_MS,
  );
});
