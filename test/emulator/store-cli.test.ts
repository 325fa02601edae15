import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type StoredRecord } from "../../src/emulator";
import { api, approval, call, createPath, getToken, leave } from "./client";

const dir = mkdtempSync(join(tmpdir(), "feishu-emulator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("storeFile", () => {
  it("persists records atomically and keeps idempotency and approval ids across restarts", async () => {
    const file = join(dir, "records.json");
    const lines: object[] = [];
    const first = await startEmulator({ storeFile: file, logger: (l) => lines.push(l) });
    const t1 = await getToken(first.url);
    const a = await api(
      first.url,
      t1,
      createPath(),
      approval({ leaves: [leave({ idempotent_id: "persist-1" })] }),
    );
    await first.close();
    const saved = JSON.parse(readFileSync(file, "utf8")) as { records: StoredRecord[] };
    expect(saved.records.map((r) => r.idempotent_id)).toEqual(["persist-1"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({ path: "/open-apis/attendance/v1/user_approvals", status: 200, code: 0 }),
    );
    expect(JSON.stringify(lines)).not.toContain(t1);

    const second = await startEmulator({ storeFile: file });
    try {
      const t2 = await getToken(second.url);
      expect(
        (
          await api(
            second.url,
            t2,
            createPath(),
            approval({ leaves: [leave({ idempotent_id: "persist-1" })] }),
          )
        ).body.code,
      ).toBe(1220600);
      const b = await api(
        second.url,
        t2,
        createPath(),
        approval({ leaves: [leave({ idempotent_id: "persist-2" })] }),
      );
      const id = (x: typeof a) =>
        BigInt(
          (x.body.data as { user_approval: { leaves: { approval_id: string }[] } }).user_approval.leaves[0]
            .approval_id,
        );
      expect(id(b) > id(a)).toBe(true);
      expect(second.records()).toHaveLength(2);
    } finally {
      await second.close();
    }
  });
});

describe("CLI settings", () => {
  it("starts, prints where it listens and stops on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(__dirname, "../../src/emulator/main.ts")],
      {
        env: { ...process.env, EMULATOR_PORT: "0", EMULATOR_INSPECT: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect((await call(url, "GET", "/__emulator/stats")).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  }, 20_000);
});
