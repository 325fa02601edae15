/** The Range proxy: values, number formats, geometry, navigation, grouping and selection. */
import { type Rect, intersects, sheetAddress } from "../excel/a1";
import type { CellScalar } from "./book";
import { FakeConditionalFormats } from "./conditional";
import { type FakeContext, FakeObject, NOT_SCALAR, jsonBytes } from "./context";
import { FakeDataValidation, FakeRangeFormat } from "./format";
import { type Place, cellInput, forEachCell } from "./place";

export type { Place } from "./place";

export class FakeRange extends FakeObject {
  static readonly api = "Range";
  constructor(
    ctx: FakeContext,
    readonly place: () => Place,
  ) {
    super(ctx);
  }

  protected override scalar(name: string): unknown {
    const { sheet, rect } = this.place();
    const book = this.ctx.book;
    switch (name) {
      case "values":
        return book.grid(sheet, rect, (c) => c?.value ?? "");
      case "numberFormat":
        return book.grid(sheet, rect, (c) => c?.numberFormat ?? "General");
      case "text":
        return book.grid(sheet, rect, (c) => String(c?.value ?? ""));
      case "address":
        return sheetAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "columnHidden":
        return Array.from({ length: rect.cols }, (_, j) => sheet.hiddenColumns.has(rect.col + j)).every(
          Boolean,
        );
      default:
        return NOT_SCALAR;
    }
  }

  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;
  private cfProxy?: FakeConditionalFormats;

  protected override child(name: string): FakeObject | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.ctx.enqueue(jsonBytes(v), () => {
      const { sheet, rect } = this.place();
      const at = cellInput(v, rect);
      const book = this.ctx.book;
      forEachCell(rect, (r, c, i, j) => {
        const x = at(i, j);
        if (x !== null && x !== undefined) book.enter(sheet, r, c, x as CellScalar);
      });
      book.record(sheet, rect, "addin");
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.enqueue(jsonBytes(v), () => {
      const { sheet, rect } = this.place();
      const at = cellInput(v, rect);
      forEachCell(rect, (r, c, i, j) => {
        const x = at(i, j);
        if (typeof x === "string") this.ctx.book.touch(sheet, r, c).numberFormat = x;
      });
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.ctx.enqueue(8, () => {
      const { sheet, rect } = this.place();
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.ctx, this.place));
  }
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.ctx, this.place));
  }
  get conditionalFormats(): FakeConditionalFormats {
    return (this.cfProxy ??= new FakeConditionalFormats(this.ctx, this.place));
  }

  private derived(f: (p: Place) => Rect): FakeRange {
    this.ctx.enqueue(16, () => undefined, true);
    return new FakeRange(this.ctx, () => {
      const p = this.place();
      return { sheet: p.sheet, rect: f(p) };
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(({ rect }) => ({ row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, row: rect.row + rowOffset, col: rect.col + columnOffset }));
  }
  group(_option: "ByColumns"): void {
    this.ctx.enqueue(16, () => {
      const { sheet, rect } = this.place();
      sheet.columnGroups.push({ col: rect.col, cols: rect.cols, collapsed: false });
    });
  }
  hideGroupDetails(_option: "ByColumns"): void {
    this.ctx.enqueue(16, () => {
      const { sheet, rect } = this.place();
      for (const g of sheet.columnGroups) {
        if (
          !intersects(
            { row: 0, col: g.col, rows: 1, cols: g.cols },
            { row: 0, col: rect.col, rows: 1, cols: rect.cols },
          )
        )
          continue;
        g.collapsed = true;
        for (let c = g.col; c < g.col + g.cols; c++) sheet.hiddenColumns.add(c);
      }
    });
  }
  select(): void {
    this.ctx.enqueue(
      8,
      () => {
        const p = this.place();
        this.ctx.book.selection = p;
        this.ctx.book.activeSheet = p.sheet;
      },
      false,
      false,
    );
  }
}
