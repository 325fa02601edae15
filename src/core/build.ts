/**
 * From a valid row to the request Feishu gets: one `user_approval` per record, the body exactly
 * as documented (api-facts §1.3-1.6): no *_process_id arrays, no time_zone. The idempotent_id
 * is the record's key: its External ID when given, else a hash of its meaningful content.
 */
import type { CreateUserApprovalBody, EmployeeType, RegionPlace } from "./feishu/schemas";
import { canonicalText, sha256Hex, type Canonical } from "./hash";
import type { PreparedRecord } from "./model";
import type { ApprovalRow } from "./validate/types";

/** Hex characters kept from the SHA-256 (128 bits: collisions are not a practical concern). */
export const HASH_LENGTH = 32;

/** Every field a record of each kind may carry, in the order hashed (tests check it against the zod schemas). */
export const CONTENT_FIELDS = {
  leave: ["uniq_id", "unit", "interval", "start_time", "end_time", "i18n_names", "default_locale", "reason"],
  out: ["uniq_id", "unit", "interval", "start_time", "end_time", "i18n_names", "default_locale", "reason"],
  overtime: ["duration", "unit", "category", "type", "start_time", "end_time", "reason"],
  trip: ["start_time", "end_time", "reason", "approve_pass_time", "approve_apply_time", "departure", "destinations", "transportation", "trip_type", "remarks"],
} as const;

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const place = (p: RegionPlace): Canonical[] => [orNull(p.region_level), orNull(p.region_id)];

/**
 * The meaningful content of a row as a positional array (null for an absent optional field):
 * kind, employee ID type, employee, date, then CONTENT_FIELDS of its kind. Positions instead of
 * JSON keys keep the hashed text short, which is most of the per-row cost on 100,000 rows.
 */
export function contentOf(row: ApprovalRow, employeeType: EmployeeType): Canonical[] {
  const { kind, userId, date } = row;
  switch (row.kind) {
    case "leave":
    case "out": {
      const r = row.record;
      const n = r.i18n_names;
      return [kind, employeeType, userId, date, orNull(r.uniq_id), r.unit, r.interval, r.start_time, r.end_time, [orNull(n.ch), orNull(n.en), orNull(n.ja)], r.default_locale, r.reason];
    }
    case "overtime": {
      const r = row.record;
      return [kind, employeeType, userId, date, r.duration, r.unit, r.category, r.type, r.start_time, r.end_time, orNull(r.reason)];
    }
    case "trip": {
      const r = row.record;
      const destinations = r.destinations ? r.destinations.map(place) : null;
      return [kind, employeeType, userId, date, r.start_time, r.end_time, r.reason, r.approve_pass_time, r.approve_apply_time, r.departure ? place(r.departure) : null, destinations, orNull(r.transportation), orNull(r.trip_type), orNull(r.remarks)];
    }
  }
}

const c = canonicalText;
const OPEN = "\u0001";
const CLOSE = "\u0002";
const placeText = (p: RegionPlace) => OPEN + c(orNull(p.region_level)) + c(orNull(p.region_id)) + CLOSE;

/** canonicalText(contentOf(row)), written directly without the intermediate arrays (tested equal). */
export function contentText(row: ApprovalRow, employeeType: EmployeeType): string {
  const head = c(row.kind) + c(employeeType) + c(row.userId) + c(row.date);
  switch (row.kind) {
    case "leave":
    case "out": {
      const r = row.record;
      const n = r.i18n_names;
      const names = OPEN + c(orNull(n.ch)) + c(orNull(n.en)) + c(orNull(n.ja)) + CLOSE;
      return OPEN + head + c(orNull(r.uniq_id)) + c(r.unit) + c(r.interval) + c(r.start_time) + c(r.end_time) + names + c(r.default_locale) + c(r.reason) + CLOSE;
    }
    case "overtime": {
      const r = row.record;
      return OPEN + head + c(r.duration) + c(r.unit) + c(r.category) + c(r.type) + c(r.start_time) + c(r.end_time) + c(orNull(r.reason)) + CLOSE;
    }
    case "trip": {
      const r = row.record;
      const destinations = r.destinations ? OPEN + r.destinations.map(placeText).join("") + CLOSE : c(null);
      const transportation = r.transportation ? c(r.transportation) : c(null);
      const departure = r.departure ? placeText(r.departure) : c(null);
      const approval = c(r.approve_pass_time) + c(r.approve_apply_time);
      return OPEN + head + c(r.start_time) + c(r.end_time) + c(r.reason) + approval + departure + destinations + transportation + c(orNull(r.trip_type)) + c(orNull(r.remarks)) + CLOSE;
    }
  }
}

/**
 * The content hash of a row: SHA-256 of its content as canonical text (hash.ts). The External
 * ID is not content, so editing only it keeps the fingerprint; any edit of a sent value changes it.
 */
export function fingerprintOf(row: ApprovalRow, employeeType: EmployeeType): string {
  return sha256Hex(contentText(row, employeeType), HASH_LENGTH);
}

/** The record's idempotent key: the External ID, else the content hash. */
export const keyOf = (row: ApprovalRow, fingerprint: string): string => row.externalId ?? fingerprint;

/** The request body: the row's own record object, with its idempotent_id set to `key`. */
export function buildBody(row: ApprovalRow, key: string): CreateUserApprovalBody {
  const user_approval: CreateUserApprovalBody["user_approval"] = { user_id: row.userId, date: row.date };
  switch (row.kind) {
    case "leave":
      row.record.idempotent_id = key;
      user_approval.leaves = [row.record];
      break;
    case "out":
      row.record.idempotent_id = key;
      user_approval.outs = [row.record];
      break;
    case "overtime":
      row.record.idempotent_id = key;
      user_approval.overtime_works = [row.record];
      break;
    case "trip":
      row.record.idempotent_id = key;
      user_approval.trips = [row.record];
      break;
  }
  return { user_approval };
}

/** One PreparedRecord per valid row. Pass the fingerprint when it is already known. */
export function buildRecord(row: ApprovalRow, employeeType: EmployeeType, fingerprint = fingerprintOf(row, employeeType)): PreparedRecord {
  const key = keyOf(row, fingerprint);
  return { kind: row.kind, row: row.row, key, fingerprint, employeeType, body: buildBody(row, key) };
}
