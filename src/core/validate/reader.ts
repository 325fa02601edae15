/**
 * Reads one row's cells by column key, typed by the template, and records an Issue for every
 * cell that cannot be read. One reader serves a whole table (reset per row) to keep it cheap.
 */
import { isBlank, showCell } from "../cells/blank";
import { excelErrorOf } from "../cells/excel-error";
import { parseDateCell, parseDateTimeCell, type ParsedDateTime, type WallTime } from "../cells/datetime";
import {
  CellError,
  hasTimeFormat,
  idFromCell,
  isDateFormat,
  parseNumberCell,
  textFromCell,
} from "../cells/number";
import { ENUMS, lookupEnum, type EnumName, type EnumOption } from "../enums";
import { listText } from "../catalog";
import type { Text } from "../i18n";
import type { RecordKind } from "../kinds";
import type { CellValue, CoreSettings, Issue, Severity } from "../model";
import { CURRENT_READ_RULES, type ReadRules } from "../key-versions";
import { columnsOf, type ColumnDef } from "../template/columns";
import type { HeaderMatch } from "../template/headers";
import { makeIssue, type IssueCode, type MessageParams } from "./messages";

const LIST_SEPARATORS = /[,;，；、\n\r]+/;

/** The options a clerk may pick, in both languages (deprecated ones left out). */
function liveOptions(name: EnumName | undefined): Text {
  const opts = (name ? ENUMS[name].options : []) as readonly EnumOption[];
  const live = opts.filter((x) => !x.deprecated);
  return listText(live.map((x) => x.label));
}

export class RowReader {
  readonly defs = new Map<string, ColumnDef>();
  /** Indexes of the input (non-result) columns present, for the blank-row test. */
  private inputIndexes: number[] = [];
  /** Column key per input index. */
  private readonly keyAt = new Map<number, string>();
  /** Input columns of the current row that hold an Excel error value (reported once, read as absent). */
  private readonly errorCells = new Set<number>();
  row = -1;
  errors = 0;
  private cells: readonly CellValue[] = [];
  private formats: readonly string[] | undefined;

  constructor(
    readonly kind: RecordKind,
    readonly match: HeaderMatch,
    readonly settings: CoreSettings,
    readonly issues: Issue[],
    /** How cells were read when a stored fingerprint was made (key-versions.ts); the current rules by default. */
    readonly rules: ReadRules = CURRENT_READ_RULES,
  ) {
    for (const c of columnsOf(kind)) this.defs.set(c.key, c);
    for (const [key, i] of match.index) {
      if (this.defs.get(key)?.type === "result") continue;
      this.inputIndexes.push(i);
      this.keyAt.set(i, key);
    }
  }

  /** Starts a row; every input cell holding an Excel error value is an error of its own. */
  start(row: number, cells: readonly CellValue[], formats?: readonly string[]): void {
    this.row = row;
    this.cells = cells;
    this.formats = formats;
    this.errors = 0;
    this.errorCells.clear();
    for (const i of this.inputIndexes) {
      const error = excelErrorOf(cells[i]);
      if (error === undefined) continue;
      this.errorCells.add(i);
      this.fail(this.keyAt.get(i) ?? null, "excel_error", "error", { value: error });
    }
  }

  /** The cell as typed; a cell holding an Excel error reads as absent (it was reported at start). */
  cell(key: string): CellValue {
    const i = this.match.index.get(key);
    return i === undefined || this.errorCells.has(i) ? undefined : this.cells[i];
  }

  private holdsError(key: string): boolean {
    const i = this.match.index.get(key);
    return i !== undefined && this.errorCells.has(i);
  }

  private format(key: string): string | undefined {
    const i = this.match.index.get(key);
    return i === undefined || !this.formats ? undefined : this.formats[i];
  }

  blank(key: string): boolean {
    return !this.holdsError(key) && isBlank(this.cell(key));
  }

  /** True when every input column of the row is blank (such rows are skipped silently). */
  isBlankRow(): boolean {
    for (const i of this.inputIndexes) if (!isBlank(this.cells[i])) return false;
    return true;
  }

  fail(key: string | null, code: IssueCode, severity: Severity = "error", p: MessageParams = {}): void {
    if (severity === "error") this.errors++;
    const col = key ? this.defs.get(key)?.header : undefined;
    this.issues.push(makeIssue(this.kind, this.row, key, code, severity, { col, ...p }));
  }

  private cellError(key: string, e: CellError): undefined {
    this.fail(key, e.code, "error", { value: showCell(this.cell(key)) });
    return undefined;
  }

  private missing(key: string, required: boolean): undefined {
    if (required && !this.holdsError(key)) this.fail(key, "required");
    return undefined;
  }

  private checkLength(key: string, s: string): void {
    const def = this.defs.get(key);
    if (!def?.maxLength || s.length <= def.maxLength) return;
    const severity = def.lengthSeverity ?? "error";
    this.fail(key, severity === "error" ? "too_long" : "may_be_too_long", severity, {
      value: String(s.length),
      max: def.maxLength,
    });
  }

  text(key: string, required: boolean): string | undefined {
    const v = textFromCell(this.cell(key));
    if (v instanceof CellError) return this.cellError(key, v);
    if (v === undefined) return this.missing(key, required);
    this.checkLength(key, v);
    return v;
  }

  id(key: string, required: boolean): string | undefined {
    const v = idFromCell(this.cell(key));
    if (v instanceof CellError) return this.cellError(key, v);
    if (v === undefined) return this.missing(key, required);
    this.checkLength(key, v);
    return v;
  }

  number(key: string, required: boolean, integer = false): number | undefined {
    const raw = this.cell(key);
    const v = parseNumberCell(raw);
    if (v instanceof CellError) return this.cellError(key, v);
    if (v === undefined) return this.missing(key, required);
    if (typeof raw === "number" && isDateFormat(this.format(key)))
      return this.cellError(key, new CellError("number_is_date"));
    if (!(v > 0)) return void this.fail(key, "not_positive", "error", { value: String(v) });
    if (integer && !Number.isInteger(v))
      return void this.fail(key, "not_integer", "error", { value: String(v) });
    return v;
  }

  /** A date-time cell as parsed: the time and whether it gave a time of day. */
  datetimeParsed(key: string, required: boolean): ParsedDateTime | undefined {
    const cell = this.cell(key);
    const v: ParsedDateTime | undefined | CellError = parseDateTimeCell(cell, this.settings.dateSystem);
    if (v instanceof CellError) return this.cellError(key, v);
    if (v === undefined) return this.missing(key, required);
    // Rules 1: a whole serial in a cell whose format showed a time was read as that time (midnight).
    if (this.rules === 1 && !v.hasTime && typeof cell === "number" && hasTimeFormat(this.format(key)))
      return { t: v.t, hasTime: true };
    return v;
  }

  /** A date-time; a bare date means 00:00:00 of that day. */
  datetime(key: string, required: boolean): WallTime | undefined {
    return this.datetimeParsed(key, required)?.t;
  }

  date(key: string): WallTime | undefined {
    const v = parseDateCell(this.cell(key), this.settings.dateSystem);
    return v instanceof CellError ? this.cellError(key, v) : v;
  }

  enumOption(key: string, required: boolean): EnumOption | undefined {
    const raw = this.cell(key);
    if (isBlank(raw)) return this.missing(key, required);
    if (typeof raw === "boolean") return this.cellError(key, new CellError("unexpected_boolean"));
    return this.findOption(key, String(raw));
  }

  /** Several enum values in one cell, separated by , ; 、 or line breaks. */
  enumList(key: string): EnumOption[] | undefined {
    const raw = this.cell(key);
    if (isBlank(raw)) return undefined;
    if (typeof raw === "boolean") return this.cellError(key, new CellError("unexpected_boolean"));
    const out: EnumOption[] = [];
    for (const part of String(raw).split(LIST_SEPARATORS)) {
      if (part.trim() === "") continue;
      const o = this.findOption(key, part);
      if (!o) return undefined;
      if (!out.includes(o)) out.push(o);
    }
    return out.length ? out : undefined;
  }

  /** Enum lookups by column and raw text: cells repeat the same few labels, so most are one Map hit. */
  private optionMemo = new Map<string, Map<string, EnumOption | null>>();

  private lookup(key: string, raw: string): EnumOption | undefined {
    let memo = this.optionMemo.get(key);
    if (!memo) this.optionMemo.set(key, (memo = new Map()));
    const hit = memo.get(raw);
    if (hit !== undefined) return hit ?? undefined;
    const name = this.defs.get(key)?.enumName;
    const o = name ? lookupEnum(name, raw) : undefined;
    if (memo.size > 5_000) memo.clear();
    memo.set(raw, o ?? null);
    return o;
  }

  private findOption(key: string, raw: string): EnumOption | undefined {
    const name = this.defs.get(key)?.enumName;
    const o = this.lookup(key, raw);
    if (!o || !name)
      return void this.fail(key, "bad_enum", "error", { value: showCell(raw), options: liveOptions(name) });
    // Rules 1 sent deprecated values (with a warning): rows written then are re-read as they were.
    if (o.deprecated && this.rules !== 1)
      return void this.fail(key, "deprecated_enum", "error", {
        value: showCell(raw),
        options: liveOptions(name),
      });
    return o;
  }

  /** Splits an id list cell into trimmed items. */
  list(key: string): string[] {
    const raw = this.cell(key);
    if (isBlank(raw)) return [];
    const v = idFromCell(raw);
    if (v instanceof CellError) return this.cellError(key, v) ?? [];
    return (v ?? "")
      .split(LIST_SEPARATORS)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
}
