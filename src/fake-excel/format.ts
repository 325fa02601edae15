/** Format (fill, font, width), data validation and multi-area ranges of the fake. */
import { parseAreas, sheetAddress } from "../excel/a1";
import type { SheetModel } from "./book";
import {
  type FakeContext,
  FakeObject,
  FakeOfficeError,
  NOT_SCALAR,
  checkAddressLength,
  guardedBy,
  jsonBytes,
} from "./context";
import { type Place, forEachCell } from "./place";

/** Fill or font settings of a range: reads give the top-left cell's value. */
class FakeFill extends FakeObject {
  static readonly api = "RangeFill";
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
  static readonly api = "RangeFormat";
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
    this.font = guardedBy(
      ctx,
      {
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
      },
      "RangeFont",
    );
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
  static readonly api = "DataValidation";
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

/** Several areas of one sheet: the fake supports writing their fill and reading the address. */
export class FakeRangeAreas extends FakeObject {
  static readonly api = "RangeAreas";
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
