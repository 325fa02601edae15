/** Tables: header and body ranges, inserting columns and rows, the table collections. */
import { parseAddress, type Rect } from "../excel/a1";
import { noteExtent, type FakeBook, type SheetModel, type TableModel } from "./book";
import { FakeCollection, notFound } from "./collection";
import type { FakeObject } from "./context";
import { type FakeContext, FakeNullable, FakeOfficeError, NOT_SCALAR, guardedBy, jsonBytes } from "./context";
import { FakeRange } from "./range";
import { addTableRows } from "./rows";
import { FakeWorksheet } from "./sheet";

export class FakeTable extends FakeNullable {
  static readonly api = "Table";
  readonly columns: { add(index?: number, values?: (string | number | boolean)[][], name?: string): unknown };
  /** `rows.add(index?, values?)`: the one API write that grows a table (writing below it does not). */
  readonly rows: { add(index?: number | null, values?: (string | number | boolean)[][]): unknown };

  constructor(
    ctx: FakeContext,
    readonly find: () => TableModel | undefined,
  ) {
    super(ctx);
    this.columns = guardedBy(
      ctx,
      {
        add: (index?: number, values?: (string | number | boolean)[][], name?: string) => {
          // The name parameter is ExcelApi 1.15 (its tag says so in prose).
          if (name !== undefined && !ctx.book.usage.useSet("TableColumnCollection.add(name)", "1.15"))
            ctx.refuse("TableColumnCollection.add(name)");
          ctx.enqueue(jsonBytes(values ?? name ?? ""), () =>
            insertTableColumn(ctx.book, this.model(), index, values, name),
          );
          return undefined;
        },
      },
      "TableColumnCollection",
    );
    this.rows = guardedBy(
      ctx,
      {
        add: (index?: number | null, values?: (string | number | boolean)[][]) => {
          ctx.enqueue(jsonBytes(values ?? ""), () => {
            const t = this.model();
            const added = addTableRows(ctx.book, t, index, values);
            ctx.book.record(t.sheet, added, "addin", "RowInserted");
          });
          return undefined;
        },
      },
      "TableRowCollection",
    );
  }
  protected override exists(): boolean {
    return this.find() !== undefined;
  }
  model(): TableModel {
    const t = this.find();
    if (!t) throw notFound("table");
    return t;
  }
  protected override scalar(name: string): unknown {
    const t = this.model();
    if (name === "name") return t.name;
    if (name === "id") return t.id;
    if (name === "style") return t.style;
    return NOT_SCALAR;
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }
  get name(): string {
    return this.read("name");
  }
  set name(n: string) {
    this.ctx.enqueue(n.length, () => {
      if (this.ctx.book.table(n) && this.ctx.book.table(n) !== this.model())
        throw new FakeOfficeError("InvalidArgument", `Table name "${n}" is taken.`);
      this.model().name = n;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(s: string) {
    this.ctx.enqueue(s.length, () => {
      this.model().style = s;
    });
  }
  private sheetProxy?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    return (this.sheetProxy ??= new FakeWorksheet(this.ctx, () => this.model().sheet));
  }
  private part(f: (t: TableModel) => Rect): FakeRange {
    this.ctx.enqueue(8, () => undefined, true);
    return new FakeRange(this.ctx, () => {
      const t = this.model();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.part((t) => ({ row: t.row, col: t.col, rows: 1, cols: t.cols }));
  }
  getDataBodyRange(): FakeRange {
    return this.part((t) => ({ row: t.row + 1, col: t.col, rows: t.rows, cols: t.cols }));
  }
}

/** Inserts a table column: the table's cells from `index` on shift one column right. */
function insertTableColumn(
  book: FakeBook,
  t: TableModel,
  index: number | undefined,
  values: (string | number | boolean)[][] | undefined,
  name: string | undefined,
): void {
  const at = t.col + (index ?? t.cols);
  if (values && (values.length !== t.rows + 1 || values.some((r) => r.length !== 1))) {
    throw new FakeOfficeError("InvalidArgument", "Column values must be one per table row, header included.");
  }
  const s = t.sheet;
  book.undo.noteSheet(s);
  const moving = [...s.cells].filter(([k]) => {
    const r = Math.floor(k / 16_384);
    return r >= t.row && r <= t.row + t.rows && k % 16_384 >= at;
  });
  for (const [k] of moving) s.cells.delete(k);
  for (const [k, cell] of moving) {
    s.cells.set(k + 1, cell);
    noteExtent(s, k + 1);
  }
  t.cols += 1;
  book.enter(s, t.row, at, values?.[0][0] ?? name ?? `Column${t.cols}`);
  for (let r = 1; r <= t.rows; r++) book.enter(s, t.row + r, at, values?.[r][0] ?? "");
  book.record(s, { row: t.row, col: at, rows: t.rows + 1, cols: 1 }, "addin");
}

export class FakeTables extends FakeCollection<FakeTable> {
  static readonly api = "TableCollection";
  constructor(
    ctx: FakeContext,
    private readonly list: () => TableModel[],
    private readonly onSheet?: () => SheetModel,
  ) {
    super(ctx);
  }
  protected override members(): FakeTable[] {
    return this.list().map((t) => new FakeTable(this.ctx, () => t));
  }
  getItem(name: string): FakeTable {
    this.ctx.enqueue(name.length, () => undefined, true);
    const find = () => this.list().find((t) => t.name.toLowerCase() === name.toLowerCase());
    const table = new FakeTable(this.ctx, () => {
      const t = find();
      if (!t) throw notFound(`table ${name}`);
      return t;
    });
    return table;
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () =>
      this.list().find((t) => t.name.toLowerCase() === name.toLowerCase()),
    );
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.ctx.enqueue(address.length, () => {
      const parsed = parseAddress(address);
      const book = this.ctx.book;
      const sheet = parsed.sheet ? book.sheet(parsed.sheet) : this.onSheet?.();
      if (!sheet) throw notFound(`sheet of ${address}`);
      const { rect } = parsed;
      if (book.tables.some((t) => t.sheet === sheet && intersectsTable(t, rect)))
        throw new FakeOfficeError("InvalidOperation", "Tables can't overlap.");
      const headerRows = hasHeaders ? 1 : 0;
      created = {
        id: book.newId("table"),
        name: `Table${book.tables.length + 1}`,
        sheet,
        row: rect.row - (hasHeaders ? 0 : 1),
        col: rect.col,
        cols: rect.cols,
        rows: Math.max(1, rect.rows - headerRows),
        style: "TableStyleMedium2",
      };
      for (let j = 0; j < rect.cols; j++)
        if (book.value(sheet, created.row, rect.col + j) === "")
          book.enter(sheet, created.row, rect.col + j, `Column${j + 1}`);
      book.tables.push(created);
    });
    return new FakeTable(this.ctx, () => created);
  }
}

const intersectsTable = (t: TableModel, r: Rect): boolean =>
  t.row < r.row + r.rows && r.row < t.row + t.rows + 1 && t.col < r.col + r.cols && r.col < t.col + t.cols;
