/**
 * The Feishu stub in its own process (feishu-stub-main.ts), so its clock and event loop are not
 * the proxy's: what it records is when requests really arrived. Stops with the test run.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

export interface StubProcessOptions {
  limitPerSec?: number;
  closeConnections?: boolean;
  /** A busy host: every `everyMs` the stub's event loop stops for `ms` (arrivals then wait and land together). */
  stall?: { ms: number; everyMs: number };
}

export interface StubProcess {
  url: string;
  /** When each relayed call arrived at the stub (its clock, ms), by path. */
  arrivals(path: string): Promise<number[]>;
  close(): void;
}

export async function spawnFeishuStub(o: StubProcessOptions): Promise<StubProcess> {
  const child = spawn(
    join(__dirname, "../../node_modules/.bin/tsx"),
    [join(__dirname, "feishu-stub-main.ts")],
    { env: { ...process.env, STUB_OPTIONS: JSON.stringify(o) }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (c: Buffer) => {
      seen += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(seen);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`the stub exited (${code})`)));
  });
  return {
    url,
    arrivals: async (path) => {
      const received = (await (await fetch(`${url}/__stub/received`)).json()) as {
        path: string;
        at: number;
      }[];
      return received.filter((r) => r.path === path).map((r) => r.at);
    },
    close: () => void child.kill("SIGTERM"),
  };
}

/** Most arrivals in any sliding window [t, t + 1000 ms). */
export function busiestSecond(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let worst = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (j < t.length && t[j] < t[i] + 1000) j++;
    worst = Math.max(worst, j - i);
  }
  return worst;
}
