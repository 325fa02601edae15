/**
 * The command as a whole: exit codes (0 fine, 1 rows need a look, 2 setup or file problem with
 * one line in the chosen language), credentials from the environment or a config file, JSON
 * progress lines, and Ctrl+C: the sends in flight finish, results are saved, the next run resumes
 * and nothing is written twice.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogDisplay, DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { openXlsx } from "../../src/cli/files/xlsx";
import { journalPath } from "../../src/cli/journal";
import { prepareFile } from "../../src/cli/push";
import { CLERK_KEY } from "../engine/support/stack";
import { putRows, rowOf, runCommand } from "./support/harness";
import { startCliStack, type CliStack } from "./support/stack";

jest.setTimeout(90_000);

const EN = { LANG: "en_US.UTF-8" };
const dir = () => mkdtempSync(join(tmpdir(), "cli-main-"));

const leave = (n: number, day = 10) =>
  rowOf("leave", {
    employee: `E${String(n).padStart(4, "0")}`,
    type: catalogDisplay(DEFAULT_CATALOG[0]),
    start_time: `2026-04-${day} 09:00`,
    end_time: `2026-04-${day} 18:00`,
    unit: "Day",
    duration: 1,
    reason: `r${n}`,
  });

async function book(rows: ReturnType<typeof leave>[]): Promise<string> {
  const path = join(dir(), "book.xlsx");
  expect((await runCommand(["template", path, "--lang", "en-US"], EN)).code).toBe(0);
  await putRows(path, "leave", rows);
  return path;
}

describe("without a proxy", () => {
  test("check: 0 when every row is fine, with each row's request", async () => {
    const ran = await runCommand(["check", await book([leave(1), leave(2)])], EN);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/Leave row 2: Ready\n {2}request: \{"user_approval":\{"user_id":"E0001"/);
  });

  test("check: 1 when a row needs fixing, naming the row and what is wrong", async () => {
    const bad = leave(3);
    bad[2] = "someday";
    const ran = await runCommand(["check", await book([leave(4), bad])], EN);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/Leave row 3: Needs fixing\n {2}✗ .*Start/);
  });

  test.each([
    [["check", "/nowhere/book.xlsx"], EN, /^File not found: \/nowhere\/book\.xlsx/],
    [["check", "/nowhere/book.xlsx"], { LANG: "zh_CN.UTF-8" }, /^找不到文件/],
    [["check", "notes.txt"], EN, /give an \.xlsx workbook or a \.csv file/],
    [["push", "x.xlsx"], EN, /^No proxy address: set FEISHU_PROXY_URL/],
    [
      ["push", "x.xlsx"],
      { ...EN, FEISHU_PROXY_URL: "http://127.0.0.1:9" },
      /^No way to sign in to the proxy/,
    ],
    [
      ["push", "x.xlsx", "--config", "/nowhere/fa.json"],
      EN,
      /^Cannot read the config file \/nowhere\/fa\.json: ENOENT/,
    ],
    [["push", "x.xlsx", "--key", "pk_live"], EN, /never taken from the command line/],
    [["push", "x.xlsx", "--only", "some"], EN, /--only takes failed \| pending/],
  ])("%j → exit 2, one line", async (argv, env, line) => {
    const ran = await runCommand(argv, env);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(ran.stderr).toMatch(line);
  });

  test("a workbook with none of the four sheets is a file problem", async () => {
    const path = join(dir(), "other.csv");
    writeFileSync(path, "a,b\n1,2\n");
    const ran = await runCommand(["check", path], EN);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--kind/);
  });
});

describe("with the proxy", () => {
  let stack: CliStack;
  beforeAll(async () => {
    stack = await startCliStack({ emulator: { faults: { latencyMs: { min: 120, max: 140 } } } });
  });
  afterAll(() => stack.close());

  test("the proxy's URL and key from a config file; a wrong key stops before anything is sent", async () => {
    const config = join(dir(), "fa.json");
    writeFileSync(config, JSON.stringify({ proxyUrl: stack.proxy.url, proxyKey: CLERK_KEY }));
    const path = await book([leave(21)]);
    const ok = await runCommand(["push", path, "--config", config, "--log", "json"], EN);
    expect(ok.code).toBe(0);
    const events = ok.stderr
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { event: string });
    expect(events.some((e) => e.event === "progress")).toBe(true);

    const before = stack.emu.records().length;
    const wrong = await runCommand(["push", await book([leave(22)])], {
      ...EN,
      FEISHU_PROXY_URL: stack.proxy.url,
      FEISHU_PROXY_KEY: "pk_not_a_key",
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^Nothing was sent: the proxy's self-check failed/);
    expect(stack.emu.records().length).toBe(before);
  });

  test("Ctrl+C: in-flight sends finish, results are saved, the next run sends the rest, nothing twice", async () => {
    const path = await book(Array.from({ length: 60 }, (_, i) => leave(100 + i, 20)));
    const stop = new AbortController();
    const start = stack.emu.records().length;
    // Ctrl+C once ten rows are in Feishu.
    const watch = setInterval(() => stack.emu.records().length >= start + 10 && stop.abort(), 5);
    const first = await runCommand(["push", path, "--json"], stack.env, stop.signal);
    clearInterval(watch);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/Stopped: the sends in flight finished/);
    expect(existsSync(journalPath({ resultsPath: path }))).toBe(false);
    const states = prepareFile(await openXlsx(path), {
      employeeType: "employee_id",
      workdayHours: 8,
    }).rows.map((v) => v.state);
    const written = states.filter((s) => s === "submitted").length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(60);
    expect(states.filter((s) => s === "submitted" || s === "ready")).toHaveLength(60);

    const second = await runCommand(["push", path, "--json"], stack.env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).summary).toMatchObject({ submitted: 60, written: 60 - written });
    const keys = JSON.parse(second.stdout).rows.map(
      (r: { request: { user_approval: { leaves: { idempotent_id: string }[] } } }) =>
        r.request.user_approval.leaves[0].idempotent_id,
    );
    const counts = stack.emu.countsByIdempotentId();
    expect(keys.map((k: string) => counts.get(k))).toEqual(keys.map(() => 1));
  });
});
