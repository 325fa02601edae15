/** Range, RangeAreas and their format / data validation / conditional format proxies. */
import { type Rect, intersects, parseAreas, sheetAddress, rectText } from "../excel/a1";
import type { CellScalar, ConditionalFormatModel, SheetModel } from "./book";
import {
  type FakeContext,
  FakeObject,
  FakeOfficeError,
  NOT_SCALAR,
  checkAddressLength,
  jsonBytes,
} from "./context";

export interface Place {
  sheet: SheetModel;
  rect: Rect;
}

const forEachCell = (rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void => {
  for (let i = 0; i < rect.rows; i++)
    for (let j = 0; j < rect.cols; j++) fn(rect.row + i, rect.col + j, i, j);
};

/** A value that is either one scalar for every cell or a 2-D array exactly the range's shape. */
function cellInput(input: unknown, rect: Rect): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectText(rect)}).`,
    );
  }
  return (i, j) => (input as unknown[][])[i][j];
}

export class FakeRange extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly place: () => Place,
  ) {
    super(ctx);
  }

  protected override scalar(name: string): unknown {
    const { sheet, rect } = this.place();
    const book = this.ctx.book;
    const grid = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: rect.rows }, (_, i) =>
        Array.from({ length: rect.cols }, (_, j) => f(rect.row + i, rect.col + j)),
      );
    switch (name) {
      case "values":
        return grid((r, c) => book.value(sheet, r, c));
      case "numberFormat":
        return grid((r, c) => book.cell(sheet, r, c)?.numberFormat ?? "General");
      case "text":
        return grid((r, c) => String(book.value(sheet, r, c)));
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
      book.growTables(sheet, rect);
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
    this.ctx.enqueue(16, () => undefined);
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
    this.ctx.enqueue(8, () => {
      const p = this.place();
      this.ctx.book.selection = p;
      this.ctx.book.activeSheet = p.sheet;
    });
  }
}

/** Fill or font settings of a range: reads give the top-left cell's value. */
class FakeFill extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly place: () => Place,
  ) {
    super(ctx);
  }
  protected override scalar(name: string): unknown {
    if (name !== "color") return NOT_SCALAR;
    const { sheet, rect } = this.place();
    return this.ctx.book.cell(sheet, rect.row, rect.col)?.fill ?? "#FFFFFF";
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.ctx.enqueue(color.length, () => this.each((c) => (c.fill = color)));
  }
  clear(): void {
    this.ctx.enqueue(8, () => this.each((c) => (c.fill = null)));
  }
  private each(fn: (c: ReturnType<FakeContext["book"]["touch"]>) => void): void {
    const { sheet, rect } = this.place();
    forEachCell(rect, (r, c) => fn(this.ctx.book.touch(sheet, r, c)));
  }
}

export class FakeRangeFormat extends FakeObject {
  readonly fill: FakeFill;
  readonly font: { bold: boolean; color: string };

  constructor(
    ctx: FakeContext,
    private readonly place: () => Place,
  ) {
    super(ctx);
    this.fill = new FakeFill(ctx, place);
    const setCells = (bytes: number, fn: (c: ReturnType<FakeContext["book"]["touch"]>) => void) =>
      ctx.enqueue(bytes, () => {
        const { sheet, rect } = place();
        forEachCell(rect, (r, c) => fn(ctx.book.touch(sheet, r, c)));
      });
    this.font = {
      set bold(b: boolean) {
        setCells(8, (c) => (c.bold = b));
      },
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "font.bold is write-only in the fake.");
      },
      set color(color: string) {
        setCells(color.length, (c) => (c.fontColor = color));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "font.color is write-only in the fake.");
      },
    };
  }
  protected override scalar(name: string): unknown {
    const { sheet, rect } = this.place();
    if (name === "columnWidth") return sheet.columnWidths.get(rect.col) ?? 48;
    if (name === "wrapText") return this.ctx.book.cell(sheet, rect.row, rect.col)?.wrap ?? false;
    return NOT_SCALAR;
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "fill" ? this.fill : undefined;
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(8, () => {
      const { sheet, rect } = this.place();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.ctx.enqueue(8, () => {
      const { sheet, rect } = this.place();
      forEachCell(rect, (r, c) => (this.ctx.book.touch(sheet, r, c).wrap = wrap));
    });
  }
}

export class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly place: () => Place,
  ) {
    super(ctx);
  }
  protected override scalar(name: string): unknown {
    const { sheet, rect } = this.place();
    const rules: unknown[] = [];
    forEachCell(rect, (r, c) => rules.push(this.ctx.book.cell(sheet, r, c)?.dv?.rule));
    if (name === "type") {
      const lists = rules.filter((x) => (x as { list?: unknown } | undefined)?.list).length;
      return lists === rules.length ? "List" : rules.every((x) => x === undefined) ? "None" : "Inconsistent";
    }
    if (name === "rule")
      return rules.every((x) => JSON.stringify(x) === JSON.stringify(rules[0])) ? (rules[0] ?? {}) : null;
    return NOT_SCALAR;
  }
  get type(): string {
    return this.read("type");
  }
  get rule(): { list?: { inCellDropDown: boolean; source: unknown } } {
    return this.read("rule");
  }
  set rule(rule: { list?: { inCellDropDown: boolean; source: unknown } }) {
    this.setEach("rule", rule);
  }
  get prompt(): { showPrompt: boolean; title: string; message: string } {
    return this.read("prompt");
  }
  set prompt(p: { showPrompt: boolean; title: string; message: string }) {
    if (p.title.length > 32 || p.message.length > 255)
      throw new FakeOfficeError("InvalidArgument", "Prompt title ≤ 32 and message ≤ 255 characters.");
    this.setEach("prompt", p);
  }
  get errorAlert(): { showAlert: boolean; style: string; title: string; message: string } {
    return this.read("errorAlert");
  }
  set errorAlert(a: { showAlert: boolean; style: string; title: string; message: string }) {
    this.setEach("errorAlert", a);
  }
  clear(): void {
    this.ctx.enqueue(8, () => {
      const { sheet, rect } = this.place();
      forEachCell(rect, (r, c) => delete this.ctx.book.touch(sheet, r, c).dv);
    });
  }
  private setEach(what: "rule" | "prompt" | "errorAlert", v: unknown): void {
    const list = (v as { list?: { source?: unknown } }).list;
    if (typeof list?.source === "string" && !list.source.startsWith("=") && list.source.length > 255) {
      throw new FakeOfficeError(
        "InvalidArgument",
        "A literal list source longer than 255 characters breaks Excel.",
      );
    }
    this.ctx.enqueue(jsonBytes(v), () => {
      const { sheet, rect } = this.place();
      forEachCell(rect, (r, c) => {
        const cell = this.ctx.book.touch(sheet, r, c);
        cell.dv = { ...cell.dv, [what]: v };
      });
    });
  }
}

export class FakeConditionalFormat extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly model: () => ConditionalFormatModel,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }
  protected override scalar(name: string): unknown {
    if (name === "type") return this.model().type;
    if (name === "stopIfTrue") return this.model().stopIfTrue;
    return NOT_SCALAR;
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "customOrNullObject" ? new FakeCustomRule(this.ctx, this.model) : undefined;
  }
  get type(): string {
    return this.read("type");
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.ctx.enqueue(8, () => {
      this.model().stopIfTrue = v;
    });
  }
  private loadedCustom?: FakeCustomRule;
  get customOrNullObject(): FakeCustomRule {
    return (this.loadedCustom ??= new FakeCustomRule(this.ctx, this.model));
  }
  override capture(paths: string[][]): number {
    const custom = paths.filter((p) => p[0] === "customOrNullObject").map((p) => p.slice(1));
    const rest = paths.filter((p) => p[0] !== "customOrNullObject");
    return super.capture(rest) + (custom.length ? this.customOrNullObject.capture(custom) : 0);
  }
  get custom() {
    const set = (bytes: number, fn: (m: ConditionalFormatModel) => void) =>
      this.ctx.enqueue(bytes, () => fn(this.model()));
    return {
      rule: {
        set formula(f: string) {
          set(f.length, (m) => (m.formula = f));
        },
        get formula(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "Load customOrNullObject/rule/formula to read it.");
        },
      },
      format: {
        fill: {
          set color(c: string) {
            set(c.length, (m) => (m.fill = c));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
          },
        },
        font: {
          set color(c: string) {
            set(c.length, (m) => (m.fontColor = c));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "write-only in the fake");
          },
        },
      },
    };
  }
  delete(): void {
    this.ctx.enqueue(8, () => {
      const sheet = this.sheet();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((m) => m !== this.model());
    });
  }
}

class FakeCustomRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly model: () => ConditionalFormatModel,
  ) {
    super(ctx);
  }
  protected override scalar(name: string): unknown {
    return name === "isNullObject" ? this.model().type !== "Custom" : NOT_SCALAR;
  }
  /** Only "rule/formula" can be loaded; the custom rule's other parts are not modelled. */
  override capture(paths: string[][]): number {
    if (paths.some((p) => p.join("/") !== "rule/formula"))
      throw new FakeOfficeError("InvalidArgument", "The fake loads customOrNullObject/rule/formula only.");
    super.capture([["isNullObject"]]);
    this.loadedFormula = this.model().type === "Custom" ? this.model().formula : undefined;
    return (this.loadedFormula?.length ?? 0) + 20;
  }
  private loadedFormula: string | undefined;
  get rule(): { readonly formula: string } {
    const formula = this.loadedFormula;
    if (formula === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "Load customOrNullObject/rule/formula first.");
    return { formula };
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

export class FakeConditionalFormats extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly place: () => Place,
  ) {
    super(ctx);
  }
  protected override scalar(): unknown {
    return NOT_SCALAR;
  }
  override capture(paths: string[][]): number {
    const { sheet, rect } = this.place();
    const items = sheet.conditionalFormats
      .filter((m) => intersects(m.rect, rect))
      .map(
        (m) =>
          new FakeConditionalFormat(
            this.ctx,
            () => m,
            () => sheet,
          ),
      );
    this.remember("items", items);
    const rest = paths.filter((p) => p[0] === "items" && p.length > 1).map((p) => p.slice(1));
    return items.reduce((n, item) => n + (rest.length ? item.capture(rest) : 0), 16);
  }
  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }
  add(type: "Custom"): FakeConditionalFormat {
    let model: ConditionalFormatModel | undefined;
    const getModel = () => {
      if (!model) throw new FakeOfficeError("GeneralException", "conditional format not created yet");
      return model;
    };
    this.ctx.enqueue(16, () => {
      const { sheet, rect } = this.place();
      model = {
        id: sheet.conditionalFormats.length + 1,
        rect,
        type,
        formula: "",
        fill: null,
        fontColor: null,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.push(model);
    });
    return new FakeConditionalFormat(this.ctx, getModel, () => this.place().sheet);
  }
}

/** Several areas of one sheet: the fake supports writing their fill and reading the address. */
export class FakeRangeAreas extends FakeObject {
  readonly format: { fill: { color: string; clear(): void } };

  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly addressText: string,
  ) {
    super(ctx);
    checkAddressLength(addressText);
    const paint = (color: string | null) => () => {
      const s = sheet();
      for (const a of parseAreas(addressText))
        forEachCell(a.rect, (r, c) => (ctx.book.touch(s, r, c).fill = color));
    };
    this.format = {
      fill: {
        set color(color: string) {
          ctx.enqueue(color.length + addressText.length, paint(color));
        },
        get color(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "RangeAreas fill is write-only in the fake.");
        },
        clear() {
          ctx.enqueue(addressText.length, paint(null));
        },
      },
    };
  }
  protected override scalar(name: string): unknown {
    if (name !== "address") return NOT_SCALAR;
    const s = this.sheet();
    return parseAreas(this.addressText)
      .map((a) => sheetAddress(s.name, a.rect))
      .join(",");
  }
  get address(): string {
    return this.read("address");
  }
}
