/**
 * The book as rows of the workbook's hidden people sheet, and back: one row per looked-up
 * email or mobile (with the lookup time) and one per person a write was refused for, so
 * answers are reused across runs. Unreadable rows are dropped (they are asked again).
 */
import { EMPLOYEE_TYPES, type EmployeeType } from "../feishu/schemas";
import type { CellValue } from "../model";
import { isPersonRefusal } from "../feishu/codes";
import { PeopleBook, type LookupEntry, type Refusal } from "./book";
import type { LookupIdType } from "./identify";

export const PEOPLE_CACHE_HEADERS = ["key", "id_type", "user_id", "looked_up_at", "refused_code"] as const;
/** The key column of a refusal row. */
const REFUSED = "refused";
const ID_TYPES: readonly LookupIdType[] = ["user_id", "open_id"];

const str = (v: CellValue) => (v == null ? "" : String(v).trim());

export function bookToRows(book: PeopleBook): string[][] {
  return [
    ...book.entries().map((e) => [e.key, e.idType, e.userIds.join(" "), new Date(e.at).toISOString(), ""]),
    ...book
      .refused()
      .map((r) => [REFUSED, r.employeeType, r.userId, new Date(r.at).toISOString(), String(r.code)]),
  ];
}

export function bookFromRows(rows: readonly (readonly CellValue[])[]): PeopleBook {
  const entries: LookupEntry[] = [];
  const refusals: Refusal[] = [];
  for (const r of rows) {
    const [key, type, ids, when, code] = [0, 1, 2, 3, 4].map((i) => str(r[i]));
    const at = Date.parse(when);
    if (!Number.isFinite(at)) continue;
    if (key === REFUSED) {
      const c = Number(code);
      if (ids && (EMPLOYEE_TYPES as readonly string[]).includes(type) && isPersonRefusal(c))
        refusals.push({ employeeType: type as EmployeeType, userId: ids, code: c, at });
    } else if (/^(email|mobile):./.test(key) && (ID_TYPES as readonly string[]).includes(type)) {
      entries.push({ key, idType: type as LookupIdType, userIds: ids ? ids.split(/\s+/) : [], at });
    }
  }
  return new PeopleBook(entries, refusals);
}
