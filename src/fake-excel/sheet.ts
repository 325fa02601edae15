/** Workbook and worksheets for the fake Excel. */
import { parseAddress, rectText } from "../excel/a1";
import type { SheetModel } from "./book";
import { FakeCollection, notFound } from "./collection";
import {
  type FakeContext,
  FakeNullable,
  FakeObject,
  FakeOfficeError,
  NOT_SCALAR,
  checkAddressLength,
  guardedBy,
} from "./context";
import { FakeRangeAreas } from "./format";
import { FakeRange } from "./range";
import { FakeTables } from "./table";
import type { XlChangedArgs } from "../excel/office-subset";

export class FakeWorksheet extends FakeNullable {
  static readonly api = "Worksheet";
  readonly freezePanes: { freezeRows(count: number): void };
  readonly onChanged: {
    add(handler: (args: XlChangedArgs) => Promise<unknown>): { remove(): void; context: unknown };
  };

  constructor(
    ctx: FakeContext,
    readonly find: () => SheetModel | undefined,
  ) {
    super(ctx);
    const model = () => this.model();
    this.freezePanes = guardedBy(
      ctx,
      {
        freezeRows(count: number) {
          ctx.enqueue(8, () => {
            model().frozenRows = count;
          });
        },
      },
      "WorksheetFreezePanes",
    );
    this.onChanged = {
      add(handler) {
        let sheetId = "";
        ctx.enqueue(
          16,
          () => {
            sheetId = model().id;
            ctx.book.handlers.push({ sheetId, handler });
          },
          false,
          false,
        );
        return {
          context: ctx,
          remove() {
            ctx.enqueue(
              8,
              () => {
                ctx.book.handlers = ctx.book.handlers.filter(
                  (h) => h.handler !== handler || h.sheetId !== sheetId,
                );
              },
              false,
              false,
            );
          },
        };
      },
    };
  }
  protected override exists(): boolean {
    return this.find() !== undefined;
  }
  model(): SheetModel {
    const s = this.find();
    if (!s) throw notFound("worksheet");
    return s;
  }
  protected override scalar(name: string): unknown {
    const s = this.model();
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "visibility") return s.visibility;
    return NOT_SCALAR;
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(v.length, () => {
      this.model().visibility = v as SheetModel["visibility"];
    });
  }
  private tablesProxy?: FakeTables;
  get tables(): FakeTables {
    return (this.tablesProxy ??= new FakeTables(
      this.ctx,
      () => this.ctx.book.tables.filter((t) => t.sheet === this.model()),
      () => this.model(),
    ));
  }
  getRange(address: string): FakeRange {
    checkAddressLength(address);
    const rect = parseAddress(address).rect;
    this.ctx.enqueue(address.length, () => undefined, true);
    return new FakeRange(this.ctx, () => ({ sheet: this.model(), rect }));
  }
  getRanges(address: string): FakeRangeAreas {
    this.ctx.enqueue(address.length, () => undefined, true);
    return new FakeRangeAreas(this.ctx, () => this.model(), address);
  }
  activate(): void {
    this.ctx.enqueue(
      8,
      () => {
        this.ctx.book.activeSheet = this.model();
      },
      false,
      false,
    );
  }
}

export class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  static readonly api = "WorksheetCollection";
  protected override members(): FakeWorksheet[] {
    return this.ctx.book.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
  add(name: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.ctx.enqueue(name.length, () => {
      created = this.ctx.book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

class FakeFunctionResult extends FakeObject {
  static readonly api = "FunctionResult";
  constructor(
    ctx: FakeContext,
    private readonly compute: () => number,
  ) {
    super(ctx);
  }
  protected override scalar(name: string): unknown {
    return name === "value" ? this.compute() : NOT_SCALAR;
  }
  get value(): unknown {
    return this.read("value");
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly functions: { date(year: number, month: number, day: number): FakeFunctionResult };

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx, () => ctx.book.tables);
    this.functions = guardedBy(
      ctx,
      {
        date: (y: number, m: number, d: number) => {
          ctx.enqueue(24, () => undefined, true);
          return new FakeFunctionResult(ctx, () => ctx.book.serial(y, m, d));
        },
      },
      "Functions",
    );
  }
  /** The selected range; several areas (Ctrl+click) fail the sync, as in Excel. */
  getSelectedRange(): FakeRange {
    this.ctx.enqueue(8, () => undefined, true);
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.book.selection;
      if (!sel) throw new FakeOfficeError("ItemNotFound", "Nothing is selected.");
      if (sel.areas && sel.areas.length > 1)
        throw new FakeOfficeError(
          "InvalidSelection",
          "The current selection is invalid for this operation (several areas are selected).",
        );
      return sel;
    });
  }
  /** Every selected area (ExcelApi 1.9). */
  getSelectedRanges(): FakeRangeAreas {
    this.ctx.enqueue(8, () => undefined, true);
    const sel = this.ctx.book.selection;
    const areas = sel ? (sel.areas ?? [sel.rect]) : [{ row: 0, col: 0, rows: 1, cols: 1 }];
    return new FakeRangeAreas(
      this.ctx,
      () => {
        if (!sel) throw new FakeOfficeError("ItemNotFound", "Nothing is selected.");
        return sel.sheet;
      },
      areas.map(rectText).join(","),
    );
  }
}
