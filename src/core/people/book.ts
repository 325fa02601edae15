/**
 * What is known about people, kept between checks (and in the workbook between runs):
 * batch_get_id answers per email or mobile, and the people a write was refused for
 * (the codes feishu/codes.ts marks `person`: 1220004 unknown, 1220005 outside the attendance
 * data range, docs/feishu-api.md §1.9),
 * so their other rows are flagged before they are sent.
 */
import type { PersonRefusal } from "../feishu/codes";
import type { EmployeeType } from "../feishu/schemas";
import type { LookupIdType } from "./identify";

export interface LookupEntry {
  /** `email:…` or `mobile:+…` (lookupKey). */
  key: string;
  idType: LookupIdType;
  /** No ID: not found; one: found; more than one: ambiguous. */
  userIds: string[];
  /** When Feishu answered, ms since the epoch. */
  at: number;
}

export interface Refusal {
  employeeType: EmployeeType;
  userId: string;
  code: PersonRefusal;
  at: number;
}

const lookupId = (idType: LookupIdType, key: string) => `${idType} ${key}`;
const refusalId = (employeeType: EmployeeType, userId: string) => `${employeeType} ${userId}`;

export class PeopleBook {
  private readonly lookups = new Map<string, LookupEntry>();
  private readonly refusals = new Map<string, Refusal>();
  /** Bumped on every change, so a check made with an older book is known to be stale. */
  private version = 0;

  constructor(entries: readonly LookupEntry[] = [], refusals: readonly Refusal[] = []) {
    for (const e of entries) this.learn(e);
    for (const r of refusals) this.refuse(r);
  }

  lookup(idType: LookupIdType, key: string): LookupEntry | undefined {
    return this.lookups.get(lookupId(idType, key));
  }

  refusal(employeeType: EmployeeType, userId: string): Refusal | undefined {
    return this.refusals.get(refusalId(employeeType, userId));
  }

  learn(e: LookupEntry): void {
    this.lookups.set(lookupId(e.idType, e.key), e);
    this.version++;
  }

  refuse(r: Refusal): void {
    this.refusals.set(refusalId(r.employeeType, r.userId), r);
    this.version++;
  }

  entries(): LookupEntry[] {
    return [...this.lookups.values()];
  }

  refused(): Refusal[] {
    return [...this.refusals.values()];
  }

  get size(): number {
    return this.lookups.size + this.refusals.size;
  }

  /** Settings are compared as JSON: a book stands for its version, not its thousands of entries. */
  toJSON(): string {
    return `people#${this.version}`;
  }
}
