/**
 * One kind's table, row by row: cells -> typed row + field issues. Never throws: an unexpected
 * error in a row becomes an `unexpected_error` issue on that row.
 */
import { fingerprintOf } from "../build";
import type { RecordKind } from "../kinds";
import type { CoreSettings, Issue, TableSnapshot } from "../model";
import type { CatalogEntry } from "../template/catalog";
import type { HeaderMatch } from "../template/headers";
import type { ReadRules } from "../key-versions";
import { readCommon, type CommonFields } from "./common";
import { readLeaveOut } from "./leave-out";
import { makeIssue } from "./messages";
import { readOvertime } from "./overtime";
import { RowReader } from "./reader";
import { readTrip } from "./trip";
import { NO_ISSUES, type ApprovalRow, type RowFacts } from "./types";

/**
 * The outcome for one non-blank row: its facts for the cross-row checks and its field issues.
 * A row with no field errors is its ApprovalRow itself (`ok`; see isValid), so the typed row
 * and the facts are one object; cross-row checks may still add errors.
 */
export interface CheckedRow extends RowFacts {
  ok: boolean;
  /** Field issues of this row (cross-row issues are computed separately). */
  issues: Issue[];
}

type KindReader = (
  r: RowReader,
  c: CommonFields,
  catalog: readonly CatalogEntry[],
) => ApprovalRow | undefined;

const READERS: Record<RecordKind, KindReader> = {
  leave: (r, c, catalog) => readLeaveOut(r, c, "leave", catalog),
  out: (r, c, catalog) => readLeaveOut(r, c, "out", catalog),
  overtime: (r, c) => readOvertime(r, c),
  trip: (r, c) => readTrip(r, c),
};

export const isValid = (c: CheckedRow): c is ApprovalRow => c.ok;

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * Checks the given rows of a table (all rows when `rows` is omitted). Blank rows are skipped.
 * Assumes `match` has no missing required columns (the caller reports those at table level).
 */
export function checkRows(
  snapshot: TableSnapshot,
  match: HeaderMatch,
  settings: CoreSettings,
  catalog: readonly CatalogEntry[],
  rows?: Iterable<number>,
  rules?: ReadRules,
): CheckedRow[] {
  const out: CheckedRow[] = [];
  const issues: Issue[] = [];
  const reader = new RowReader(snapshot.kind, match, settings, issues, rules);
  const read = READERS[snapshot.kind];
  const all = snapshot.rows;
  const formats = snapshot.numberFormats;
  const list = rows ? [...rows].filter((i) => Number.isInteger(i) && i >= 0 && i < all.length) : undefined;
  const n = list ? list.length : all.length;
  for (let k = 0; k < n; k++) {
    const i = list ? list[k] : k;
    const cells = all[i];
    if (!Array.isArray(cells)) continue;
    issues.length = 0;
    reader.start(i, cells, formats?.[i]);
    try {
      if (reader.isBlankRow()) continue;
      const common = readCommon(reader);
      const valid = read(reader, common, catalog);
      const rowIssues = issues.length ? issues.slice() : NO_ISSUES;
      if (valid !== undefined && reader.errors === 0) {
        valid.fingerprint = fingerprintOf(valid, settings.employeeType);
        valid.issues = rowIssues;
        valid.ok = true;
        out.push(valid);
        continue;
      }
      const timed = common.start !== undefined && common.end !== undefined;
      out.push({
        kind: snapshot.kind,
        row: i,
        userId: common.userId,
        externalId: common.externalId,
        start: timed ? common.start : undefined,
        end: timed ? common.end : undefined,
        fingerprint: undefined,
        issues: rowIssues,
        ok: false,
      });
    } catch (e) {
      out.push({
        kind: snapshot.kind,
        row: i,
        ok: false,
        issues: [makeIssue(snapshot.kind, i, null, "unexpected_error", "error", { value: errorText(e) })],
      });
    }
  }
  return out;
}
