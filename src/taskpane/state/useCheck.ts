/**
 * The full check: the workbook read, emails and mobiles looked up, every row checked in slices
 * that leave the browser its turn (slices.ts), with progress and Stop; then the sheet marked.
 */
import { useCallback, useRef, type Dispatch, type MutableRefObject } from "react";
import type { CoreSettings } from "../../core/model";
import type { WorkbookAdapter, WorkbookSnapshot } from "../../excel/types";
import type { PaneClient, PaneCore, Prepared } from "../ports";
import { S } from "../strings";
import { P } from "../strings-people";
import type { PeopleSession } from "./people-session";
import { isBusy, type Action, type PaneState } from "./reducer";
import { wholeTables } from "./selectors";
import { isCheckStopped, runInSlices, type SliceOptions } from "./slices";

export interface CheckDeps {
  adapter: WorkbookAdapter;
  core: PaneCore;
  people: PeopleSession;
  latest: MutableRefObject<PaneState>;
  dispatch: Dispatch<Action>;
  coreSettings(snapshot: WorkbookSnapshot): CoreSettings;
  clientFor(): PaneClient | null;
  fail(e: unknown): void;
}

export function useCheck({
  adapter,
  core,
  people,
  latest,
  dispatch,
  coreSettings,
  clientFor,
  fail,
}: CheckDeps) {
  /** The full check of a snapshot, in slices that leave the browser its turn (state/slices.ts). */
  const prepareSliced = useCallback(
    (snapshot: WorkbookSnapshot, options?: SliceOptions) =>
      runInSlices(core.prepareSteps(snapshot, coreSettings(snapshot)), options),
    [core, coreSettings],
  );
  const prepareNow = useCallback(async (): Promise<Prepared> => {
    await people.load();
    return prepareSliced(await adapter.read());
  }, [adapter, people, prepareSliced]);
  /** Reads the workbook and, with a key, looks up its emails and mobiles first; then the full check. */
  const lookUpAndPrepare = useCallback(
    async (client: () => PaneClient | null, refresh = false, options?: SliceOptions) => {
      const s = latest.current.settings;
      const snapshot = await adapter.read();
      const found = await people.lookUp(client, snapshot.tables, s.employeeType, {
        refresh,
        maxAgeDays: s.peopleMaxAgeDays,
      });
      return { prepared: await prepareSliced(snapshot, options), lookupFailed: !!found.failure };
    },
    [adapter, people, prepareSliced, latest],
  );
  const checkAbort = useRef<AbortController | null>(null);
  const check = useCallback(
    async (refresh: boolean) => {
      if (isBusy(latest.current.phase)) return;
      const controller = new AbortController();
      checkAbort.current = controller;
      dispatch({ type: "check/start" });
      try {
        const { prepared, lookupFailed } = await lookUpAndPrepare(clientFor, refresh, {
          signal: controller.signal,
          onProgress: (progress) => dispatch({ type: "check/progress", progress }),
        });
        await adapter.showIssues(wholeTables(prepared));
        dispatch({ type: "check/done", prepared });
        if (lookupFailed)
          dispatch({ type: "notice/set", notice: { intent: "warning", text: P.lookupFailed } });
      } catch (e) {
        if (!isCheckStopped(e)) return fail(e);
        dispatch({ type: "check/stopped" });
        dispatch({ type: "notice/set", notice: { intent: "info", text: S.checkStopped } });
      } finally {
        checkAbort.current = null;
      }
    },
    [adapter, clientFor, lookUpAndPrepare, fail, dispatch, latest],
  );

  const stopCheck = useCallback(() => {
    checkAbort.current?.abort();
    dispatch({ type: "check/stop" });
  }, [dispatch]);

  return { prepareNow, lookUpAndPrepare, check, stopCheck };
}
