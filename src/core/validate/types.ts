/** The typed rows validation produces: one Feishu record per row, plus what cross-row checks need. */
import type { UserLeave, UserOut, UserOvertimeWork, UserTrip } from "../feishu/schemas";
import type { RecordKind } from "../kinds";
import type { WallTime } from "../cells/datetime";
import type { Issue } from "../model";

/** The shared empty issue list (never mutated). */
export const NO_ISSUES: Issue[] = [];

interface RowCommon {
  /** 0-based data row index in the TableSnapshot. */
  row: number;
  userId: string;
  /** `yyyyMMdd`, given or derived from the start. */
  date: string;
  externalId?: string;
  start: WallTime;
  end: WallTime;
  /**
   * Filled in by checkRows (validate/table.ts): a valid row is its own CheckedRow, so 100,000
   * rows cost one object each, not two. Readers create them as undefined / NO_ISSUES / false.
   */
  fingerprint: string | undefined;
  issues: Issue[];
  ok: boolean;
}

/**
 * A valid row: the record is exactly the object that goes into the request. Readers create it
 * with `idempotent_id: ""` in its documented position; build.ts fills in the key (the same
 * key every time, so building twice is harmless) and sends this object without copying it.
 */
export type ApprovalRow =
  | (RowCommon & { kind: "leave"; record: UserLeave })
  | (RowCommon & { kind: "out"; record: UserOut })
  | (RowCommon & { kind: "overtime"; record: UserOvertimeWork })
  | (RowCommon & { kind: "trip"; record: UserTrip });

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
