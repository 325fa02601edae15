/** The dev loop's child processes, recorded in .tmp/dev-processes.json so `npm stop` can end them. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./manifest-checks";

export const TMP_DIR = join(REPO_ROOT, ".tmp");
const RECORD = join(TMP_DIR, "dev-processes.json");

export interface DevProcess {
  name: string;
  pid: number;
  log: string;
}

export interface DevRecord {
  startedAt: string;
  processes: DevProcess[];
  /** The manifest sideloaded into desktop Excel, to unregister on stop. */
  sideloaded: string | null;
}

export function readRecord(): DevRecord | null {
  return existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, "utf8")) as DevRecord) : null;
}

export function writeRecord(r: DevRecord): void {
  mkdirSync(TMP_DIR, { recursive: true });
  writeFileSync(RECORD, `${JSON.stringify(r, null, 2)}\n`);
}

export function clearRecord(): void {
  rmSync(RECORD, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // Each child leads its own process group (detached), so its own children stop with it.
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Ends the recorded processes: SIGTERM to each group, SIGKILL to what is still alive after 5 s. */
export async function stopProcesses(
  record: DevRecord,
  say: (s: string) => void = () => undefined,
): Promise<void> {
  for (const p of record.processes) if (isAlive(p.pid)) signalGroup(p.pid, "SIGTERM");
  for (let i = 0; i < 50 && record.processes.some((p) => isAlive(p.pid)); i++)
    await new Promise((r) => setTimeout(r, 100));
  for (const p of record.processes.filter((x) => isAlive(x.pid))) {
    say(`${p.name} (pid ${p.pid}) did not stop in 5 s: killing it`);
    signalGroup(p.pid, "SIGKILL");
  }
}
