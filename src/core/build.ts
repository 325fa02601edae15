/**
 * From a valid row to the request Feishu gets: one `user_approval` per record, the body exactly
 * as documented (docs/feishu-api.md §1.3-1.6): no *_process_id arrays, no time_zone. The idempotent_id
 * is the record's key: its External ID when given, else a hash of its meaningful content.
 */
import type { CreateUserApprovalBody, EmployeeType, RegionPlace } from "./feishu/schemas";
import { ContentHasher, type Canonical } from "./hash";
import { KINDS } from "./kinds";
import type { PreparedRecord } from "./model";
import type { ApprovalRow } from "./validate/types";

/** Hex characters kept from the SHA-256 (128 bits: collisions are not a practical concern). */
export const HASH_LENGTH = 32;

/** Every field a record of each kind may carry, in the order hashed (tests check it against the zod schemas). */
export const CONTENT_FIELDS = {
  leave: ["uniq_id", "unit", "interval", "start_time", "end_time", "i18n_names", "default_locale", "reason"],
  out: ["uniq_id", "unit", "interval", "start_time", "end_time", "i18n_names", "default_locale", "reason"],
  overtime: ["duration", "unit", "category", "type", "start_time", "end_time", "reason"],
  trip: [
    "start_time",
    "end_time",
    "reason",
    "approve_pass_time",
    "approve_apply_time",
    "departure",
    "destinations",
    "transportation",
    "trip_type",
    "remarks",
  ],
} as const;

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const place = (p: RegionPlace): Canonical[] => [orNull(p.region_level), orNull(p.region_id)];

/**
 * The meaningful content of a row as a positional array (null for an absent optional field):
 * kind, employee ID type, employee, date, then CONTENT_FIELDS of its kind. Positions instead of
 * JSON keys keep the hashed bytes short, which is most of the per-row cost on 100,000 rows.
 */
export function contentOf(row: ApprovalRow, employeeType: EmployeeType): Canonical[] {
  const { kind, userId, date } = row;
  switch (row.kind) {
    case "leave":
    case "out": {
      const r = row.record;
      const n = r.i18n_names;
      return [
        kind,
        employeeType,
        userId,
        date,
        orNull(r.uniq_id),
        r.unit,
        r.interval,
        r.start_time,
        r.end_time,
        [orNull(n.ch), orNull(n.en), orNull(n.ja)],
        r.default_locale,
        r.reason,
      ];
    }
    case "overtime": {
      const r = row.record;
      return [
        kind,
        employeeType,
        userId,
        date,
        r.duration,
        r.unit,
        r.category,
        r.type,
        r.start_time,
        r.end_time,
        orNull(r.reason),
      ];
    }
    case "trip": {
      const r = row.record;
      const destinations = r.destinations ? r.destinations.map(place) : null;
      return [
        kind,
        employeeType,
        userId,
        date,
        r.start_time,
        r.end_time,
        r.reason,
        r.approve_pass_time,
        r.approve_apply_time,
        r.departure ? place(r.departure) : null,
        destinations,
        orNull(r.transportation),
        orNull(r.trip_type),
        orNull(r.remarks),
      ];
    }
  }
}

const hasher = new ContentHasher();

/** Writes contentOf(row) into `h` directly, without the intermediate arrays (tested byte-equal). */
export function writeContent(h: ContentHasher, row: ApprovalRow, employeeType: EmployeeType): ContentHasher {
  h.open().str(row.kind).str(employeeType).str(row.userId).str(row.date);
  switch (row.kind) {
    case "leave":
    case "out": {
      const r = row.record;
      const n = r.i18n_names;
      h.str(r.uniq_id).num(r.unit).num(r.interval).str(r.start_time).str(r.end_time);
      h.open().str(n.ch).str(n.en).str(n.ja).close().str(r.default_locale).str(r.reason);
      break;
    }
    case "overtime": {
      const r = row.record;
      h.num(r.duration)
        .num(r.unit)
        .num(r.category)
        .num(r.type)
        .str(r.start_time)
        .str(r.end_time)
        .str(r.reason);
      break;
    }
    case "trip": {
      const r = row.record;
      h.str(r.start_time).str(r.end_time).str(r.reason).str(r.approve_pass_time).str(r.approve_apply_time);
      if (r.departure) h.open().str(r.departure.region_level).str(r.departure.region_id).close();
      else h.nil();
      if (r.destinations) {
        h.open();
        for (const d of r.destinations) h.open().str(d.region_level).str(d.region_id).close();
        h.close();
      } else h.nil();
      if (r.transportation) {
        h.open();
        for (const t of r.transportation) h.num(t);
        h.close();
      } else h.nil();
      if (r.trip_type !== undefined) h.num(r.trip_type);
      else h.nil();
      h.str(r.remarks);
      break;
    }
  }
  return h.close();
}

/**
 * The content hash of a row: SHA-256 of its content's canonical bytes (hash.ts). The External
 * ID is not content, so editing only it keeps the fingerprint; any edit of a sent value changes it.
 */
export function fingerprintOf(row: ApprovalRow, employeeType: EmployeeType): string {
  return writeContent(hasher.reset(), row, employeeType).hex(HASH_LENGTH);
}

/** The record's idempotent key: the External ID, else the content hash. */
export const keyOf = (row: ApprovalRow, fingerprint: string): string => row.externalId ?? fingerprint;

/** The request body: the row's own record object, with its idempotent_id set to `key`. */
export function buildBody(row: ApprovalRow, key: string): CreateUserApprovalBody {
  const user_approval: CreateUserApprovalBody["user_approval"] = { user_id: row.userId, date: row.date };
  row.record.idempotent_id = key;
  switch (row.kind) {
    case "leave":
      user_approval.leaves = [row.record];
      break;
    case "out":
      user_approval.outs = [row.record];
      break;
    case "overtime":
      user_approval.overtime_works = [row.record];
      break;
    case "trip":
      user_approval.trips = [row.record];
      break;
  }
  return { user_approval };
}

/** One PreparedRecord per valid row. Pass the fingerprint when it is already known. */
export function buildRecord(
  row: ApprovalRow,
  employeeType: EmployeeType,
  fingerprint = fingerprintOf(row, employeeType),
): PreparedRecord {
  const key = keyOf(row, fingerprint);
  return { kind: row.kind, row: row.row, key, fingerprint, employeeType, body: buildBody(row, key) };
}

/** A record's own item inside its one-record body (`leaves[0]`, `outs[0]`…), as plain fields. */
export type RecordItem = Record<string, unknown> & { start_time?: string; end_time?: string };

/** The one place that pulls the record item out of a request body; `{}` for a body without one. */
export function recordItem(record: Pick<PreparedRecord, "kind" | "body">): RecordItem {
  const items = record.body.user_approval[KINDS[record.kind].feishuField] as unknown[] | undefined;
  const item = items?.[0];
  return typeof item === "object" && item !== null && !Array.isArray(item) ? (item as RecordItem) : {};
}
