/**
 * The one decision on an Employee cell: which Feishu ID of the chosen type it stands for,
 * or why it cannot be sent (not found, ambiguous, of another type, not yet looked up, or
 * refused by an earlier write). Validation asks it for every row.
 */
import { idFromCell, CellError } from "../cells/number";
import type { EmployeeType } from "../feishu/schemas";
import type { CellValue, CoreSettings, TableSnapshot } from "../model";
import { matchHeaders } from "../template/headers";
import type { PeopleBook } from "./book";
import { classifyEmployee, lookupIdType, lookupKey, type PersonProblem } from "./identify";
import type { ContactRef } from "./plan";

export type EmployeeProblem =
  PersonProblem | "not_looked_up" | "not_found" | "ambiguous" | "refused_unknown" | "refused_out_of_scope";

export type ResolvedEmployee =
  { ok: true; userId: string } | { ok: false; problem: EmployeeProblem; userId?: string };

function refusalOf(book: PeopleBook | undefined, type: EmployeeType, userId: string): ResolvedEmployee {
  const refusal = book?.refusal(type, userId);
  if (!refusal) return { ok: true, userId };
  return {
    ok: false,
    problem: refusal.code === 1220004 ? "refused_unknown" : "refused_out_of_scope",
    userId,
  };
}

/** `cell` is the Employee cell's text (trimmed, non-blank). */
export function resolveEmployee(
  cell: string,
  settings: Pick<CoreSettings, "employeeType" | "people">,
): ResolvedEmployee {
  const type = settings.employeeType;
  const c = classifyEmployee(cell, type);
  if (c.type === "problem") return { ok: false, problem: c.problem };
  if (c.type === "id") return refusalOf(settings.people, type, c.id);
  const idType = lookupIdType(type);
  const entry = idType ? settings.people?.lookup(idType, lookupKey(c)) : undefined;
  if (!entry) return { ok: false, problem: "not_looked_up" };
  if (entry.userIds.length === 0) return { ok: false, problem: "not_found" };
  if (entry.userIds.length > 1) return { ok: false, problem: "ambiguous" };
  return refusalOf(settings.people, type, entry.userIds[0]);
}

const cellText = (v: CellValue): string | null => {
  const t = idFromCell(v);
  return t === undefined || t instanceof CellError ? null : t;
};

/** The emails and mobiles the Employee cells of these tables name (repeats included; the planner dedupes). */
export function* contactsIn(
  tables: readonly TableSnapshot[],
  employeeType: EmployeeType,
): Generator<ContactRef> {
  for (const t of tables) {
    const at = matchHeaders(t.kind, t.headers ?? []).index.get("employee");
    if (at === undefined) continue;
    for (const row of t.rows) {
      const text = Array.isArray(row) ? cellText(row[at]) : null;
      if (text === null) continue;
      const c = classifyEmployee(text, employeeType);
      if (c.type === "email" || c.type === "mobile") yield c;
    }
  }
}
