/**
 * `npm start` — the dev loop: the task pane dev server on https://localhost:3000 (webpack serve,
 * office-addin-dev-certs), the proxy (`npm run proxy`, which starts the Feishu emulator itself
 * when no credentials are set), then a sideload into desktop Excel where Office allows it
 * (Windows, macOS). On Linux it prints how to upload the manifest to Excel on the web.
 * Children run detached; their ids go to .tmp/dev-processes.json for `npm stop`.
 */
import { spawn, spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { request } from "node:https";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { DEV_API_KEY } from "../proxy/config";
import { REPO_ROOT } from "./manifest-checks";
import { type DevProcess, TMP_DIR, isAlive, readRecord, stopProcesses, writeRecord } from "./processes";

/** DEV_SERVER_PORT and PROXY_PORT move the two servers (webpack.config.js reads the first too). */
const DEV_PORT = Number(
  process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000,
);
const DEV_URL = `https://localhost:${DEV_PORT}/taskpane.html`;
const PLAYGROUND_URL = `https://localhost:${DEV_PORT}/playground.html`;
const PROXY_PORT = Number(process.env.PROXY_PORT || 3100);
const PROXY_URL = `http://127.0.0.1:${PROXY_PORT}`;
const say = (s = "") => process.stdout.write(`${s}\n`);

function launch(name: string, args: string[]): DevProcess {
  const log = join(TMP_DIR, `${name}.log`);
  const out = openSync(log, "a");
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    // The dev server forwards the proxy's paths to PROXY_URL; the proxy listens on PROXY_PORT.
    env: { ...process.env, DEV_SERVER_PORT: String(DEV_PORT), PROXY_PORT: String(PROXY_PORT), PROXY_URL },
  });
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  return { name, pid: child.pid, log };
}

const bin = (pkg: string, file: string) => join(REPO_ROOT, "node_modules", pkg, file);

function httpsUp(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { method: "HEAD", rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

function httpUp(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

/** What the proxy's /healthz says (src/proxy/boot-check.ts healthBody), or null when it cannot be read. */
function proxyHealth(
  url: string,
): Promise<{ msg?: string; data?: { feishu?: string; dev_key?: boolean } } | null> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { timeout: 2000 }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => {
        try {
          resolve(JSON.parse(text) as { msg?: string; data?: { feishu?: string; dev_key?: boolean } });
        } catch {
          resolve(null);
        }
      });
    });
    req.on("error", () => resolve(null));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

/** The development key when the proxy accepts it (emulator, no keys set), and a Feishu refusal found at boot. */
async function sayProxyState(): Promise<void> {
  let health = await proxyHealth(`${PROXY_URL}/healthz`);
  // The boot check's one token fetch is usually done by now; give it a moment if not.
  for (let i = 0; i < 10 && health?.data?.feishu === "checking"; i++) {
    await new Promise((r) => setTimeout(r, 500));
    health = await proxyHealth(`${PROXY_URL}/healthz`);
  }
  if (health?.data?.dev_key)
    say(
      `API key:    ${DEV_API_KEY} (development key, emulator only: paste it under Setup > API key in the pane)`,
    );
  if (health?.data?.feishu === "credentials_refused" || health?.data?.feishu === "unreachable")
    say(`WARNING:    ${health.msg ?? health.data.feishu} (see .tmp/proxy.log)`);
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  child: DevProcess,
  seconds: number,
): Promise<void> {
  for (let i = 0; i < seconds; i++) {
    if (await check()) return;
    if (!isAlive(child.pid)) throw new Error(`${what} stopped while starting; see ${child.log}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what} did not answer within ${seconds} s; see ${child.log}`);
}

type DevCerts = {
  ensureCertificatesAreInstalled(): Promise<void>;
  generateCertificates(): Promise<void>;
};

/** Kept while valid for another day, so a CA the clerk's browser already trusts stays the same. */
function certificateValid(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return Date.parse(new X509Certificate(readFileSync(file)).validTo) > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/** webpack serve's https options for the generated certificate, passed on its command line. */
function generatedCertificateArgs(dir: string): string[] {
  return [
    "--env",
    "http",
    "--server-type",
    "https",
    "--server-options-key",
    join(dir, "localhost.key"),
    "--server-options-cert",
    join(dir, "localhost.crt"),
  ];
}

/**
 * The dev certificate authority should be trusted before webpack serves https (it may ask for a
 * password). Where it cannot be installed (Linux without sudo), or ADDIN_DEV_CA=skip says not to
 * try, the generated certificate is still used, passed to webpack serve directly, and the
 * browser must be told to trust ca.crt (see docs/office-addin.md §1.6).
 */
async function certificateArgs(): Promise<string[]> {
  const certs = (await import("office-addin-dev-certs")) as DevCerts;
  const dir = join(homedir(), ".office-addin-dev-certs");
  if (process.env.ADDIN_DEV_CA !== "skip") {
    try {
      await certs.ensureCertificatesAreInstalled();
      return [];
    } catch (e) {
      say(
        `The development certificate authority could not be installed: ${e instanceof Error ? e.message.trim() : String(e)}`,
      );
    }
  }
  if (!certificateValid(join(dir, "localhost.crt"))) await certs.generateCertificates();
  say(`Serving https with the generated certificate ${join(dir, "localhost.crt")}.`);
  say(`  To trust it, import ${join(dir, "ca.crt")} into your browser's or system's trusted authorities`);
  say("  (or run `npx office-addin-dev-certs install`, which needs administrator rights).");
  return generatedCertificateArgs(dir);
}

function sideload(): string | null {
  if (process.platform !== "win32" && process.platform !== "darwin") return null;
  const run = spawnSync(
    process.execPath,
    [bin("office-addin-dev-settings", "cli.js"), "sideload", "manifest.xml", "desktop", "--app", "excel"],
    { cwd: REPO_ROOT, stdio: "inherit" },
  );
  return run.status === 0 ? "manifest.xml" : null;
}

function webInstructions(): void {
  say("Excel desktop cannot be sideloaded on this platform. Use Excel on the web:");
  say(`  1. Trust the dev CA in your browser (~/.office-addin-dev-certs/ca.crt) and open ${DEV_URL} once.`);
  say(
    "  2. Open a workbook at https://www.office.com, then Home > Add-ins > More Settings > Upload My Add-in,",
  );
  say(`     and choose ${join(REPO_ROOT, "manifest.xml")}.`);
  say(
    "  3. Home > Attendance opens the pane. Web sideloads live in the browser's storage: repeat after clearing it.",
  );
}

async function main(): Promise<void> {
  mkdirSync(TMP_DIR, { recursive: true });
  const running = readRecord();
  if (running?.processes.some((p) => isAlive(p.pid))) {
    say("The dev loop is already running (see .tmp/dev-processes.json). Run `npm stop` first.");
    process.exit(1);
  }
  let certArgs: string[];
  try {
    certArgs = await certificateArgs();
  } catch (e) {
    say(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
  const processes: DevProcess[] = [];
  const record = { startedAt: new Date().toISOString(), processes, sideloaded: null as string | null };
  try {
    processes.push(
      launch("dev-server", [bin("webpack", "bin/webpack.js"), "serve", "--mode", "development", ...certArgs]),
    );
    writeRecord(record);
    processes.push(launch("proxy", [bin("tsx", "dist/cli.mjs"), "src/proxy/main.ts"]));
    writeRecord(record);
    say("Starting the dev server and the proxy (logs in .tmp/) ...");
    await waitFor("the dev server", () => httpsUp(DEV_URL), processes[0], 180);
    await waitFor("the proxy", () => httpUp(`${PROXY_URL}/healthz`), processes[1], 60);
  } catch (e) {
    say(`${e instanceof Error ? e.message : String(e)}. Stopping what started.`);
    await stopProcesses(record);
    process.exitCode = 1;
    return;
  }
  say(`Task pane:  ${DEV_URL}`);
  say(`Playground: ${PLAYGROUND_URL} (the real pane beside a fake workbook, no Excel needed)`);
  say(
    `Proxy:      ${PROXY_URL} (health: ${PROXY_URL}/healthz; the emulator when no Feishu credentials are set; log in .tmp/proxy.log)`,
  );
  await sayProxyState();
  record.sideloaded = sideload();
  writeRecord(record);
  if (!record.sideloaded) webInstructions();
  say("Stop everything with: npm stop");
}

void main();
