/**
 * Live validation as the clerk types: the core re-checks the edited rows (and those that depend
 * on them) and says which rows to repaint; without an earlier full check it runs one. Edits that
 * arrive while other work runs wait for it. Change events are per sheet, so the subscription is
 * renewed after each template run (new sheets).
 */
import { useEffect, type Dispatch, type MutableRefObject } from "react";
import type { CoreSettings } from "../../core/model";
import type { RowChanges, TemplateReport, WorkbookAdapter, WorkbookSnapshot } from "../../excel/types";
import type { PaneCore, Prepared } from "../ports";
import { isBusy, type Action, type PaneState } from "./reducer";
import { wholeTables } from "./selectors";

/** How long queued edits wait before trying again while a check or a run is busy. */
const BUSY_RETRY_MS = 250;
/**
 * "Checking…" shows only for a re-check still running after this long: a quick one (most edits)
 * ends without the status flickering, which would also cost the pane a repaint per edit.
 */
const WORKING_SHOWN_AFTER_MS = 200;

export interface LiveValidationDeps {
  adapter: WorkbookAdapter;
  core: PaneCore;
  latest: MutableRefObject<PaneState>;
  dispatch: Dispatch<Action>;
  coreSettings(snapshot: WorkbookSnapshot): CoreSettings;
  prepareNow(): Promise<Prepared>;
  fail(e: unknown): void;
  templateRun: TemplateReport | null;
}

export function useLiveValidation(deps: LiveValidationDeps) {
  const { adapter, core, latest, dispatch, coreSettings, prepareNow, fail, templateRun } = deps;
  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let closed = false;
    let running = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let queued: RowChanges = [];

    const recheck = async (touched: RowChanges): Promise<void> => {
      if (latest.current.prepared) {
        // Only the edited rows are read; the rows they affect are re-checked from what the core remembers.
        const snapshot = await adapter.readRows(touched);
        // The rows read are the edited rows that are in the tables now.
        const read = snapshot.tables.map((t) => ({ kind: t.kind, rows: t.partRows ?? [] }));
        const update = snapshot.moved ? null : core.update(snapshot, read, coreSettings(snapshot));
        if (update) {
          await adapter.showIssues(update.repaint);
          dispatch({ type: "live/done", prepared: update.prepared });
          return;
        }
      }
      const prepared = await prepareNow();
      await adapter.showIssues(wholeTables(prepared));
      dispatch({ type: "live/done", prepared });
    };

    const run = async (): Promise<void> => {
      if (closed || running || !queued.length) return;
      if (isBusy(latest.current.phase)) {
        retry ??= setTimeout(() => {
          retry = null;
          void run();
        }, BUSY_RETRY_MS);
        return;
      }
      running = true;
      const touched = queued;
      queued = [];
      const working = setTimeout(() => dispatch({ type: "live/start" }), WORKING_SHOWN_AFTER_MS);
      try {
        await recheck(touched);
      } catch (e) {
        dispatch({ type: "live/done", prepared: null });
        fail(e);
      } finally {
        clearTimeout(working);
        running = false;
      }
      await run();
    };

    adapter
      .onRowsChanged((changes) => {
        queued = [...queued, ...changes];
        void run();
      })
      .then((off) => (closed ? void off() : (unsubscribe = off)))
      .catch(() => undefined);
    return () => {
      closed = true;
      if (retry) clearTimeout(retry);
      if (unsubscribe) void unsubscribe();
    };
  }, [adapter, core, latest, dispatch, coreSettings, prepareNow, fail, templateRun]);
}
