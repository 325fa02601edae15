/**
 * Leave and out rows (docs/feishu-api.md §1.4). The type comes from the catalog (picked by name) and/or
 * the advanced override columns; the interval in seconds from the interval column or derived
 * from duration x unit.
 */
import { showCell } from "../cells/blank";
import { formatDateTime } from "../cells/datetime";
import { UNIQ_ID_DOCUMENTED_MAX } from "../feishu/schemas";
import type { CatalogEntry } from "../template/catalog";
import { lookupCatalog } from "../template/catalog-lookup";
import { approvalRow, lengthFits, type CommonFields } from "./common";
import {
  defaultLocaleFor,
  durationLength,
  intervalFromDuration,
  secondsLength,
  workdayHours,
  type UnitValue,
} from "./derive";
import type { RowReader } from "./reader";
import type { ApprovalRow } from "./types";

/** Feishu's `interval` is an int; anything past int32 (68 years of seconds) is a typing mistake. */
const MAX_INTERVAL = 2_147_483_647;

type Names = { ch?: string; en?: string; ja?: string };

interface TypeFields {
  uniq_id?: string;
  i18n_names: Names;
  default_locale: "ch" | "en" | "ja";
}

/** A catalog entry's contribution, built once per entry and shared by its rows (records are never mutated). */
const entryFields = new WeakMap<CatalogEntry, TypeFields>();

function fieldsOfEntry(e: CatalogEntry): TypeFields {
  let f = entryFields.get(e);
  if (!f) {
    const i18n_names: Names = { ch: e.names.ch, en: e.names.en };
    if (e.names.ja) i18n_names.ja = e.names.ja;
    f = { uniq_id: e.uniq_id, i18n_names, default_locale: e.default_locale };
    entryFields.set(e, f);
  }
  return f;
}

function readType(
  r: RowReader,
  kind: "leave" | "out",
  catalog: readonly CatalogEntry[],
): TypeFields | undefined {
  const typeCell = r.text("type", false);
  const entry = typeCell !== undefined ? lookupCatalog(kind, typeCell, catalog) : undefined;
  if (typeCell !== undefined && !entry)
    r.fail("type", "unknown_type", "error", { value: showCell(typeCell) });
  const uniqOverride = r.id("uniq_id", false);
  const ch0 = r.text("name_ch", false);
  const en0 = r.text("name_en", false);
  const ja0 = r.text("name_ja", false);
  const locale = r.enumOption("default_locale", false)?.value as TypeFields["default_locale"] | undefined;
  if (typeCell !== undefined && !entry) return undefined;
  if (
    entry &&
    uniqOverride === undefined &&
    ch0 === undefined &&
    en0 === undefined &&
    ja0 === undefined &&
    locale === undefined
  ) {
    const f = fieldsOfEntry(entry);
    if (f.uniq_id && f.uniq_id.length > UNIQ_ID_DOCUMENTED_MAX)
      r.fail("type", "may_be_too_long", "warning", {
        value: String(f.uniq_id.length),
        max: UNIQ_ID_DOCUMENTED_MAX,
      });
    return f;
  }
  // Override columns, each falling back to the catalog entry when blank.
  const uniq_id = uniqOverride ?? entry?.uniq_id;
  const names: Names = {};
  const ch = ch0 ?? entry?.names.ch;
  const en = en0 ?? entry?.names.en;
  const ja = ja0 ?? entry?.names.ja;
  if (ch) names.ch = ch;
  if (en) names.en = en;
  if (ja) names.ja = ja;
  if (!(names.ch || names.en || names.ja) || (kind === "out" && !uniq_id)) {
    r.fail("type", "type_required", "error", { value: kind });
    return undefined;
  }
  if (uniqOverride === undefined && uniq_id && uniq_id.length > UNIQ_ID_DOCUMENTED_MAX) {
    r.fail("type", "may_be_too_long", "warning", {
      value: String(uniq_id.length),
      max: UNIQ_ID_DOCUMENTED_MAX,
    });
  }
  const default_locale = locale ?? entry?.default_locale ?? defaultLocaleFor(names);
  return uniq_id ? { uniq_id, i18n_names: names, default_locale } : { i18n_names: names, default_locale };
}

/**
 * Seconds from the interval column, or derived from duration x unit (warning when both
 * disagree); either must fit between start and end.
 */
function readInterval(r: RowReader, unit: UnitValue | undefined, c: CommonFields): number | undefined {
  const duration = r.number("duration", false);
  let interval = r.number("interval", false, true);
  if (interval !== undefined && interval > MAX_INTERVAL)
    interval = void r.fail("interval", "too_large", "error", { value: String(interval) });
  if (interval === undefined && duration === undefined) {
    if (r.blank("duration") && r.blank("interval")) r.fail("duration", "duration_missing");
    return undefined;
  }
  if (duration === undefined || unit === undefined) {
    if (interval === undefined) return undefined;
    return lengthFits(r, "interval", secondsLength(interval), c) ? interval : undefined;
  }
  const derived = intervalFromDuration(duration, unit, workdayHours(r.settings));
  if (interval !== undefined) {
    if (interval !== derived)
      r.fail("interval", "interval_mismatch", "warning", { value: String(interval), other: String(derived) });
    return lengthFits(r, "interval", secondsLength(interval), c) ? interval : undefined;
  }
  if (derived < 1) return void r.fail("duration", "not_positive", "error", { value: String(duration) });
  if (derived > MAX_INTERVAL)
    return void r.fail("duration", "too_large", "error", { value: String(duration) });
  return lengthFits(r, "duration", durationLength(duration, unit, workdayHours(r.settings)), c)
    ? derived
    : undefined;
}

export function readLeaveOut(
  r: RowReader,
  c: CommonFields,
  kind: "leave" | "out",
  catalog: readonly CatalogEntry[],
): ApprovalRow | undefined {
  const type = readType(r, kind, catalog);
  const unit = r.enumOption("unit", true)?.value as UnitValue | undefined;
  const interval = readInterval(r, unit, c);
  const reason = r.text("reason", true);
  if (r.errors || !type || unit === undefined || interval === undefined || reason === undefined)
    return undefined;
  if (c.userId === undefined || c.start === undefined || c.end === undefined || c.date === undefined)
    return undefined;
  const start_time = formatDateTime(c.start);
  const end_time = formatDateTime(c.end);
  const { i18n_names, default_locale } = type;
  // Plain literals (no conditional spreads) keep these objects fast for hashing and cloning.
  const record =
    kind === "out" || type.uniq_id !== undefined
      ? {
          uniq_id: type.uniq_id ?? "",
          unit,
          interval,
          start_time,
          end_time,
          i18n_names,
          default_locale,
          reason,
          idempotent_id: "",
        }
      : { unit, interval, start_time, end_time, i18n_names, default_locale, reason, idempotent_id: "" };
  return approvalRow(
    kind,
    r.row,
    { userId: c.userId, date: c.date, start: c.start, end: c.end, externalId: c.externalId },
    record,
  );
}
