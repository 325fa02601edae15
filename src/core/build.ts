/**
 * From a valid row to the request Feishu gets: one `user_approval` per record, the body exactly
 * as documented (api-facts §1.3-1.6): no *_process_id arrays, no time_zone. The idempotent_id
 * is the record's key: its External ID when given, else a hash of its meaningful content.
 */
import type { CreateUserApprovalBody, EmployeeType, UserTrip } from "./feishu/schemas";
import { sha256Hex } from "./hash";
import type { PreparedRecord } from "./model";
import type { ApprovalRow } from "./validate/types";

/** Hex characters kept from the SHA-256 (128 bits: collisions are not a practical concern). */
export const HASH_LENGTH = 32;

/**
 * The content hash of a row: kind, employee ID type, employee, date and every field sent to
 * Feishu except idempotent_id. The External ID is not content, so editing only it keeps the
 * fingerprint; any edit of a sent value changes it. Records are built with a fixed field order,
 * so the JSON is canonical.
 */
export function fingerprintOf(row: ApprovalRow, employeeType: EmployeeType): string {
  const canonical = JSON.stringify([row.kind, employeeType, row.userId, row.date, row.record]);
  return sha256Hex(canonical, HASH_LENGTH);
}

/** The record's idempotent key: the External ID, else the content hash. */
export const keyOf = (row: ApprovalRow, fingerprint: string): string => row.externalId ?? fingerprint;

export function buildBody(row: ApprovalRow, key: string): CreateUserApprovalBody {
  const user_approval: CreateUserApprovalBody["user_approval"] = { user_id: row.userId, date: row.date };
  switch (row.kind) {
    case "leave":
      user_approval.leaves = [{ ...row.record, idempotent_id: key }];
      break;
    case "out":
      user_approval.outs = [{ ...row.record, idempotent_id: key }];
      break;
    case "overtime":
      user_approval.overtime_works = [{ ...row.record, idempotent_id: key }];
      break;
    case "trip": {
      // Documented field order: idempotent_id before the optional place and transport fields.
      const t = row.record;
      const trip: UserTrip = { start_time: t.start_time, end_time: t.end_time, reason: t.reason, approve_pass_time: t.approve_pass_time, approve_apply_time: t.approve_apply_time, idempotent_id: key };
      if (t.departure) trip.departure = t.departure;
      if (t.destinations) trip.destinations = t.destinations;
      if (t.transportation) trip.transportation = t.transportation;
      if (t.trip_type !== undefined) trip.trip_type = t.trip_type;
      if (t.remarks !== undefined) trip.remarks = t.remarks;
      user_approval.trips = [trip];
      break;
    }
  }
  return { user_approval };
}

/** One PreparedRecord per valid row. Pass the fingerprint when it is already known. */
export function buildRecord(row: ApprovalRow, employeeType: EmployeeType, fingerprint = fingerprintOf(row, employeeType)): PreparedRecord {
  const key = keyOf(row, fingerprint);
  return { kind: row.kind, row: row.row, key, fingerprint, employeeType, body: buildBody(row, key) };
}
