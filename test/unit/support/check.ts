/** A full check as the pane runs it (taskpane/core-bridge.ts): LiveValidator's steps, driven to the end. */
import { LiveValidator } from "../../../src/core/live";
import { DEFAULT_SETTINGS, type CoreSettings, type TableSnapshot } from "../../../src/core/model";
import type { PrepareOptions, PreparedWorkbook } from "../../../src/core/prepare";
import { DEFAULT_CATALOG, type CatalogEntry } from "../../../src/core/template/catalog";

export function checkWorkbook(
  snapshots: readonly TableSnapshot[],
  settings: CoreSettings = DEFAULT_SETTINGS,
  catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
  options: PrepareOptions = {},
): PreparedWorkbook {
  const steps = new LiveValidator(settings, catalog, options).loadSteps(snapshots);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
