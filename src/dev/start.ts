/**
 * `npm start` — the dev loop: the task pane dev server on https://localhost:3000 (webpack serve,
 * office-addin-dev-certs), the proxy (`npm run proxy`, which starts the Feishu emulator itself
 * when no credentials are set), then a sideload into desktop Excel where Office allows it
 * (Windows, macOS). On Linux it prints how to upload the manifest to Excel on the web.
 * Children run detached; their ids go to .tmp/dev-processes.json for `npm stop`.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { homedir } from "node:os";
import { request } from "node:https";
import { connect } from "node:net";
import { join } from "node:path";
import { REPO_ROOT } from "./manifest-checks";
import { type DevProcess, TMP_DIR, isAlive, readRecord, writeRecord } from "./processes";

const DEV_URL = "https://localhost:3000/taskpane.html";
const PROXY_PORT = Number(process.env.PROXY_PORT ?? 3100);
const say = (s = "") => process.stdout.write(`${s}\n`);

function launch(name: string, args: string[]): DevProcess {
  const log = join(TMP_DIR, `${name}.log`);
  const out = openSync(log, "a");
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: process.env,
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

function portUp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.end(), resolve(true)));
    s.once("error", () => resolve(false));
  });
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

/**
 * The dev certificate authority should be trusted before webpack serves https (it may ask for a
 * password). Where it cannot be installed (Linux without sudo) the generated certificate is
 * still used, passed to webpack serve directly, and the clerk's browser must trust ca.crt.
 */
async function certificateArgs(): Promise<string[]> {
  const certs = (await import("office-addin-dev-certs")) as {
    ensureCertificatesAreInstalled(): Promise<void>;
  };
  try {
    await certs.ensureCertificatesAreInstalled();
    return [];
  } catch (e) {
    const dir = join(homedir(), ".office-addin-dev-certs");
    say(
      `The development certificate authority could not be installed: ${e instanceof Error ? e.message.trim() : String(e)}`,
    );
    if (!existsSync(join(dir, "localhost.crt")))
      throw new Error("no development certificate; run: npx office-addin-dev-certs install");
    say(
      `Serving https with ${dir}/localhost.crt anyway: trust ${dir}/ca.crt in your browser (or run \`npx office-addin-dev-certs install\` with sudo).`,
    );
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
  say(
    "  1. Trust the dev CA in your browser (~/.office-addin-dev-certs/ca.crt) and open https://localhost:3000/taskpane.html once.",
  );
  say(
    "  2. Open a workbook at https://www.office.com, then Home > Add-ins > More Settings > Upload My Add-in,",
  );
  say(`     and choose ${join(REPO_ROOT, "manifest.xml")}.`);
  say(
    "  3. Home > Attendance opens the pane. Web sideloads live in the browser's storage: repeat after clearing it.",
  );
}

async function main(): Promise<void> {
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
    await waitFor("the proxy", () => portUp(PROXY_PORT), processes[1], 60);
  } catch (e) {
    say(`${e instanceof Error ? e.message : String(e)}. Stopping what started: npm stop`);
    process.exitCode = 1;
    return;
  }
  say(`Task pane: ${DEV_URL}`);
  say(
    `Proxy:     http://127.0.0.1:${PROXY_PORT} (emulator when no Feishu credentials are set; see .tmp/proxy.log)`,
  );
  record.sideloaded = sideload();
  writeRecord(record);
  if (!record.sideloaded) webInstructions();
  say("Stop everything with: npm stop");
}

void main();
