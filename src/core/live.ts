/**
 * Live validation while the clerk types: only the changed rows are read again, and the rows
 * whose cross-row result may change with them (the same person's rows in the kinds that are
 * overlap-checked together, rows sharing an External ID or content) are re-checked against the
 * whole workbook. Remembers the last state, so a person changed from A to B clears A's overlaps.
 */
import { buildRecord } from "./build";
import type { RecordKind } from "./kinds";
import { DEFAULT_SETTINGS, type CoreSettings, type Issue, type TableSnapshot } from "./model";
import {
  byTableAndRow,
  editedIssue,
  finishSteps,
  finishWorkbook,
  readTable,
  readTableSteps,
  type CheckProgress,
  type PrepareOptions,
  type PreparedWorkbook,
  type ReadTable,
} from "./prepare";
import type { RowVerdict } from "./row-state";
import { verdictOf } from "./verdicts";
import { DEFAULT_CATALOG, type CatalogEntry } from "./template/catalog";
import { headerRowsOf, sheetRowsOf, type HeaderRows } from "./sheet-rows";
import { crossCheck } from "./validate/cross";
import { GroupIndex, groupKeys } from "./live-groups";
import { headerKey, placeParts } from "./live-parts";
import { checkRows, isValid, type CheckedRow } from "./validate/table";
import type { RowFacts } from "./validate/types";

/** Changed rows by kind (0-based data rows), as the Excel side reports them. */
export type ChangedRows = { kind: RecordKind; rows: number[] }[];

/**
 * Issues and verdicts for exactly the rows in `scope` (`rows` omitted: the whole table,
 * table-level issues included). A row in scope without a verdict is blank.
 */
export interface LiveUpdate {
  issues: Issue[];
  scope: { kind: RecordKind; rows?: number[] }[];
  rows: RowVerdict[];
}

interface TableState {
  table: ReadTable;
  byRow: Map<number, CheckedRow>;
}

export class LiveValidator {
  private state = new Map<RecordKind, TableState>();
  /** The remembered rows by cross-row group (live-groups.ts), built at the first edit after a check. */
  private groups = new GroupIndex();

  constructor(
    private settings: CoreSettings = DEFAULT_SETTINGS,
    private catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
    private options: PrepareOptions = {},
  ) {}

  /** Reads every table from scratch and returns the full result. */
  load(snapshots: readonly TableSnapshot[]): PreparedWorkbook {
    this.forgetAll();
    for (const s of snapshots) this.remember(readTable(s, this.settings, this.catalog));
    return this.current();
  }

  /**
   * load() in steps of a thousand rows or so, so a pane can yield to the browser between them:
   * each step yields the progress; the generator returns the full result. Stopping it early
   * leaves the validator with no tables (a later load or update starts afresh).
   */
  *loadSteps(snapshots: readonly TableSnapshot[]): Generator<CheckProgress, PreparedWorkbook> {
    this.forgetAll();
    const rows = snapshots.reduce((n, s) => n + s.rows.length, 0);
    let base = 0;
    for (const s of snapshots) {
      const steps = readTableSteps(s, this.settings, this.catalog);
      for (let next = steps.next(); ; next = steps.next()) {
        if (next.done) {
          this.remember(next.value);
          break;
        }
        yield { done: base + next.value.done, total: rows * 2 };
      }
      base += s.rows.length;
    }
    // Blank rows are never finished: the second half counts checked rows on from where the first ended.
    const tables = this.tables();
    const checked = tables.reduce((n, t) => n + t.checked.length, 0);
    const result = yield* finishSteps(tables, this.settings, this.options, rows * 2 - checked, rows * 2);
    // The first edit after a check would otherwise build the group index (tens of ms on 20,000
    // rows) while the clerk waits: it is built now, in a step of its own.
    yield { done: rows * 2, total: rows * 2 };
    this.groups.built(() => this.rememberedRows());
    return result;
  }

  private rememberedRows(): RowFacts[] {
    return [...this.state.values()].flatMap((st) => [...st.byRow.values()]);
  }

  /** The full result for the remembered state (e.g. right before submitting). */
  current(): PreparedWorkbook {
    return finishWorkbook(this.tables(), this.settings, this.options);
  }

  private tables(): ReadTable[] {
    return [...this.state.values()].map((t) => ({
      ...t.table,
      checked: [...t.byRow.values()].sort((a, b) => a.row - b.row),
    }));
  }

  /** Re-checks changed rows; `snapshots` are the current tables of the changed kinds. Never throws. */
  update(snapshots: readonly TableSnapshot[], changes: ChangedRows): LiveUpdate {
    try {
      return this.applyUpdate(snapshots, changes);
    } catch {
      const full = this.load([
        ...snapshots,
        ...[...this.state.values()]
          .map((t) => t.table.snapshot)
          .filter((s) => !snapshots.some((n) => n.kind === s.kind)),
      ]);
      return {
        issues: full.issues,
        scope: [...this.state.keys()].map((kind) => ({ kind })),
        rows: full.rows,
      };
    }
  }

  /**
   * update() for tables read in part (`partRows`: only the changed rows), placed into the
   * remembered tables. Never throws. Null when they cannot be placed (headers changed, rows
   * deleted, a kind never read): the caller then reads everything.
   */
  updateParts(snapshots: readonly TableSnapshot[], changes: ChangedRows): LiveUpdate | null {
    try {
      const whole = placeParts(snapshots, (kind) => this.state.get(kind)?.table);
      return whole ? this.applyUpdate(whole, changes) : null;
    } catch {
      return null;
    }
  }

  /** Each table's header row in the sheet, as last read. */
  headerRows(): HeaderRows {
    return headerRowsOf([...this.state.values()].map((t) => t.table.snapshot));
  }

  private remember(table: ReadTable): void {
    this.state.set(table.snapshot.kind, { table, byRow: new Map(table.checked.map((c) => [c.row, c])) });
    this.groups.clear();
  }

  private forgetAll(): void {
    this.state.clear();
    this.groups.clear();
  }

  private applyUpdate(snapshots: readonly TableSnapshot[], changes: ChangedRows): LiveUpdate {
    const whole: RecordKind[] = [];
    const before: RowFacts[] = [];
    const after: RowFacts[] = [];
    for (const snapshot of snapshots) {
      const st = this.state.get(snapshot.kind);
      const rows = changes.filter((c) => c.kind === snapshot.kind).flatMap((c) => c.rows);
      if (
        !st ||
        !st.table.match ||
        st.table.match.missing.length ||
        headerKey(st.table.snapshot) !== headerKey(snapshot)
      ) {
        for (const c of st?.byRow.values() ?? []) before.push(c);
        this.remember(readTable(snapshot, this.settings, this.catalog));
        whole.push(snapshot.kind);
        for (const c of this.state.get(snapshot.kind)?.byRow.values() ?? []) after.push(c);
        continue;
      }
      const match = st.table.match;
      st.table = { ...st.table, snapshot };
      for (const r of rows) {
        const old = st.byRow.get(r);
        if (old) {
          before.push(old);
          this.groups.remove(old);
        }
        st.byRow.delete(r);
      }
      for (const c of checkRows(snapshot, match, this.settings, this.catalog, new Set(rows))) {
        st.byRow.set(c.row, c);
        this.groups.add(c);
        after.push(c);
      }
    }
    return this.rescope(changes, whole, [...before, ...after]);
  }

  /**
   * Issues for the changed rows and every row whose cross-row result depends on them: the rows
   * sharing a person (overlap group), an External ID or content with them, and so on until no
   * row is added, so each cross-row group is checked whole, exactly as a full check sees it.
   */
  private rescope(changes: ChangedRows, whole: RecordKind[], touched: RowFacts[]): LiveUpdate {
    const inScope = new Map<RecordKind, Set<number>>();
    const scopeOf = (kind: RecordKind): Set<number> => {
      let s = inScope.get(kind);
      if (!s) inScope.set(kind, (s = new Set()));
      return s;
    };
    for (const c of changes) for (const r of c.rows) scopeOf(c.kind).add(r);
    // The groups' closure, walked through the index: each group key is followed once.
    const taken = new Set<RowFacts>();
    const seenKeys = new Set<string>();
    const queue: string[] = [];
    const noteKeys = (f: RowFacts) => {
      for (const k of groupKeys(f))
        if (!seenKeys.has(k)) {
          seenKeys.add(k);
          queue.push(k);
        }
    };
    const take = (f: RowFacts) => {
      if (taken.has(f)) return;
      taken.add(f);
      noteKeys(f);
    };
    for (const f of touched) noteKeys(f);
    for (const kind of whole) for (const f of this.state.get(kind)?.byRow.values() ?? []) take(f);
    const groups = this.groups.built(() => this.rememberedRows());
    for (let k = queue.pop(); k !== undefined; k = queue.pop()) for (const f of groups.get(k) ?? []) take(f);
    // In sheet order, as a full check sees rows: which of two duplicates is flagged depends on it.
    const subset = [...taken].sort(byTableAndRow);
    for (const f of subset) scopeOf(f.kind).add(f.row);
    const within = (i: Issue) => whole.includes(i.kind) || (inScope.get(i.kind)?.has(i.row) ?? false);
    const sheetRow =
      this.options.sheetRow ??
      sheetRowsOf(headerRowsOf([...this.state.values()].map((t) => t.table.snapshot)));
    // Each row's field issues before its cross-row ones, as a full check lists them (the Message shows the first).
    const issues: Issue[] = [];
    for (const kind of whole) issues.push(...(this.state.get(kind)?.table.tableIssues ?? []));
    for (const [kind, rows] of inScope) {
      const st = this.state.get(kind);
      for (const r of rows) for (const i of st?.byRow.get(r)?.issues ?? []) issues.push(i);
    }
    issues.push(...crossCheck(subset, sheetRow).filter(within));
    const rows = this.verdicts(inScope, issues);
    const scope = [...inScope].map(([kind, rows]) =>
      whole.includes(kind) ? { kind } : { kind, rows: [...rows].sort((a, b) => a - b) },
    );
    return { issues, scope, rows };
  }

  /** The verdict of every non-blank row in scope; edited rows get their warning in `issues`. */
  private verdicts(inScope: Map<RecordKind, Set<number>>, issues: Issue[]): RowVerdict[] {
    const errorRows = new Set(
      issues.filter((i) => i.severity === "error").map((i) => `${i.kind}\u0000${i.row}`),
    );
    const out: RowVerdict[] = [];
    for (const [kind, rows] of inScope) {
      const st = this.state.get(kind);
      if (!st) continue;
      const input = { ...st.table, settings: this.settings };
      for (const r of [...rows].sort((a, b) => a - b)) {
        const c = st.byRow.get(r);
        if (!c) continue;
        const hasErrors = !isValid(c) || errorRows.has(`${kind}\u0000${r}`);
        const record =
          isValid(c) && !hasErrors ? buildRecord(c, this.settings.employeeType, c.fingerprint) : undefined;
        const v = verdictOf(input, c, hasErrors, record);
        if (v.state === "edited") issues.push(editedIssue(v));
        out.push(v);
      }
    }
    return out;
  }
}
