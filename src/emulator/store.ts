/**
 * The records Feishu holds after create (docs/feishu-api.md §1.1: insert only, never update; revoke via
 * approval_infos/process sets status 4). In memory, optionally mirrored to a JSON file
 * written atomically (temp file + rename).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { EmployeeType } from "../core/feishu/schemas";
import type { RecordKind } from "../core/kinds";

/** Approval status (docs/feishu-api.md §1.7, §3): 0 pending, 1 rejected, 2 passed, 3 cancelled/withdrawn, 4 revoked. */
export type ApprovalStatus = 0 | 1 | 2 | 3 | 4;

/**
 * The status a revoked record shows (docs/feishu-api.md §10.3, the labels of 3 and 4 disagree):
 * 3 by default, the "withdrawn" under which the query lets leave and overtime be read; 4 to run
 * the other reading. See the README.
 */
export type RevokedStatus = 3 | 4;

/** One stored leave/out/overtime/trip item. */
export interface StoredRecord {
  approval_id: string;
  app_id: string;
  kind: RecordKind;
  /** The employee_type the create request used, and the user_id as sent. */
  employee_type: EmployeeType;
  user_id: string;
  /** All of the employee's IDs, so queries by any kind find it. */
  employee: { employee_id: string; employee_no: string; open_id: string };
  /** user_approval.date, yyyyMMdd. */
  date: string;
  /** The item as Feishu echoes it (request fields + approval_id, approve times for outs/leaves). */
  item: Record<string, unknown>;
  idempotent_id?: string;
  status: ApprovalStatus;
  created_at: string;
  created_ms: number;
  updated_at?: string;
}

/** approval_ids are 19-digit numeric strings (docs/feishu-api.md §1.8 example 6737202939523236113), unique and increasing. */
const APPROVAL_ID_BASE = 7_000_000_000_000_000_000n;

export class RecordStore {
  private readonly list: StoredRecord[] = [];
  private readonly byApprovalId = new Map<string, StoredRecord>();
  private readonly byIdempotentKey = new Map<string, StoredRecord>();
  private lastId = APPROVAL_ID_BASE;
  private issued = 0;
  private flushPending = false;

  constructor(
    private readonly file?: string,
    readonly revokedStatus: RevokedStatus = 3,
    /** "accept": a repeated idempotent_id is written again (EmulatorOptions.repeatedKeys). */
    readonly repeatedKeys: "refuse" | "accept" = "refuse",
  ) {
    if (file && existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, "utf8")) as { records?: StoredRecord[] };
      for (const r of saved.records ?? []) this.index(r);
    }
  }

  /**
   * A fresh 19-digit id, time-based so ids stay unique across restarts with a store file, and
   * with every digit in use (the last three vary too): an id rounded on its way through a
   * JavaScript number (2^53) or an Excel cell (15 digits) no longer reads the same.
   */
  nextApprovalId(nowMs: number): string {
    this.issued++;
    const spread = BigInt((this.issued * 7919 + 271) % 997) + 1n;
    const timeBased = APPROVAL_ID_BASE + BigInt(Math.floor(nowMs)) * 1000n + spread;
    this.lastId = timeBased > this.lastId ? timeBased : this.lastId + spread;
    return this.lastId.toString();
  }

  hasIdempotentId(appId: string, idempotentId: string): boolean {
    return this.byIdempotentKey.has(`${appId}\u0000${idempotentId}`);
  }

  /** Adds every record of one request (the caller has already checked it is all-or-nothing). */
  addAll(records: StoredRecord[]): void {
    for (const r of records) this.index(r);
    this.scheduleFlush();
  }

  find(approvalId: string): StoredRecord | undefined {
    return this.byApprovalId.get(approvalId);
  }

  setStatus(r: StoredRecord, status: ApprovalStatus, at: string): void {
    r.status = status;
    r.updated_at = at;
    this.scheduleFlush();
  }

  all(): StoredRecord[] {
    return [...this.list];
  }

  /** Writes the file now if a write is pending (also called on close). */
  flush(): void {
    if (!this.file || !this.flushPending) return;
    this.flushPending = false;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ records: this.list }, null, 1));
    renameSync(tmp, this.file);
  }

  private index(r: StoredRecord): void {
    this.list.push(r);
    this.byApprovalId.set(r.approval_id, r);
    if (r.idempotent_id) this.byIdempotentKey.set(`${r.app_id}\u0000${r.idempotent_id}`, r);
    if (/^\d{19}$/.test(r.approval_id) && BigInt(r.approval_id) > this.lastId)
      this.lastId = BigInt(r.approval_id);
  }

  private scheduleFlush(): void {
    if (!this.file || this.flushPending) return;
    this.flushPending = true;
    setImmediate(() => this.flush());
  }
}
