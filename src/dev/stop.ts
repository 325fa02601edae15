/** `npm stop` — ends what `npm start` launched (by recorded process group) and removes the desktop sideload. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./manifest-checks";
import { clearRecord, isAlive, readRecord } from "./processes";

const say = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const record = readRecord();
  if (!record) {
    say("Nothing to stop: .tmp/dev-processes.json is absent.");
    return;
  }
  for (const p of record.processes) {
    if (!isAlive(p.pid)) continue;
    try {
      // Each child leads its own process group (detached), so its own children stop with it.
      process.kill(-p.pid, "SIGTERM");
    } catch {
      process.kill(p.pid, "SIGTERM");
    }
  }
  for (let i = 0; i < 50 && record.processes.some((p) => isAlive(p.pid)); i++)
    await new Promise((r) => setTimeout(r, 100));
  for (const p of record.processes.filter((x) => isAlive(x.pid))) {
    say(`${p.name} (pid ${p.pid}) did not stop in 5 s: killing it`);
    try {
      process.kill(-p.pid, "SIGKILL");
    } catch {
      process.kill(p.pid, "SIGKILL");
    }
  }
  if (record.sideloaded) {
    const cli = join(REPO_ROOT, "node_modules", "office-addin-dev-settings", "cli.js");
    spawnSync(process.execPath, [cli, "unregister", record.sideloaded], { cwd: REPO_ROOT, stdio: "inherit" });
  }
  clearRecord();
  say(`Stopped: ${record.processes.map((p) => `${p.name} (pid ${p.pid})`).join(", ")}.`);
}

void main();
