/**
 * Which emails and mobiles to ask batch_get_id about, in as few calls as Feishu allows
 * (at most 50 emails and 50 mobiles a call, docs/feishu-api.md §5), and what an answer
 * teaches the book.
 */
import type { BatchGetIdBody } from "../feishu/schemas";
import type { LookupEntry, PeopleBook } from "./book";
import { lookupKey, type LookupIdType, type PersonRef } from "./identify";

export const LOOKUP_BATCH = 50;

export type ContactRef = Exclude<PersonRef, { type: "id" }>;

export interface LookupPlanOptions {
  now: number;
  /** Answers older than this are asked again. */
  maxAgeMs: number;
  /** Ask again about everyone, whatever the book holds. */
  refresh?: boolean;
}

/** One call's body: emails and mobiles as normalised (identify.ts). */
export type LookupBatch = Required<Pick<BatchGetIdBody, "emails" | "mobiles">>;

/** Distinct emails and mobiles the book has no fresh answer for, paired into calls. */
export function planLookups(
  refs: Iterable<ContactRef>,
  book: PeopleBook,
  idType: LookupIdType,
  o: LookupPlanOptions,
): LookupBatch[] {
  const emails = new Set<string>();
  const mobiles = new Set<string>();
  for (const ref of refs) {
    const known = book.lookup(idType, lookupKey(ref));
    if (!o.refresh && known && o.now - known.at <= o.maxAgeMs) continue;
    (ref.type === "email" ? emails : mobiles).add(ref.value);
  }
  const e = [...emails];
  const m = [...mobiles];
  const calls = Math.ceil(Math.max(e.length, m.length) / LOOKUP_BATCH);
  return Array.from({ length: calls }, (_, i) => ({
    emails: e.slice(i * LOOKUP_BATCH, (i + 1) * LOOKUP_BATCH),
    mobiles: m.slice(i * LOOKUP_BATCH, (i + 1) * LOOKUP_BATCH),
  }));
}

interface AnswerEntry {
  user_id?: unknown;
  email?: unknown;
  mobile?: unknown;
  status?: { is_resigned?: unknown };
}

const listOf = (body: unknown): AnswerEntry[] => {
  const list = (body as { data?: { user_list?: unknown } } | null)?.data?.user_list;
  return Array.isArray(list)
    ? (list.filter((e) => typeof e === "object" && e !== null) as AnswerEntry[])
    : [];
};

/**
 * One entry per asked email and mobile, from `data.user_list`: an entry without `user_id`
 * (or a resigned person's) is not found; two different IDs for one input are ambiguous.
 * Inputs the answer does not mention are not found either.
 */
export function readLookupAnswer(
  batch: LookupBatch,
  body: unknown,
  idType: LookupIdType,
  at: number,
): LookupEntry[] {
  const found = new Map<string, Set<string>>();
  for (const e of listOf(body)) {
    const raw = typeof e.email === "string" ? e.email : typeof e.mobile === "string" ? e.mobile : null;
    if (raw === null) continue;
    const key = typeof e.email === "string" ? `email:${raw.trim().toLowerCase()}` : `mobile:${raw.trim()}`;
    const ids = found.get(key) ?? new Set<string>();
    found.set(key, ids);
    if (typeof e.user_id === "string" && e.user_id && e.status?.is_resigned !== true) ids.add(e.user_id);
  }
  const entry = (key: string): LookupEntry => ({ key, idType, userIds: [...(found.get(key) ?? [])], at });
  return [
    ...batch.emails.map((value) => entry(lookupKey({ type: "email", value }))),
    ...batch.mobiles.map((value) => entry(lookupKey({ type: "mobile", value }))),
  ];
}
