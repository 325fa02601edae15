/**
 * Rules across rows, in O(n log n): rows are grouped by value or by person and each person's
 * rows are swept once in start order. Rules: the same record twice in a table; the same
 * External ID twice in a table; overlapping leave/out/trip for one person (same kind: error,
 * across kinds: warning, same day only because trips count whole days: warning); overlapping
 * overtime for one person (error).
 */
import { DAY, startOfDay } from "../cells/datetime";
import { KINDS, type RecordKind } from "../kinds";
import type { Issue } from "../model";
import { sheetRowsOf, type SheetRow } from "../sheet-rows";
import { makeIssue, type IssueCode } from "./messages";
import type { RowFacts } from "./types";

/** Row numbers as the clerk sees them when the tables start on sheet row 1. */
const DEFAULT_SHEET_ROW: SheetRow = sheetRowsOf({});

class IssueSink {
  readonly issues: Issue[] = [];
  private seen = new Set<string>();
  constructor(private sheetRow: SheetRow) {}
  add(f: RowFacts, code: IssueCode, other: RowFacts, column: string | null, value?: string): void {
    const id = `${f.kind}\u0000${f.row}\u0000${code}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const severity =
      code === "overlap" || code === "duplicate_record" || code === "duplicate_external_id"
        ? "error"
        : "warning";
    this.issues.push(
      makeIssue(f.kind, f.row, column, code, severity, {
        row: this.sheetRow(other.kind, other.row),
        sheet: KINDS[other.kind].sheet,
        ...(value !== undefined ? { value } : {}),
      }),
    );
  }
}

/**
 * Calls `onGroup` for every set of two or more facts sharing a key. Keys seen once (most of
 * them) cost one Map entry and no array, which keeps 100,000-row tables cheap.
 */
function collisions(
  facts: readonly RowFacts[],
  keyOf: (f: RowFacts) => string | undefined,
  onGroup: (g: RowFacts[]) => void,
): void {
  const first = new Map<string, RowFacts>();
  const multi = new Map<string, RowFacts[]>();
  for (const f of facts) {
    const k = keyOf(f);
    if (k === undefined) continue;
    const a = first.get(k);
    if (a === undefined) {
      first.set(k, f);
      continue;
    }
    const g = multi.get(k);
    if (g) g.push(f);
    else multi.set(k, [a, f]);
  }
  for (const g of multi.values()) onGroup(g);
}

const externalIdOf = (f: RowFacts) => f.externalId;
const fingerprintOfFacts = (f: RowFacts) => f.fingerprint;

/** Duplicates within one kind's rows. */
function duplicates(facts: readonly RowFacts[], sink: IssueSink): void {
  collisions(facts, externalIdOf, (g) => {
    g.forEach((f, i) =>
      sink.add(f, "duplicate_external_id", g[i === 0 ? 1 : 0], "external_id", f.externalId),
    );
  });
  collisions(facts, fingerprintOfFacts, (g) => {
    for (let i = 1; i < g.length; i++) {
      const sameKey = g[i].externalId === undefined || g[i].externalId === g[0].externalId;
      sink.add(g[i], sameKey ? "duplicate_record" : "duplicate_content", g[0], null);
    }
  });
}

interface Span {
  f: RowFacts;
  start: number;
  end: number;
}

const identical = (a: RowFacts, b: RowFacts) =>
  a.kind === b.kind && a.fingerprint !== undefined && a.fingerprint === b.fingerprint;

/**
 * Sweeps one person's spans in start order, keeping per kind the earlier span that ends last:
 * a span overlaps some earlier span of kind K exactly when it overlaps that one.
 */
function sweep(spans: Span[], onOverlap: (later: Span, earlier: Span) => void): void {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const latest = new Map<RecordKind, Span>();
  for (const s of spans) {
    for (const e of latest.values()) if (e.end > s.start) onOverlap(s, e);
    const cur = latest.get(s.f.kind);
    if (!cur || s.end > cur.end) latest.set(s.f.kind, s);
  }
}

const tripDays = (f: RowFacts, start: number, end: number): [number, number] =>
  f.kind === "trip" ? [startOfDay(start), startOfDay(end - 1) + DAY] : [start, end];

/** Overlaps among one person's rows of the kinds checked together (leave/out/trip, or overtime). */
function personOverlaps(rows: RowFacts[], sink: IssueSink): void {
  const both = (a: Span, b: Span, code: IssueCode) => {
    sink.add(a.f, code, b.f, "start_time");
    sink.add(b.f, code, a.f, "start_time");
  };
  sweep(
    rows.map((f) => ({ f, start: f.start as number, end: f.end as number })),
    (s, e) => {
      if (!identical(s.f, e.f)) both(s, e, s.f.kind === e.f.kind ? "overlap" : "overlap_other_sheet");
    },
  );
  if (!rows.some((f) => f.kind === "trip")) return;
  sweep(
    rows.map((f) => {
      const [start, end] = tripDays(f, f.start as number, f.end as number);
      return { f, start, end };
    }),
    (s, e) => {
      const real = (s.f.start as number) < (e.f.end as number) && (e.f.start as number) < (s.f.end as number);
      if (!real && (s.f.kind === "trip" || e.f.kind === "trip")) both(s, e, "overlap_trip_day");
    },
  );
}

const timed = (f: RowFacts) => (f.start !== undefined && f.end !== undefined ? f.userId : undefined);

/** Cross-row issues for the given rows of any kinds (pass every kind so overlaps across sheets are seen). */
export function crossCheck(facts: readonly RowFacts[], sheetRow: SheetRow = DEFAULT_SHEET_ROW): Issue[] {
  const sink = new IssueSink(sheetRow);
  const byKind: Record<RecordKind, RowFacts[]> = { leave: [], out: [], overtime: [], trip: [] };
  for (const f of facts) byKind[f.kind].push(f);
  for (const kind of Object.keys(byKind) as RecordKind[]) duplicates(byKind[kind], sink);
  collisions([...byKind.leave, ...byKind.out, ...byKind.trip], timed, (g) => personOverlaps(g, sink));
  collisions(byKind.overtime, timed, (g) => personOverlaps(g, sink));
  return sink.issues;
}
