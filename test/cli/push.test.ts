/**
 * push through the real proxy and emulator: results written into the workbook as the pane
 * writes them, a second push sends nothing, --dry-run sends nothing and changes nothing, and
 * --json prints the documented shape with the bodies that were posted.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogDisplay, DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { optionDisplay, UNIT } from "../../src/core/enums";
import { openXlsx } from "../../src/cli/files/xlsx";
import { putRows, rowOf, runCommand } from "./support/harness";
import { startCliStack, type CliStack } from "./support/stack";

jest.setTimeout(60_000);

let stack: CliStack;
beforeAll(async () => {
  stack = await startCliStack();
});
afterAll(() => stack.close());

const leave = (n: number, extra: Record<string, string | number> = {}) =>
  rowOf("leave", {
    employee: `E${String(n).padStart(4, "0")}`,
    type: catalogDisplay(DEFAULT_CATALOG[0]),
    start_time: `2026-03-${String(2 + (n % 20)).padStart(2, "0")} 09:00`,
    end_time: `2026-03-${String(2 + (n % 20)).padStart(2, "0")} 18:00`,
    unit: optionDisplay(UNIT.options[0], "zh-CN"),
    duration: 1,
    reason: `示例 ${n}`,
    ...extra,
  });

async function workbook(rows: ReturnType<typeof leave>[]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "cli-push-")), "book.xlsx");
  expect((await runCommand(["template", path, "--lang", "zh-CN"])).code).toBe(0);
  await putRows(path, "leave", rows);
  return path;
}

const created = () => stack.emu.records().length;

test("push writes every ready row once, stores Status, Approval ID and Key, and a second push sends nothing", async () => {
  const path = await workbook([leave(101), leave(102), leave(103, { start_time: "not a date" })]);
  const before = created();
  const first = await runCommand(["push", path, "--json"], stack.env);
  expect(first.stderr).not.toMatch(/Error/);
  expect(first.code).toBe(1); // one row needs fixing
  expect(created() - before).toBe(2);
  const doc = JSON.parse(first.stdout);
  expect(doc.summary).toMatchObject({ written: 2, submitted: 2, invalid: 1 });
  const file = await openXlsx(path);
  const t = file.tables.find((x) => x.kind === "leave")!;
  const cols = t.snapshot.headers;
  const cell = (row: number, header: string) => t.snapshot.rows[row][cols.indexOf(header)];
  expect(cell(0, "状态")).toBe("已写入");
  expect(String(cell(0, "审批ID"))).toMatch(/^\d{10,}$/);
  expect(cell(0, "发送编号")).toBe(doc.rows[0].request.user_approval.leaves[0].idempotent_id);
  expect(cell(2, "状态")).toBe("有问题");

  const again = await runCommand(["push", path, "--json"], stack.env);
  expect(created() - before).toBe(2);
  expect(JSON.parse(again.stdout).summary).toMatchObject({ written: 0, submitted: 2 });
});

test("--dry-run sends nothing and leaves the file as it was; --json requests are the bodies a push posts", async () => {
  const path = await workbook([leave(111), leave(112)]);
  const bytes = readFileSync(path);
  const before = created();
  const dry = await runCommand(["push", path, "--dry-run", "--json"], stack.env);
  expect(dry.code).toBe(0);
  expect(created()).toBe(before);
  expect(readFileSync(path).equals(bytes)).toBe(true);
  const planned = JSON.parse(dry.stdout);
  expect(planned.rows).toHaveLength(2);
  for (const r of planned.rows)
    expect(Object.keys(r).sort()).toEqual(
      ["approval_id", "employee", "errors", "kind", "request", "row", "sheet", "state"].sort(),
    );
  expect(planned.rows[0]).toMatchObject({
    sheet: "请假",
    row: 2,
    kind: "leave",
    employee: "E0111",
    state: "ready",
  });

  const real = await runCommand(["push", path, "--json"], stack.env);
  expect(real.code).toBe(0);
  const posted = stack.emu.records().slice(before);
  expect(posted).toHaveLength(2);
  const sent = JSON.parse(real.stdout).rows.map((r: { request: unknown }) => JSON.stringify(r.request));
  expect(sent).toEqual(planned.rows.map((r: { request: unknown }) => JSON.stringify(r.request)));
});

test("emails in the Employee column are looked up, kept in the hidden people sheet and not asked again", async () => {
  const path = await workbook([
    leave(121, { employee: "e0121@example.com" }),
    leave(122, { employee: "E0122" }),
  ]);
  const lookups = () =>
    Object.entries(stack.emu.stats().byPath)
      .filter(([p]) => p.includes("batch_get_id"))
      .reduce((n, [, c]) => n + c, 0);
  const asked = lookups();
  const ran = await runCommand(["push", path, "--json"], stack.env);
  expect(ran.code).toBe(0);
  expect(lookups()).toBe(asked + 1);
  const [first] = JSON.parse(ran.stdout).rows;
  expect(first.employee).toBe("e0121@example.com");
  expect(first.request.user_approval.user_id).toBe("E0121");
  const file = await openXlsx(path);
  expect(file.peopleRows.map((r) => r.slice(0, 3))).toEqual([
    ["email:e0121@example.com", "user_id", "E0121"],
  ]);

  const check = await runCommand(["check", path, "--json"], stack.env);
  expect(check.code).toBe(0);
  expect(lookups()).toBe(asked + 1);
});
