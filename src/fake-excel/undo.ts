/**
 * The fake's undo stack, as Excel keeps it (docs/office-addin.md §5.10):
 * - the clerk's own edits (typing, pasting, inserting, deleting, sorting rows) are steps;
 * - below ExcelApi 1.20 a sync of an add-in that changed the workbook clears the stack, so
 *   nothing from before it can be undone, and the add-in's change itself cannot be either;
 * - from ExcelApi 1.20 each sync that changed something is one step, and every sync of an
 *   `Excel.run({ mergeUndoGroup: true })` together is one step.
 * A step remembers each cell as it was before its first change in the step, a whole sheet
 * before a row insert, delete or sort, and every table's place and the conditional formats
 * as they were. Undo restores them and fires the change events Excel fires for an undo
 * (the clerk's action: triggerSource "Unknown"). Column widths, visibility and the like are
 * not restored. Excel keeps 100 steps; so does the fake, and it drops the oldest past a million
 * remembered cells, to bound its own memory.
 */
import type { Rect } from "../excel/a1";
import type { CellModel, ConditionalFormatModel, SheetModel, TableModel } from "./book";

/** What a step changed, for the events its undo fires. */
export interface StepChange {
  sheet: SheetModel;
  rect: Rect;
  changeType: string;
}

interface SheetCopy {
  cells: Map<number, CellModel>;
  hiddenRows: Set<number>;
  extent: { rows: number; cols: number };
}

/** What a step remembers of one sheet: the sheet before its rows first moved, and cells as they were before their first change until then. */
interface SheetBefore {
  cells: Map<number, CellModel | undefined>;
  whole?: SheetCopy;
}

export interface UndoStep {
  who: "user" | "addin";
  sheets: Map<SheetModel, SheetBefore>;
  tables: { model: TableModel; row: number; col: number; rows: number; cols: number }[];
  formats: Map<SheetModel, ConditionalFormatModel[]>;
  changes: StepChange[];
  dirty: boolean;
  /** False below ExcelApi 1.20 for add-in syncs: only whether it changed anything matters. */
  keep: boolean;
}

const MAX_STEPS = 100;
/** Cells remembered over all steps; past it the oldest steps go (Excel's own bound is its memory). */
const MAX_CELLS = 1_000_000;

function copyCell(c: CellModel): CellModel {
  const copy = { ...c };
  if (c.dv) copy.dv = { ...c.dv };
  return copy;
}

function copySheet(s: SheetModel): SheetCopy {
  const cells = new Map<number, CellModel>();
  for (const [k, c] of s.cells) cells.set(k, copyCell(c));
  return { cells, hiddenRows: new Set(s.hiddenRows), extent: { ...s.extent } };
}

const sizeOf = (step: UndoStep): number =>
  [...step.sheets.values()].reduce((n, b) => n + b.cells.size + (b.whole?.cells.size ?? 0), 0);

const INVERSE: Record<string, string> = { RowInserted: "RowDeleted", RowDeleted: "RowInserted" };

export class UndoLog {
  steps: UndoStep[] = [];
  /** The step changes are noted in right now (while a sync applies, or a clerk's action runs). */
  current: UndoStep | null = null;

  constructor(
    private readonly tables: () => TableModel[],
    private readonly sheets: () => SheetModel[],
  ) {}

  /** Opens a step; `keep` false notes only whether something changed. */
  open(who: "user" | "addin", keep: boolean): UndoStep {
    const step: UndoStep = {
      who,
      sheets: new Map(),
      tables: keep ? this.tables().map((model) => ({ model, ...model })) : [],
      formats: keep
        ? new Map(
            this.sheets().map((s) => [s, s.conditionalFormats.map((f) => ({ ...f, rect: { ...f.rect } }))]),
          )
        : new Map(),
      changes: [],
      dirty: false,
      keep,
    };
    this.current = step;
    return step;
  }

  /** Continues a step opened earlier (the next sync of a merged undo group). */
  resume(step: UndoStep): void {
    this.current = step;
  }

  /** Closes the current step: an add-in step below 1.20 that changed something clears the stack; a kept step that changed something is pushed. */
  close(step: UndoStep): void {
    this.current = null;
    if (!step.dirty) return;
    if (!step.keep) {
      this.steps = [];
      return;
    }
    if (!this.steps.includes(step)) this.steps.push(step);
    let cells = this.steps.reduce((n, x) => n + sizeOf(x), 0);
    while (this.steps.length > MAX_STEPS || (cells > MAX_CELLS && this.steps.length > 1))
      cells -= sizeOf(this.steps.shift() as UndoStep);
  }

  private before(sheet: SheetModel): SheetBefore | null {
    const step = this.current;
    if (!step) return null;
    step.dirty = true;
    if (!step.keep) return null;
    let b = step.sheets.get(sheet);
    if (!b) step.sheets.set(sheet, (b = { cells: new Map() }));
    return b;
  }

  /** Before a cell is changed (or created) under key `k`. */
  noteCell(sheet: SheetModel, k: number, cell: CellModel | undefined): void {
    const b = this.before(sheet);
    // Once the sheet's rows moved in this step, its copy from before says it all.
    if (!b || b.whole || b.cells.has(k)) return;
    b.cells.set(k, cell ? copyCell(cell) : undefined);
  }

  /** Before rows of a sheet move (insert, delete, sort, table rows or columns added). */
  noteSheet(sheet: SheetModel): void {
    const b = this.before(sheet);
    if (b && !b.whole) b.whole = copySheet(sheet);
  }

  /** A change other than cells (a table renamed, a format rule added…). */
  noteOther(): void {
    if (this.current) this.current.dirty = true;
  }

  noteChange(change: StepChange): void {
    this.current?.changes.push(change);
  }

  /** Undoes the last step; returns the events to fire, or null when there is nothing to undo. */
  undo(setTables: (t: TableModel[]) => void): StepChange[] | null {
    const step = this.steps.pop();
    if (!step) return null;
    for (const [sheet, b] of step.sheets) {
      if (b.whole) Object.assign(sheet, b.whole);
      for (const [k, cell] of b.cells) {
        if (cell) sheet.cells.set(k, copyCell(cell));
        else sheet.cells.delete(k);
      }
    }
    for (const t of step.tables)
      Object.assign(t.model, { row: t.row, col: t.col, rows: t.rows, cols: t.cols });
    setTables(step.tables.map((t) => t.model));
    for (const [sheet, formats] of step.formats) sheet.conditionalFormats = formats;
    return step.changes
      .slice()
      .reverse()
      .map((c) => ({ ...c, changeType: INVERSE[c.changeType] ?? "RangeEdited" }));
  }
}
