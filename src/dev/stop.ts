/** `npm stop` — ends what `npm start` launched (by recorded process group) and removes the desktop sideload. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./manifest-checks";
import { clearRecord, readRecord, stopProcesses } from "./processes";

const say = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const record = readRecord();
  if (!record) {
    say("Nothing to stop: .tmp/dev-processes.json is absent.");
    return;
  }
  await stopProcesses(record, say);
  if (record.sideloaded) {
    const cli = join(REPO_ROOT, "node_modules", "office-addin-dev-settings", "cli.js");
    spawnSync(process.execPath, [cli, "unregister", record.sideloaded], { cwd: REPO_ROOT, stdio: "inherit" });
  }
  clearRecord();
  say(`Stopped: ${record.processes.map((p) => `${p.name} (pid ${p.pid})`).join(", ")}.`);
}

void main();
