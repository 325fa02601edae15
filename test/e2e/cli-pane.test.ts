/**
 * The command and the pane are one product: for the playground's sample workbook the command's
 * requests are the pane's, byte for byte (the pane side: the Excel adapter over the fake
 * workbook, the pane's core bridge and scope, as the playground runs them); a workbook the pane
 * sent, pushed by the command, sends nothing; a workbook the command pushed, sent from the pane,
 * sends nothing. Proxy and emulator are real, on ephemeral ports.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planRecords } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import type { Locale } from "../../src/core/i18n";
import type { CellValue } from "../../src/core/model";
import { KINDS } from "../../src/core/kinds";
import { createExcelAdapter } from "../../src/excel/adapter";
import { createFakeExcel } from "../../src/fake-excel";
import { playgroundBook } from "../../src/playground/book-store";
import { addSampleLeaves } from "../../src/playground/sample-rows";
import { createPaneCore } from "../../src/taskpane/core-bridge";
import { scopeRecords } from "../../src/taskpane/state/selectors";
import { openXlsx } from "../../src/cli/files/xlsx";
import { writeTemplate } from "../../src/cli/template";
import { putRows, runCommand } from "../cli/support/harness";
import { startCliStack, type CliStack } from "../cli/support/stack";

jest.setTimeout(120_000);

// A fresh Feishu per test: the samples always name E0001… on the same day.
let stack: CliStack;
beforeEach(async () => {
  stack = await startCliStack();
});
afterEach(() => stack.close());

/** The playground's workbook after Set up and "Paste sample rows". */
async function playground(locale: Locale, rows: number) {
  const fake = createFakeExcel();
  const adapter = createExcelAdapter({ run: fake.run, supports: fake.supports });
  await adapter.ensureTemplate({ locale });
  expect(addSampleLeaves(playgroundBook(fake), rows, locale)).toBe(rows);
  await fake.settle();
  return { fake, adapter, core: createPaneCore() };
}

type Pane = Awaited<ReturnType<typeof playground>>;

/** What the pane's Send would post, in order (pending scope, resumed rows under their keys). */
async function paneRequests({ adapter, core }: Pane) {
  const prepared = core.prepare(await adapter.read(), DEFAULT_SETTINGS);
  return { prepared, records: planRecords(scopeRecords(prepared, "pending", []), prepared.rows) };
}

/** The Leave table's header and body as the fake holds them (values and number formats). */
function leaveCells({ fake }: Pane, locale: Locale) {
  const sheet = KINDS.leave.sheet[locale === "zh-CN" ? "zh" : "en"];
  const snap = fake.snapshot(sheet);
  const t = snap.tables.find((x) => x.name === KINDS.leave.table)!;
  const slice = <T>(rows: T[][]) =>
    rows.slice(t.row + 1, t.row + 1 + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
  return {
    sheet,
    headers: snap.values[t.row].slice(t.col, t.col + t.cols),
    values: slice(snap.values) as CellValue[][],
    formats: slice(snap.numberFormats),
  };
}

/** The same cells in a workbook the command wrote (its template), as a clerk would copy them over. */
async function asFile(pane: Pane, locale: Locale): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "cli-pane-")), "book.xlsx");
  await writeTemplate(path, locale);
  const cells = leaveCells(pane, locale);
  const file = await openXlsx(path);
  const headers = file.tables.find((t) => t.kind === "leave")!.snapshot.headers;
  expect(cells.headers.map((h) => (h === "问题标记" || h === "Issue marks" ? "" : h))).toEqual(headers);
  await putRows(path, "leave", cells.values, cells.formats);
  return path;
}

const creates = () => Object.values(stack.emu.stats().createsByKey).reduce((a, b) => a + b, 0);

test.each(["zh-CN", "en-US"] as const)(
  "%s: the command's requests for the playground's sample workbook are the pane's, byte for byte",
  async (locale) => {
    const pane = await playground(locale, 40);
    const { records } = await paneRequests(pane);
    expect(records).toHaveLength(40);
    const path = await asFile(pane, locale);
    const ran = await runCommand(["check", path, "--json"], { LANG: "en_US.UTF-8" });
    expect(ran.code).toBe(0);
    const cli = JSON.parse(ran.stdout).rows.map((r: { request: unknown }) => JSON.stringify(r.request));
    expect(cli).toEqual(records.map((r) => JSON.stringify(r.body)));
  },
);

test("a workbook the pane sent, pushed by the command, sends nothing", async () => {
  const pane = await playground("zh-CN", 12);
  const { prepared, records } = await paneRequests(pane);
  const summary = await pane.core.submit({
    records,
    stored: prepared.rows,
    transport: stack.client.transport,
    locale: "zh-CN",
    onResults: async (batch) => {
      await pane.adapter.writeResults(batch, (table) => pane.core.contentKeys(table));
    },
  });
  expect(summary.written).toBe(12);
  const path = await asFile(pane, "zh-CN");
  const before = creates();
  const ran = await runCommand(["push", path, "--json"], stack.env);
  expect(ran.code).toBe(0);
  expect(creates()).toBe(before);
  expect(JSON.parse(ran.stdout).summary).toMatchObject({ written: 0, submitted: 12 });
});

test("a workbook the command pushed, sent from the pane, sends nothing", async () => {
  const sample = await playground("en-US", 12);
  const path = await asFile(sample, "en-US");
  const before = creates();
  expect((await runCommand(["push", path], stack.env)).code).toBe(0);
  expect(creates()).toBe(before + 12);

  const pane = await playground("en-US", 0);
  const rows = (await openXlsx(path)).tables.find((t) => t.kind === "leave")!.snapshot.rows;
  const width = rows[0].length;
  pane.fake.userEdit("Leave", `A2:${String.fromCharCode(64 + width)}${rows.length + 1}`, rows as never);
  await pane.fake.settle();
  const { prepared, records } = await paneRequests(pane);
  expect(prepared.rows.filter((v) => v.state === "submitted")).toHaveLength(12);
  const summary = await pane.core.submit({
    records,
    stored: prepared.rows,
    transport: stack.client.transport,
    locale: "en-US",
    onResults: async (batch) => {
      await pane.adapter.writeResults(batch, (table) => pane.core.contentKeys(table));
    },
  });
  expect(summary.written).toBe(0);
  expect(creates()).toBe(before + 12);
});
