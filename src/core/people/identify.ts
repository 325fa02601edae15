/**
 * What an Employee cell names: a Feishu ID of the chosen type, a work email, or a mobile
 * number. Emails and mobiles are normalised to the form batch_get_id is asked with
 * (docs/feishu-api.md §5), so the same person written two ways is looked up once.
 */
import type { EmployeeType } from "../feishu/schemas";

/** batch_get_id's `user_id_type` that yields IDs for an `employee_type` (docs/feishu-api.md §5). */
export type LookupIdType = "user_id" | "open_id";

export type PersonRef =
  { type: "id"; id: string } | { type: "email"; value: string } | { type: "mobile"; value: string };

/** Why a cell cannot name anyone as written. */
export type PersonProblem =
  /** An ID of another type (an open_id or union_id where employee IDs are chosen, or the reverse). */
  | "wrong_type"
  /** Looks like an email or a mobile number, but is not a valid one. */
  | "bad_contact"
  /** Emails and mobiles cannot be turned into employee numbers (工号). */
  | "lookup_unsupported";

export type Classified = PersonRef | { type: "problem"; problem: PersonProblem };

/** employee_id is the contact API's user_id; open_id is the same app's open_id; 工号 has no lookup. */
export function lookupIdType(employeeType: EmployeeType): LookupIdType | null {
  if (employeeType === "employee_id") return "user_id";
  if (employeeType === "open_id") return "open_id";
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Characters people put inside phone numbers. */
const PHONE_SEPARATORS = /[\s\-().]/g;
const CN_MOBILE = /^1[3-9]\d{9}$/;

/** Lower case, trimmed, or null when it is not an email address. */
export function normaliseEmail(s: string): string | null {
  const t = s.trim().toLowerCase();
  return EMAIL.test(t) ? t : null;
}

/**
 * `+` and country code, digits only: `138 0000 0001`, `+86 138-0000-0001`, `0086…` and
 * `86138…` all give `+8613800000001`. Without a country code only mainland mobiles are
 * recognised (docs/feishu-api.md §5: other numbers need `+` and the country code). Null when it is not one.
 */
export function normaliseMobile(s: string): string | null {
  let t = s.trim().replace(PHONE_SEPARATORS, "");
  if (t.startsWith("00")) t = `+${t.slice(2)}`;
  if (CN_MOBILE.test(t)) return `+86${t}`;
  if (/^86/.test(t) && CN_MOBILE.test(t.slice(2))) return `+${t}`;
  if (!/^\+\d{7,15}$/.test(t)) return null;
  if (t.startsWith("+86") && !CN_MOBILE.test(t.slice(3))) return null;
  return t;
}

/** Written as a phone number would be: digits with a `+`, or with separators, or a bare mainland mobile. */
function looksLikePhone(s: string, employeeType: EmployeeType): boolean {
  if (!/^[+\d\s\-().]+$/.test(s) || !/\d{5}/.test(s.replace(PHONE_SEPARATORS, ""))) return false;
  if (/[+\s\-().]/.test(s)) return true;
  // Bare digits are an employee number (工号) when that is the chosen type.
  return employeeType !== "employee_no" && CN_MOBILE.test(s);
}

const isOpenId = (s: string) => s.startsWith("ou_");
const isUnionId = (s: string) => s.startsWith("on_");

function contactOf(s: string, employeeType: EmployeeType): PersonRef | "bad" | null {
  if (s.includes("@")) {
    const value = normaliseEmail(s);
    return value ? { type: "email", value } : "bad";
  }
  if (!looksLikePhone(s, employeeType)) return null;
  const value = normaliseMobile(s);
  return value ? { type: "mobile", value } : "bad";
}

/** What one Employee cell (already trimmed text) names, for the chosen employee ID type. */
export function classifyEmployee(cell: string, employeeType: EmployeeType): Classified {
  const s = cell.trim();
  const contact = contactOf(s, employeeType);
  if (contact === "bad") return { type: "problem", problem: "bad_contact" };
  if (contact)
    return lookupIdType(employeeType) ? contact : { type: "problem", problem: "lookup_unsupported" };
  if (isUnionId(s) || (employeeType === "open_id" ? !isOpenId(s) : isOpenId(s)))
    return { type: "problem", problem: "wrong_type" };
  return { type: "id", id: s };
}

/** The cache key of a lookup: `email:…` or `mobile:+…`. */
export const lookupKey = (ref: Exclude<PersonRef, { type: "id" }>): string => `${ref.type}:${ref.value}`;
