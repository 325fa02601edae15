/**
 * bench:shuffle's hands and eyes in the page: read the Leave table and the journal straight
 * from the fake workbook (`window.fakeExcel`), and disturb it as a clerk or a co-author would
 * (insert, delete or sort rows, type a new row, a co-author's new row), now or just before the
 * pane's next sync. Every call runs in one page task, so a read and the action after it see
 * the same workbook.
 */
import type { Page } from "playwright-core";

export const TABLE = "FeishuLeave";
export const JOURNAL_SHEET = "FeishuHistory";

/** One body row of the Leave table, by header (en-US template). */
export interface SheetRow {
  /** 0-based sheet row. */
  at: number;
  cells: Record<string, string>;
}

export type Disturbance = "insert" | "delete" | "sort" | "type" | "remote";

/** What the bench asks the page to do: `pick` and `count` in [0, 1) from the bench's PRNG. */
export interface DisturbOrder {
  kind: Disturbance;
  pick: number;
  count: number;
  /** Before the pane's next sync (`beforeNextSync`) rather than now. */
  between: boolean;
  /** A running number for typed rows (their employee and reason). */
  n: number;
}

/** The Leave table's body rows; blank rows (inserted by the bench) left out. */
export async function readTable(page: Page): Promise<SheetRow[]> {
  return page.evaluate((name) => {
    const f = (window as unknown as { fakeExcel: PageFake }).fakeExcel;
    const t = f.book.table(name);
    if (!t) throw new Error(`no table ${name}`);
    const text = (r: number, c: number) => String(f.book.value(t.sheet, r, c) ?? "");
    const headers = Array.from({ length: t.cols }, (_, j) => text(t.row, t.col + j));
    const rows = [];
    for (let r = t.row + 1; r <= t.row + t.rows; r++) {
      const cells: Record<string, string> = {};
      headers.forEach((h, j) => (cells[h] = text(r, t.col + j)));
      if (Object.values(cells).some((v) => v !== "")) rows.push({ at: r, cells });
    }
    return rows;
  }, TABLE);
}

/** Every approval ID the journal sheet names (none when the sheet is gone). */
export async function journalIds(page: Page): Promise<string[]> {
  return page.evaluate((sheet) => {
    const f = (window as unknown as { fakeExcel: PageFake }).fakeExcel;
    const s = f.book.sheet(sheet);
    if (!s) return [];
    const ids: string[] = [];
    for (const row of f.snapshot(sheet, 1_000_000).values)
      for (const v of row) if (/^\d{10,}$/.test(String(v ?? ""))) ids.push(String(v));
    return ids;
  }, JOURNAL_SHEET);
}

/**
 * What the disturbances did so far: how many took effect (one set before a sync counts when
 * that sync comes) and the rows the bench deleted, each read just before it was deleted.
 */
export async function disturbed(page: Page): Promise<{ done: number; deleted: SheetRow[] }> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return { done: w.benchDone ?? 0, deleted: w.benchDeleted ?? [] };
  });
}

/** Applies one disturbance, now or just before the pane's next sync (see `disturbed`). */
export async function disturb(page: Page, order: DisturbOrder): Promise<void> {
  await page.evaluate(
    ([name, o]) => {
      const w = window as unknown as BenchWindow;
      const f = w.fakeExcel;
      const t = f.book.table(name);
      if (!t) return;
      const sheet = t.sheet.name;
      const letter = (c: number) => {
        let s = "";
        for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
          s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        return s;
      };
      const raw = (r: number, c: number) => f.book.value(t.sheet, r, c);
      const text = (r: number, c: number) => String(raw(r, c) ?? "");
      const headers = Array.from({ length: t.cols }, (_, j) => text(t.row, t.col + j));
      const act = (): void => {
        const at = t.row + 1 + Math.floor(o.pick * t.rows);
        if (o.kind === "insert") f.userInsertRows(sheet, at, 1 + Math.floor(o.count * 2));
        else if (o.kind === "delete") {
          const cells: Record<string, string> = {};
          headers.forEach((h, j) => (cells[h] = text(at, t.col + j)));
          (w.benchDeleted ??= []).push({ at, cells });
          f.userDeleteRows(sheet, at, 1);
        } else if (o.kind === "sort") {
          const by = ["Reason", "Employee ID", "Start", "Approval ID"][Math.floor(o.count * 4)];
          f.userSortTable(name, by, o.pick < 0.5);
        } else {
          // A new row typed right below the table (the table grows), copied from a sent row.
          const model = t.row + 1;
          const values = headers.map((h, j) => {
            if (h === "Employee ID") return `E${1200 + o.n + (o.kind === "remote" ? 400 : 0)}`;
            if (h === "Reason") return `${o.kind === "remote" ? "Co-author" : "Typed"} ${o.n}`;
            return raw(model, t.col + j);
          });
          const input = values.slice(0, headers.indexOf("Status"));
          const below = t.row + t.rows + 2;
          const address = `${letter(t.col)}${below}:${letter(t.col + input.length - 1)}${below}`;
          if (o.kind === "remote") f.remoteEdit(sheet, address, [input]);
          else f.userEdit(sheet, address, [input]);
        }
      };
      const counted = () => {
        try {
          act();
          w.benchDone = (w.benchDone ?? 0) + 1;
        } catch {
          // Excel refused it (e.g. nothing to sort): not a disturbance.
        }
      };
      if (o.between) f.beforeNextSync(counted);
      else counted();
    },
    [TABLE, order] as const,
  );
}

interface BenchWindow {
  fakeExcel: PageFake;
  benchDone?: number;
  benchDeleted?: SheetRow[];
}

/** The few members of `window.fakeExcel` these page functions use. */
interface PageFake {
  book: {
    table(
      name: string,
    ): { sheet: { name: string }; row: number; col: number; rows: number; cols: number } | undefined;
    sheet(name: string): object | undefined;
    beforeSync: (() => void)[];
    value(sheet: { name: string }, row: number, col: number): unknown;
  };
  snapshot(sheet: string, maxRows?: number): { values: unknown[][] };
  userSelect(sheet: string, address: string): void;
  beforeNextSync(fn: () => void): void;
  userInsertRows(sheet: string, atRow: number, count: number): void;
  userDeleteRows(sheet: string, atRow: number, count: number): void;
  userSortTable(table: string, column: string, ascending: boolean): void;
  userEdit(sheet: string, address: string, values: unknown[][]): void;
  remoteEdit(sheet: string, address: string, values: unknown[][]): void;
}

/** Runs now any disturbance still waiting for a sync, so the next round starts from a still sheet. */
export async function flush(page: Page): Promise<void> {
  await page.evaluate(() => {
    const f = (window as unknown as BenchWindow).fakeExcel;
    for (const fn of f.book.beforeSync.splice(0)) fn();
  });
}

/** Written rows (Status "Submitted", an Approval ID) whose ID is not in `skip`, read in the page. */
const liveIn = (rows: SheetRow[], skip: string[]) =>
  rows.filter(
    (r) => r.cells["Approval ID"] && r.cells.Status === "Submitted" && !skip.includes(r.cells["Approval ID"]),
  );

/**
 * Selects `n` adjacent written rows (the `pick`-th such block) as the clerk would, in the same
 * page task as the read; resolves with those rows (none when no such block is left).
 */
export async function selectBlock(page: Page, pick: number, n: number, skip: string[]): Promise<SheetRow[]> {
  const rows = liveIn(await readTable(page), skip);
  const starts = rows.flatMap((r, i) =>
    i + n <= rows.length && rows[i + n - 1].at - r.at === n - 1 ? [i] : [],
  );
  if (!starts.length) return [];
  const block = rows.slice(starts[Math.floor(pick * starts.length)]).slice(0, n);
  const still = await page.evaluate(
    ([name, first, count, ids]) => {
      const f = (window as unknown as BenchWindow).fakeExcel;
      const t = f.book.table(name);
      if (!t) return false;
      const col = (h: string) =>
        Array.from({ length: t.cols }, (_, j) => f.book.value(t.sheet, t.row, t.col + j)).indexOf(h);
      const idCol = t.col + col("Approval ID");
      if (ids.some((id, i) => String(f.book.value(t.sheet, first + i, idCol)) !== id)) return false;
      f.userSelect(t.sheet.name, `A${first + 1}:A${first + count}`);
      return true;
    },
    [TABLE, block[0].at, n, block.map((r) => r.cells["Approval ID"])] as const,
  );
  return still ? block : [];
}

/** The clerk edits the Reason of `n` random written rows in one page task; resolves with them as they were. */
export async function editReasons(
  page: Page,
  picks: number[],
  label: string,
  skip: string[],
): Promise<SheetRow[]> {
  const rows = liveIn(await readTable(page), skip);
  const chosen = [...new Set(picks.map((x) => rows[Math.floor(x * rows.length)]))].filter(Boolean);
  const ok = await page.evaluate(
    ([name, edits]) => {
      const f = (window as unknown as BenchWindow).fakeExcel;
      const t = f.book.table(name);
      if (!t) return false;
      const head = Array.from({ length: t.cols }, (_, j) => f.book.value(t.sheet, t.row, t.col + j));
      const reason = t.col + head.indexOf("Reason");
      const id = t.col + head.indexOf("Approval ID");
      if (edits.some((e) => String(f.book.value(t.sheet, e.at, id)) !== e.id)) return false;
      let letter = "";
      for (let n = reason + 1; n > 0; n = Math.floor((n - 1) / 26))
        letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
      for (const e of edits) f.userEdit(t.sheet.name, `${letter}${e.at + 1}`, [[e.text]]);
      return true;
    },
    [TABLE, chosen.map((r, i) => ({ at: r.at, id: r.cells["Approval ID"], text: `${label}-${i}` }))] as const,
  );
  return ok ? chosen : [];
}
