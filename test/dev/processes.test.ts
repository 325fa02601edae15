import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  clearRecord,
  isAlive,
  readRecord,
  stopProcesses,
  TMP_DIR,
  writeRecord,
  type DevRecord,
} from "../../src/dev/processes";

const RECORD = join(TMP_DIR, "dev-processes.json");

test("the record is written, read back and cleared (a developer's own record is put back)", () => {
  const saved = existsSync(RECORD) ? readFileSync(RECORD, "utf8") : null;
  try {
    const r: DevRecord = {
      startedAt: "2026-01-05T01:00:00Z",
      processes: [{ name: "proxy", pid: 1, log: "x.log" }],
      sideloaded: null,
    };
    writeRecord(r);
    expect(readRecord()).toEqual(r);
    clearRecord();
    expect(readRecord()).toBeNull();
    expect(() => clearRecord()).not.toThrow();
  } finally {
    if (saved !== null) writeFileSync(RECORD, saved);
  }
});

test("stopProcesses ends each recorded process group and says nothing when they stop in time", async () => {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], {
    detached: true,
    stdio: "ignore",
  });
  const pid = child.pid as number;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    expect(isAlive(pid)).toBe(true);
    const said: string[] = [];
    await stopProcesses(
      { startedAt: "", processes: [{ name: "loop", pid, log: "" }], sideloaded: null },
      (s) => said.push(s),
    );
    await exited;
    expect(isAlive(pid)).toBe(false);
    expect(said).toEqual([]);
  } finally {
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
});

test("a process that ignores SIGTERM is killed after 5 s, and that is said", async () => {
  const child = spawn(
    process.execPath,
    ["-e", "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)"],
    { detached: true, stdio: ["ignore", "pipe", "ignore"] },
  );
  const pid = child.pid as number;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    await new Promise((r) => child.stdout.once("data", r)); // its SIGTERM handler is in place
    const said: string[] = [];
    await stopProcesses(
      { startedAt: "", processes: [{ name: "stubborn", pid, log: "" }], sideloaded: null },
      (s) => said.push(s),
    );
    await exited;
    expect(said).toEqual([`stubborn (pid ${pid}) did not stop in 5 s: killing it`]);
  } finally {
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
}, 20_000);
