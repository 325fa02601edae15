/** A full check as the pane runs it (taskpane/core-bridge.ts): LiveValidator's steps, driven to the end. */
import { LiveValidator } from "../../../src/core/live";
import { DEFAULT_SETTINGS, type CoreSettings, type TableSnapshot } from "../../../src/core/model";
import { drain, type PrepareOptions, type PreparedWorkbook } from "../../../src/core/prepare";
import { DEFAULT_CATALOG, type CatalogEntry } from "../../../src/core/template/catalog";

export function checkWorkbook(
  snapshots: readonly TableSnapshot[],
  settings: CoreSettings = DEFAULT_SETTINGS,
  catalog: readonly CatalogEntry[] = DEFAULT_CATALOG,
  options: PrepareOptions = {},
): PreparedWorkbook {
  return drain(new LiveValidator(settings, catalog, options).loadSteps(snapshots));
}
