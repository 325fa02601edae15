/** The audit file: JSON lines, append-only across restarts, rotated by size, keeping N old files. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileAuditSink, type AuditEntry } from "../../src/proxy/audit";

const entry = (i: number): AuditEntry => ({
  time: new Date(0).toISOString(),
  request_id: `r-${i}`,
  caller: "key:clerks",
  user_name: null,
  user_oid: null,
  declared_name: null,
  route: "create",
  employee_type: "employee_id",
  unknown_fields: [],
  idempotent_ids: [`id-${i}`],
  status: 200,
  upstream_status: 200,
  code: 0,
  outcome: "answered",
  approval_ids: ["7000000000000000001"],
  duration_ms: 3,
});
const lines = (f: string) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditEntry);

describe("file audit sink", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "audit-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("rotates by size and keeps only the newest files", async () => {
    const file = join(dir, "sub", "audit.jsonl");
    const sink = createFileAuditSink({ file, maxBytes: 1024, keep: 2 });
    for (let i = 0; i < 40; i++) {
      sink.write(entry(i));
      if (i % 7 === 0) await new Promise((r) => setImmediate(r));
    }
    await sink.close();
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    for (const f of [file, `${file}.1`, `${file}.2`]) expect(statSync(f).size).toBeLessThanOrEqual(1024);
    const kept = [...lines(`${file}.2`), ...lines(`${file}.1`), ...lines(file)].map((e) => e.request_id);
    expect(kept[kept.length - 1]).toBe("r-39");
    expect(kept).toEqual([...kept].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2))));
  });

  it("appends to what an earlier run wrote", async () => {
    const file = join(dir, "audit.jsonl");
    for (const run of [0, 1]) {
      const sink = createFileAuditSink({ file, maxBytes: 1 << 20, keep: 3 });
      sink.write(entry(run));
      await sink.close();
    }
    expect(lines(file).map((e) => e.request_id)).toEqual(["r-0", "r-1"]);
  });
});
