import type { RecordsSheet } from "../../src/core/records/records-sheet";
import type { RunLogEntry } from "../../src/core/run-log";
/** Fakes for the pane's ports: an adapter that records calls, a core with canned answers, a scripted client. */
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { emptySummary } from "../../src/core/engine/submit";
import type { SelfCheck } from "../../src/client/types";
import type { SubmitOptions, SubmitSummary } from "../../src/core/engine/types";
import type { RecordKind } from "../../src/core/kinds";
import type { CheckProgress } from "../../src/core/prepare";
import { LookFindings } from "../../src/core/records/findings";
import type { CoreSettings, Issue, PreparedRecord, RowResult } from "../../src/core/model";
import type { RowChanges, TemplateReport, WorkbookAdapter } from "../../src/excel/types";
import type {
  Credential,
  PaneClient,
  PaneCore,
  PanePorts,
  Prepared,
  Repaint,
  SelfCheckAnswer,
} from "../../src/taskpane/ports";
import { memoryStore } from "../../src/taskpane/settings";

export function issue(
  kind: RecordKind,
  row: number,
  column: string | null,
  code: string,
  severity: Issue["severity"] = "error",
): Issue {
  return { kind, row, column, code, severity, message_zh: `中文:${code}`, message_en: `English:${code}` };
}

export function record(
  kind: RecordKind,
  row: number,
  userId = `E${String(row + 1).padStart(4, "0")}`,
): PreparedRecord {
  return {
    kind,
    row,
    key: `key-${kind}-${row}`,
    fingerprint: `fp-${row}`,
    employeeType: "employee_id",
    body: { user_approval: { user_id: userId, date: "20260104", leaves: [] } },
  };
}

export class FakeAdapter implements WorkbookAdapter {
  calls: string[] = [];
  selection: RowChanges = [];
  shown: Repaint[] = [];
  written: RowResult[][] = [];
  selected: [RecordKind, number, string | null][] = [];
  report: TemplateReport = { created: ["leave", "out", "overtime", "trip"], repaired: [], unchanged: [] };
  private handler: ((c: RowChanges) => void) | null = null;
  unsubscribed = false;
  logged: { entry: RunLogEntry; locale: string }[] = [];
  recordsSheets: RecordsSheet[] = [];
  async writeFeishuRecords(content: RecordsSheet) {
    this.recordsSheets.push(content);
    return content.name;
  }
  async appendRunLog(entry: RunLogEntry, locale: string) {
    this.logged.push({ entry, locale });
  }

  async ensureTemplate() {
    this.calls.push("ensureTemplate");
    return this.report;
  }
  reads: (RecordKind[] | undefined)[] = [];
  async read(kinds?: RecordKind[]) {
    this.reads.push(kinds);
    this.calls.push("read");
    return { tables: [], catalog: [], dateSystem: 1900 as const };
  }
  rowReads: RowChanges[] = [];
  /** readRows answers `moved` (a table moved since the last look). */
  moved = false;
  /** When set, readRows waits for it (a slow workbook). */
  rowsGate: Promise<void> | null = null;
  async readRows(changes: RowChanges) {
    this.rowReads.push(changes);
    this.calls.push("readRows");
    if (this.rowsGate) await this.rowsGate;
    // The asked-for rows, as if each were in its table (what the pane hands the core).
    const tables = changes.map((c) => ({ kind: c.kind, headers: [], rows: [], partRows: c.rows }));
    return { tables, catalog: [], dateSystem: 1900 as const, ...(this.moved ? { moved: true } : {}) };
  }
  async showIssues(update: Repaint) {
    this.shown.push(update);
  }
  async writeResults(results: RowResult[]): Promise<RowResult[]> {
    this.written.push(results);
    return [];
  }
  people: string[][] = [];
  async readPeople() {
    this.calls.push("readPeople");
    return this.people.map((r) => [...r]);
  }
  async writePeople(rows: string[][]) {
    this.calls.push("writePeople");
    this.people = rows.map((r) => [...r]);
  }
  history: string[][] = [];
  async readHistory() {
    this.calls.push("readHistory");
    return this.history.map((r) => [...r]);
  }
  /** Whether the journal exists; a merge makes it (and answers true when it had to). */
  journal = true;
  async mergeHistory(rows: string[][]) {
    this.calls.push("mergeHistory");
    const created = !this.journal;
    this.journal = true;
    const byId = new Map(this.history.map((r) => [r[0], r] as const));
    for (const r of rows) byId.set(r[0], [...r]);
    this.history = [...byId.values()];
    return created;
  }
  async hasHistory() {
    return this.journal;
  }
  async select(kind: RecordKind, row: number, column: string | null) {
    this.selected.push([kind, row, column]);
  }
  /** When set, selectedRows rejects with it (e.g. several areas on an older Excel). */
  selectionError: unknown = null;
  async selectedRows() {
    if (this.selectionError) throw this.selectionError;
    return this.selection;
  }
  subscriptions = 0;
  async onRowsChanged(handler: (c: RowChanges) => void) {
    this.handler = handler;
    this.subscriptions++;
    return async () => {
      this.unsubscribed = true;
    };
  }
  /** What an edit in the sheet does: fire the change handler. */
  edit(changes: RowChanges) {
    this.handler?.(changes);
  }
  get subscribed() {
    return this.handler !== null;
  }
}

/** A finished run's summary: nothing written, failed or skipped unless `over` says so. */
export const submitSummary = emptySummary;

export class FakeCore implements PaneCore {
  readonly findings = new LookFindings();
  prepared: Prepared = { issues: [], records: [], rows: [], rowCounts: {}, headerRows: {} };
  prepares = 0;
  /** What update() answers; null = "no earlier check to build on". */
  repaint: Repaint | null = null;
  updates: RowChanges[] = [];
  runs: SubmitOptions[] = [];
  /** The test decides how a run goes; by default everything is written at once. */
  run: (o: SubmitOptions) => Promise<SubmitSummary> = async (o) => {
    o.onProgress?.({
      total: o.records.length,
      sent: o.records.length,
      ok: o.records.length,
      failed: 0,
      retrying: 0,
      remaining: 0,
      etaMs: 0,
    });
    await o.onResults?.(
      o.records.map((r) => ({ kind: r.kind, row: r.row, status: "submitted", approval_id: `A-${r.row}` })),
    );
    return submitSummary({ written: o.records.length });
  };
  /** The settings each check was given (the last one last). */
  settings: CoreSettings[] = [];
  prepare(_snapshot?: unknown, settings?: CoreSettings) {
    this.prepares++;
    if (settings) this.settings.push(settings);
    // As the real core: every check carries what the look at Feishu found (core/records/findings.ts).
    return this.findings.apply(this.prepared);
  }
  /** Steps of the check: `progressSteps` progress reports of 1,000 rows each, then the canned answer. */
  progressSteps = 0;
  /** How long each step works (busy, as checking rows does), in ms. */
  stepMs = 0;
  *prepareSteps(snapshot?: unknown, settings?: CoreSettings): Generator<CheckProgress, Prepared> {
    const total = this.progressSteps * 1000;
    for (let i = 1; i <= this.progressSteps; i++) {
      const until = performance.now() + this.stepMs;
      while (performance.now() < until) {
        // Busy on purpose: a step of the real check holds the thread this long.
      }
      yield { done: i * 1000, total };
    }
    return this.prepare(snapshot, settings);
  }
  update(_snapshot: unknown, changes: RowChanges) {
    this.updates.push(changes);
    return this.repaint ? { prepared: this.prepared, repaint: this.repaint } : null;
  }
  submit(o: SubmitOptions) {
    this.runs.push(o);
    return this.run(o);
  }
  contentKeys(table: { rows: unknown[] }) {
    return table.rows.map(() => undefined);
  }

  rememberLook(looked: readonly PreparedRecord[], issues: readonly Issue[]) {
    this.findings.remember(looked, issues);
  }
  withFindings(prepared: Prepared) {
    return this.findings.apply(prepared);
  }
}

/** The default query answer: Feishu holds nothing. */
const emptyQuery: PaneClient["transport"]["query"] = async () => ({
  answer: { status: 200, headers: {}, body: { code: 0, msg: "success", data: { user_approvals: [] } } },
});

export function fakeClientFactory(answer: SelfCheckAnswer, query = emptyQuery) {
  const made: { baseUrl: string; key: string; declaredName?: string }[] = [];
  const factory = (o: { baseUrl: string; credential: Credential; declaredName?: string }): PaneClient => {
    made.push({
      baseUrl: o.baseUrl,
      key: o.credential.type === "apiKey" ? o.credential.key : "(entra)",
      ...(o.declaredName ? { declaredName: o.declaredName } : {}),
    });
    return {
      transport: {
        create: async () => ({ answer: { status: 200, headers: {}, body: {} } }),
        query,
        process: async () => ({ answer: { status: 200, headers: {}, body: { code: 0, data: {} } } }),
      },
      lookup: async () => ({
        answer: { status: 200, headers: {}, body: { code: 0, data: { user_list: [] } } },
      }),
      selfCheck: async () => answer,
    };
  };
  return Object.assign(factory, { made });
}

export const SELF_CHECK: SelfCheck = {
  ok: true,
  upstream: "emulator",
  baseUrl: "http://127.0.0.1:1",
  appId: "cli_test123",
  token: { ok: true, message: "ok" },
  calls: { create: true, query: true, process: true, batchGetId: true },
  caller: "clerk-key",
  pacePerSecond: 45,
};
export const OK_CHECK: SelfCheckAnswer = { ok: true, check: SELF_CHECK };

export interface Harness {
  adapter: FakeAdapter;
  core: FakeCore;
  ports: PanePorts;
  client: ReturnType<typeof fakeClientFactory>;
}

export function harness(
  options: {
    answer?: SelfCheckAnswer;
    storedKey?: string;
    /** The "Your name" setting stored with the key. */
    yourName?: string;
    displayLanguage?: string;
    /** How the proxy answers user_approvals/query (default: Feishu holds nothing). */
    query?: PaneClient["transport"]["query"];
  } = {},
): Harness {
  const adapter = new FakeAdapter();
  const core = new FakeCore();
  const client = fakeClientFactory(options.answer ?? OK_CHECK, options.query);
  const store = memoryStore();
  if (options.storedKey !== undefined) {
    store.setItem(
      "feishu-attendance.settings.v1",
      JSON.stringify({
        proxyUrl: "https://proxy.test",
        credential: { type: "apiKey", key: options.storedKey },
        ...(options.yourName ? { yourName: options.yourName } : {}),
      }),
    );
  }
  const ports: PanePorts = {
    adapter,
    core,
    createClient: client,
    store,
    defaultProxyUrl: "https://pane.test",
    displayLanguage: options.displayLanguage ?? "en-US",
    now: () => 0,
  };
  return { adapter, core, ports, client };
}

export function renderPane(h: Harness, displayLanguage = "en-US") {
  return render(<App ports={h.ports} displayLanguage={displayLanguage} />);
}
