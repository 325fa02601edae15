/** `npm run proxy -- hash-key`, and a clear refusal to start with a bad configuration (run outside the repo, so no .env applies). */
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashApiKey } from "../../src/proxy/api-keys";

const ROOT = join(__dirname, "..", "..");
const run = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; out: string; err: string }>((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(FEISHU_|PROXY_|ENTRA_)/.test(k)),
    );
    execFile(
      join(ROOT, "node_modules", ".bin", "tsx"),
      [join(ROOT, "src", "proxy", "main.ts"), ...args],
      { cwd: tmpdir(), env: { ...clean, ...env }, timeout: 20_000 },
      (e, out, err) => resolve({ code: e ? Number(e.code ?? 1) : 0, out, err }),
    );
  });

describe("proxy CLI", () => {
  it("prints the stored form of a key", async () => {
    const r = await run(["hash-key", "my-key", "hr"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`PROXY_API_KEYS entry: hr:${hashApiKey("my-key")}`);
  }, 20_000);

  it("refuses to start with a clear message when the configuration is wrong", async () => {
    const r = await run([], {
      FEISHU_APP_ID: "cli_x",
      FEISHU_APP_SECRET: "super-secret-value",
      PROXY_PORT: "0",
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Invalid proxy configuration:[\s\S]*PROXY_API_KEYS is required/);
    expect(r.err + r.out).not.toContain("super-secret-value");
  }, 20_000);
});
