/** Conditional formats of the fake: custom (formula) rules only, as the adapter uses. */
import { intersects } from "../excel/a1";
import type { ConditionalFormatModel, SheetModel } from "./book";
import { type FakeContext, FakeObject, FakeOfficeError, NOT_SCALAR } from "./context";
import type { Place } from "./place";

export class FakeConditionalFormat extends FakeObject {
  static readonly api = "ConditionalFormat";
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
  static readonly api = "CustomConditionalFormat";
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
  static readonly api = "ConditionalFormatCollection";
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
