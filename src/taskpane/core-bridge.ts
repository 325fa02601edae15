/**
 * Binds the pure core to the pane's PaneCore port: full checks (prepareWorkbook semantics, with
 * every row's state), live re-checks of edited rows (LiveValidator), and runs (submitRecords,
 * with interrupted rows resumed under their stored key and rows already written skipped).
 */
import { existingApprovals, planRecords, submitRecords } from "../core/engine";
import { LiveValidator } from "../core/live";
import { patchCheck } from "../core/live-patch";
import { DEFAULT_SETTINGS, type CoreSettings } from "../core/model";
import { contentKeysOf } from "../core/row-identity";
import { DEFAULT_CATALOG, type CatalogEntry } from "../core/template/catalog";
import { drain, type CheckProgress, type PreparedWorkbook } from "../core/prepare";
import { LookFindings } from "../core/records/findings";
import type { WorkbookSnapshot } from "../excel/types";
import type { PaneCore, Prepared } from "./ports";

const toPrepared = (wb: PreparedWorkbook): Prepared => ({
  issues: wb.issues,
  records: wb.records,
  rows: wb.rows,
  rowCounts: wb.rowCounts,
  headerRows: wb.headerRows,
});

const settingsKey = (s: CoreSettings, snapshot: WorkbookSnapshot) => JSON.stringify([s, snapshot.catalog]);

export function createPaneCore(): PaneCore {
  let live: { validator: LiveValidator; key: string; prepared: Prepared } | null = null;
  // What the last full check read with: a write finds rows by the keys their cells make under it.
  let checkedWith: { settings: CoreSettings; catalog: readonly CatalogEntry[] } | null = null;
  // What the look at Feishu found: every check the pane gets carries what still holds.
  const findings = new LookFindings();
  function* prepareSteps(
    snapshot: WorkbookSnapshot,
    settings: CoreSettings,
  ): Generator<CheckProgress, Prepared> {
    live = null;
    checkedWith = { settings: { ...settings, dateSystem: snapshot.dateSystem }, catalog: snapshot.catalog };
    const validator = new LiveValidator(checkedWith.settings, snapshot.catalog);
    const prepared = toPrepared(yield* validator.loadSteps(snapshot.tables));
    live = { validator, key: settingsKey(settings, snapshot), prepared };
    return findings.apply(prepared);
  }
  return {
    prepare: (snapshot, settings) => drain(prepareSteps(snapshot, settings)),
    prepareSteps,
    update(snapshot, changes, settings) {
      if (!live || live.key !== settingsKey(settings, snapshot)) return null;
      const repaint = snapshot.tables.some((t) => t.partRows)
        ? live.validator.updateParts(snapshot.tables, changes)
        : live.validator.update(snapshot.tables, changes);
      if (!repaint) return null;
      // Only the repainted rows changed: the rest of the last check stands.
      live.prepared = patchCheck(live.prepared, repaint, live.validator.headerRows());
      return { prepared: findings.apply(live.prepared), repaint: findings.apply(repaint) };
    },
    submit({ stored, records, ...options }) {
      return submitRecords({
        ...options,
        records: planRecords(records, stored),
        existing: existingApprovals(stored),
      });
    },
    contentKeys: (table) =>
      contentKeysOf(
        table,
        checkedWith?.settings ?? DEFAULT_SETTINGS,
        checkedWith?.catalog ?? DEFAULT_CATALOG,
      ),
    rememberLook: (looked, issues) => findings.remember(looked, issues),
    withFindings: (prepared) => findings.apply(prepared),
  };
}
