/**
 * Each checked row's verdict: its stored result columns read, older key rules tried when the
 * stored fingerprint differs (key-versions.ts), and the one state decided by row-state.ts.
 * Shared by the full check (prepare.ts) and live updates (live.ts).
 */
import { keyOf } from "./build";
import { LEGACY_READ_RULES } from "./key-versions";
import type { CoreSettings, PreparedRecord, TableSnapshot } from "./model";
import { rowState, type RowVerdict, type StoredResult } from "./row-state";
import { storedResultOf } from "./status";
import type { CatalogEntry } from "./template/catalog";
import type { HeaderMatch } from "./template/headers";
import { checkRows, isValid, type CheckedRow } from "./validate/table";

type KeyPrint = Pick<PreparedRecord, "key" | "fingerprint">;

/** The row's key and fingerprint under each older rule set (each re-read once). */
export function legacyKeyPrints(
  snapshot: TableSnapshot,
  match: HeaderMatch,
  settings: CoreSettings,
  catalog: readonly CatalogEntry[],
  row: number,
): KeyPrint[] {
  const out: KeyPrint[] = [];
  for (const rules of LEGACY_READ_RULES) {
    const [c] = checkRows(snapshot, match, settings, catalog, [row], rules);
    if (c && isValid(c) && c.fingerprint !== undefined)
      out.push({ key: keyOf(c, c.fingerprint), fingerprint: c.fingerprint });
  }
  return out;
}

/** Whether the stored result could have come from an older rule set: it claims a send and does not match. */
const worthLegacy = (stored: StoredResult, record: KeyPrint | undefined): boolean =>
  stored.fingerprint !== undefined &&
  (stored.approvalId !== undefined || stored.status === "unknown" || stored.status === "failed") &&
  (record === undefined || record.fingerprint !== stored.fingerprint || record.key !== stored.key);

export interface VerdictInput {
  snapshot: TableSnapshot;
  match?: HeaderMatch;
  settings: CoreSettings;
  catalog: readonly CatalogEntry[];
}

/** The verdict of one checked (non-blank) row. */
export function verdictOf(
  t: VerdictInput,
  c: CheckedRow,
  hasErrors: boolean,
  record: PreparedRecord | undefined,
): RowVerdict {
  const stored = t.match ? storedResultOf(t.snapshot, t.match, c.row) : {};
  const legacy =
    t.match && worthLegacy(stored, record)
      ? legacyKeyPrints(t.snapshot, t.match, t.settings, t.catalog, c.row)
      : undefined;
  const state = rowState({ blank: false, hasErrors, record, legacy, stored });
  const v: RowVerdict = { kind: c.kind, row: c.row, state, stored };
  if (record) v.record = record;
  return v;
}
