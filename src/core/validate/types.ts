/** The typed rows validation produces: one Feishu record per row, plus what cross-row checks need. */
import type { UserLeave, UserOut, UserOvertimeWork, UserTrip } from "../feishu/schemas";
import type { RecordKind } from "../kinds";
import type { WallTime } from "../cells/datetime";

interface RowCommon {
  /** 0-based data row index in the TableSnapshot. */
  row: number;
  userId: string;
  /** `yyyyMMdd`, given or derived from the start. */
  date: string;
  externalId?: string;
  start: WallTime;
  end: WallTime;
}

/** A valid row: the record is exactly what goes into the request, less `idempotent_id`. */
export type ApprovalRow =
  | (RowCommon & { kind: "leave"; record: Omit<UserLeave, "idempotent_id"> })
  | (RowCommon & { kind: "out"; record: Omit<UserOut, "idempotent_id"> })
  | (RowCommon & { kind: "overtime"; record: Omit<UserOvertimeWork, "idempotent_id"> })
  | (RowCommon & { kind: "trip"; record: Omit<UserTrip, "idempotent_id"> });

/** What is known about any non-blank row (valid or not), for the cross-row checks. */
export interface RowFacts {
  kind: RecordKind;
  row: number;
  userId?: string;
  externalId?: string;
  /** Both set only when they parsed and end > start. */
  start?: WallTime;
  end?: WallTime;
  /** Content hash, set for valid rows only. */
  fingerprint?: string;
}
