/**
 * What the adapter remembers between calls (which table is which kind, how far our highlight
 * rules reach) and the dependencies it was given.
 */
import type { RecordKind } from "../core/kinds";
import { findTables, layoutOf, queueLayout, type TableLayout } from "./layout";
import type { ExcelRun, XlContext } from "./office-subset";
import { CATALOG_TABLE } from "./lists";
import { PlannedWrites, WRITE_BYTE_BUDGET } from "./payload";
import { ShownCells } from "./shown";

export interface ExcelAdapterDeps {
  /** `Excel.run` (officeRun) or the fake's runner. */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported("ExcelApi", v)` or the fake's. */
  supports(version: string): boolean;
  now?: () => number;
  /** Timer for coalescing change events; returns a cancel function. */
  schedule?: (fn: () => void, ms: number) => () => void;
  debounceMs?: number;
  /** Rows per read/write block (default 5,000). */
  chunkRows?: number;
  /** Cells read per sync, values and number formats counted once each (default 240,000 ≈ 3 MB). */
  syncCellBudget?: number;
  /** UTF-8 bytes of values one sync may write (default 2,000,000; Excel on the web refuses 5 MB). */
  writeByteBudget?: number;
}

export type Deps = Required<ExcelAdapterDeps>;

export function withDefaults(d: ExcelAdapterDeps): Deps {
  return {
    now: () => Date.now(),
    schedule: (fn, ms) => {
      if (ms > 0) {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      }
      // No wait asked: right after what runs now (the events Excel handed over together), before
      // the browser paints, so an edit's read is already on its way while the page repaints.
      let live = true;
      queueMicrotask(() => {
        if (live) fn();
      });
      return () => {
        live = false;
      };
    },
    // Events that arrive together (one paste, several areas) are taken together; no wait beyond that.
    debounceMs: 0,
    chunkRows: 5000,
    syncCellBudget: 240_000,
    writeByteBudget: WRITE_BYTE_BUDGET,
    ...d,
  };
}

/** Without triggerSource (ExcelApi < 1.14) events this long after our own writes may be ours. */
export const OWN_WRITE_WINDOW_MS = 800;

/**
 * How long a layout confirmed by a sync is trusted for a write without looking again: a live
 * edit's marks are written right after its rows were read (and the tables found), so the write
 * needs no sync of its own to find them. A table moved in between would be missed, as it would
 * between a look and a write of one batch; that gap is the edit's checking, milliseconds, and
 * this bound keeps an older look from ever standing in for one.
 */
export const FRESH_LAYOUT_MS = 1000;

export const isItemNotFound = (e: unknown): boolean =>
  (e as { code?: string } | null)?.code === "ItemNotFound";

export class AdapterSession {
  private known: Map<RecordKind, string> | null = null;
  /** Whether the types catalog table existed at the last look. */
  hasCatalog = false;
  /** Body rows our highlight rules were last laid over, per kind. */
  readonly ruleRows = new Map<RecordKind, number>();
  /** Each kind's layout at the last look, for reads that guess where rows are and check it in the same sync. */
  readonly seen = new Map<RecordKind, TableLayout>();
  /** What our Status, Message and marks cells hold, so showIssues() writes only what changes. */
  shown = new ShownCells();
  /** When each kind's layout in `seen` was confirmed by a sync (deps.now()). */
  private seenAt = new Map<RecordKind, number>();
  private quietUntil = 0;
  private writing = 0;

  constructor(readonly deps: Deps) {}

  /** Tables are no longer where we thought (or, with `tables`, are now exactly there). */
  forget(tables: Map<RecordKind, string> | null = null, catalog = false): void {
    this.known = tables;
    this.hasCatalog = catalog;
    this.seenAt.clear();
    this.shown = new ShownCells();
  }

  /**
   * The layouts of `kinds` (missing tables left out), with `extra` loads queued into the same
   * sync: one sync when the tables are where they were, two more when they must be found.
   */
  async locate<T>(
    context: XlContext,
    kinds: readonly RecordKind[],
    extra: (tables: ReadonlyMap<RecordKind, string>) => T,
  ): Promise<{ layouts: TableLayout[]; extra: T }> {
    const known = this.known;
    if (known && kinds.every((k) => known.has(k))) {
      const pending = kinds.map((k) => queueLayout(context, k, known.get(k) as string));
      const more = extra(known);
      try {
        await context.sync();
        return {
          layouts: this.saw(pending.map((p) => layoutOf(p, known.get(p.kind) as string))),
          extra: more,
        };
      } catch (e) {
        if (!isItemNotFound(e)) throw e;
      }
    }
    const { kinds: found, catalog } = await findTables(context, CATALOG_TABLE);
    this.known = found;
    this.hasCatalog = catalog;
    const present = kinds.filter((k) => found.has(k));
    const pending = present.map((k) => queueLayout(context, k, found.get(k) as string));
    const more = extra(found);
    await context.sync();
    return { layouts: this.saw(pending.map((p) => layoutOf(p, found.get(p.kind) as string))), extra: more };
  }

  private saw(layouts: TableLayout[]): TableLayout[] {
    const now = this.deps.now();
    for (const l of layouts) {
      this.seen.set(l.kind, l);
      this.seenAt.set(l.kind, now);
    }
    return layouts;
  }

  /** The layouts of `kinds` when each was confirmed within FRESH_LAYOUT_MS, else null. */
  fresh(kinds: readonly RecordKind[]): TableLayout[] | null {
    const now = this.deps.now();
    const layouts: TableLayout[] = [];
    for (const k of kinds) {
      const at = this.seenAt.get(k);
      const layout = this.seen.get(k);
      if (at === undefined || !layout || now - at > FRESH_LAYOUT_MS) return null;
      layouts.push(layout);
    }
    return layouts;
  }

  /**
   * A run that writes: on ExcelApi 1.20+ with `mergeUndoGroup`, so all its syncs are one undo
   * step (one Ctrl+Z takes back one repaint, not a part of it); older hosts clear the undo
   * stack on any add-in write (docs/office-addin.md).
   */
  writeRun<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    return this.deps.supports("1.20") ? this.deps.run({ mergeUndoGroup: true }, batch) : this.deps.run(batch);
  }

  /** Syncs our own writes, so change events they cause can be told apart on older hosts. */
  async syncWrites(context: XlContext): Promise<void> {
    this.writing += 1;
    try {
      await context.sync();
    } finally {
      this.writing -= 1;
      this.quietUntil = this.deps.now() + OWN_WRITE_WINDOW_MS;
    }
  }

  /** True when an event without triggerSource may come from our own writes. */
  inOwnWriteWindow(): boolean {
    return this.writing > 0 || this.deps.now() < this.quietUntil;
  }

  /** A plan for writes that will be synced under this adapter's byte budget. */
  planWrites(): PlannedWrites {
    return new PlannedWrites(this.deps.writeByteBudget, this.deps.chunkRows);
  }

  /**
   * Queues the planned writes and syncs them, one sync per group under the byte budget
   * (one sync when they fit; anything queued before is sent with the first group).
   */
  async syncPlanned(context: XlContext, writes: PlannedWrites): Promise<void> {
    return this.syncGroups(context, writes.groups());
  }

  private async syncGroups(context: XlContext, groups: (() => void)[][]): Promise<void> {
    const [group, ...rest] = groups;
    if (!group) return;
    for (const queue of group) queue();
    await this.syncWrites(context);
    return this.syncGroups(context, rest);
  }
}

/** [start, count] blocks of at most `size` rows covering 0..total-1. */
export function rowBlocks(total: number, size: number): [number, number][] {
  const blocks: [number, number][] = [];
  for (let s = 0; s < total; s += size) blocks.push([s, Math.min(size, total - s)]);
  return blocks;
}
