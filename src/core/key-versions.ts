/**
 * The key (`idempotent_id`) and fingerprint are stored in clerks' workbooks, so how cells become
 * the hashed content is a contract (tests pin the values). When the reading rules change, the
 * older rules stay here by number: a row written under them is recognised by recomputing its
 * fingerprint the old way, so it stays "submitted" instead of turning "edited".
 *
 * - Rules 1: a whole date serial in a cell whose number format showed a time was midnight, and a
 *   bare End date meant 23:59:59 of that day even when Start had a time. Lengths were not
 *   checked against the span and deprecated values were sent, so rows written then re-read.
 * - Rules 2 (current): only when both Start and End are dates without a time of day is the
 *   record whole days (00:00:00 of the first day to 23:59:59 of the last, whatever the cells'
 *   formats show); otherwise both are sent as written.
 */
export type ReadRules = 1 | 2;

export const CURRENT_READ_RULES: ReadRules = 2;

/** Older rules, newest first, tried for rows whose stored fingerprint no longer matches. */
export const LEGACY_READ_RULES: readonly ReadRules[] = [1];
