/**
 * The clerk's actions on records already in Feishu, as side effects: ask to revoke the selected
 * written rows, revoke them once confirmed, replace edited rows, verify written rows, list
 * Feishu's records on a sheet, adopt a held approval ID. Each run is one long piece of work with
 * progress and cancel like sending, is recorded on the Run log sheet, and repaints the sheet
 * from the core's fresh verdicts. What happens to each row is the port's (lifecycle-port.ts).
 */
import { useMemo, type Dispatch, type MutableRefObject } from "react";
import { messageText, type MessageId } from "../../core/catalog";
import type { SubmitProgress } from "../../core/engine/types";
import { runLogEntry, type RunAction } from "../../core/run-log";
import { confirmedRow, stillAsConfirmed, type ConfirmedRow } from "../../core/lifecycle/choose";
import type { RowVerdict } from "../../core/row-state";
import { sheetRowsOf } from "../../core/sheet-rows";
import type { RowChanges } from "../../excel/types";
import { offeredRuns, type AdoptChoice, type LifecycleRun, type PaneLifecycle } from "../lifecycle-port";
import type { PaneClient, Prepared, WorkbookAdapter } from "../ports";
import { S } from "../strings";
import { missingCredential } from "./credential";
import { isBusy, type Action, type PaneState } from "./reducer";
import { editedRows, liveRows, selectedLive } from "./lifecycle-rows";
import { wholeTables } from "./selectors";

/** Progress events can come hundreds a second; the pane repaints at most this often. */
const PROGRESS_EVERY_MS = 100;

export interface LifecycleActions {
  /** Reads the selection and shows the written rows in it for the clerk to confirm. */
  askRevoke(): Promise<void>;
  confirmRevoke(): Promise<void>;
  keepRecords(): void;
  /** Replaces the edited rows (all of them, or the one given). */
  replace(only?: { kind: RowVerdict["kind"]; row: number }): Promise<void>;
  verify(): Promise<void>;
  fillRecordsSheet(): Promise<void>;
  adopt(choices: AdoptChoice[]): Promise<void>;
}

export interface LifecycleDeps {
  lifecycle: PaneLifecycle | null;
  adapter: WorkbookAdapter;
  latest: MutableRefObject<PaneState>;
  dispatch: Dispatch<Action>;
  abortRef: MutableRefObject<AbortController | null>;
  now(): number;
  /** Who the Run log names for a run (the pane decides: clerkName). */
  whoIs(): string;
  clientFor(): PaneClient | null;
  refreshSelection(): Promise<RowChanges>;
  prepareNow(): Promise<Prepared>;
  fail(e: unknown): void;
}

const SCOPES: Record<RunAction, MessageId> = {
  send: "pane.scopeSelected",
  revoke: "pane.scopeSelected",
  replace: "pane.scopeEdited",
  verify: "pane.scopeWritten",
};

export function useLifecycle(deps: LifecycleDeps): LifecycleActions {
  const { lifecycle, adapter, latest, dispatch, abortRef, now, whoIs, clientFor, prepareNow, fail } = deps;
  const { refreshSelection } = deps;
  return useMemo<LifecycleActions>(() => {
    /** Starts one run when nothing else runs and the clerk can reach Feishu; null otherwise. */
    const start = (run: LifecycleRun) => {
      const s = latest.current;
      if (!lifecycle || !offeredRuns(lifecycle).includes(run) || isBusy(s.phase)) return null;
      const needs = missingCredential(s);
      if (needs) {
        dispatch({ type: "notice/set", notice: { intent: "warning", text: S[needs] } });
        return null;
      }
      const controller = new AbortController();
      abortRef.current = controller;
      const startedAt = now();
      dispatch({ type: "lifecycle/start", run, at: startedAt });
      let last = Number.NEGATIVE_INFINITY;
      const onProgress = (progress: SubmitProgress) => {
        const t = now();
        if (t - last < PROGRESS_EVERY_MS && progress.remaining > 0) return;
        last = t;
        dispatch({ type: "lifecycle/progress", progress });
      };
      const common = {
        client: clientFor() as PaneClient,
        signal: controller.signal,
        locale: s.locale,
        employeeType: s.settings.employeeType,
        onProgress,
      };
      return { lifecycle, startedAt, common };
    };

    /** The Run log row, then the sheet repainted from the core's fresh verdicts. */
    const finish = async (
      action: RunAction,
      startedAt: number,
      counts: { total: number; written: number; failed: number; skipped: number },
    ) => {
      const logged = await adapter
        .appendRunLog(
          runLogEntry(action, {
            startedAtMs: startedAt,
            endedAtMs: now(),
            who: whoIs(),
            scope: messageText(SCOPES[action]),
            ...counts,
          }),
          latest.current.locale,
        )
        .then(
          () => true,
          () => false,
        );
      if (!logged) dispatch({ type: "notice/set", notice: { intent: "warning", text: S.runLogFailed } });
      const after = await prepareNow();
      await adapter.showIssues(wholeTables(after));
      dispatch({ type: "live/done", prepared: after });
    };

    const settle = async (run: "revoke" | "replace", rows: RowVerdict[]) => {
      const go = start(run);
      if (!go) return;
      try {
        const options = { ...go.common, rows, all: latest.current.prepared?.rows ?? rows, now };
        const summary = await (run === "revoke"
          ? go.lifecycle.revoke?.run(options)
          : go.lifecycle.replace?.(options));
        if (!summary) return;
        dispatch({ type: "lifecycle/done", run, summary });
        await finish(run, go.startedAt, {
          total: rows.length,
          written: summary.done,
          failed: summary.failed,
          skipped: summary.skipped,
        });
        if (summary.journalRebuilt)
          dispatch({
            type: "notice/set",
            notice: {
              intent: "warning",
              text: messageText("pane.journalRebuilt", { n: summary.journalRebuilt }),
            },
          });
      } catch (e) {
        fail(e);
      } finally {
        abortRef.current = null;
      }
    };

    /**
     * The rows re-read at the moment of acting: only those still as the clerk chose them are
     * revoked or replaced; the clerk is told which changed and were not touched.
     */
    const actOnConfirmed = async (run: "revoke" | "replace", confirmed: ConfirmedRow[]) => {
      let still: ReturnType<typeof stillAsConfirmed>;
      let at: ReturnType<typeof sheetRowsOf>;
      try {
        const now = await prepareNow();
        dispatch({ type: "live/done", prepared: now });
        still = stillAsConfirmed(confirmed, now.rows);
        at = sheetRowsOf(now.headerRows);
      } catch (e) {
        fail(e);
        return;
      }
      if (still.rows.length) await settle(run, still.rows);
      else dispatch({ type: "lifecycle/confirm", confirm: null });
      if (!still.changed.length) return;
      const list = still.changed.map((c) => `${c.approvalId} (${at(c.kind, c.row)})`).join(", ");
      dispatch({
        type: "notice/set",
        notice: {
          intent: "warning",
          text: messageText("pane.rowsChanged", { n: still.changed.length, rows: list }),
        },
      });
    };

    return {
      async askRevoke() {
        if (isBusy(latest.current.phase)) return;
        const selection = await refreshSelection();
        try {
          const prepared = await prepareNow();
          dispatch({ type: "live/done", prepared });
          const rows = selectedLive(prepared, selection);
          if (!rows.length || !lifecycle?.revoke) {
            dispatch({ type: "notice/set", notice: { intent: "info", text: S.revokeNothing } });
            return;
          }
          const confirmation = await lifecycle.revoke.confirmation(rows);
          dispatch({ type: "lifecycle/confirm", confirm: { rows: rows.map(confirmedRow), confirmation } });
        } catch (e) {
          fail(e);
        }
      },
      async confirmRevoke() {
        const pending = latest.current.lifecycle.confirm;
        if (!pending) return;
        await actOnConfirmed("revoke", pending.rows);
      },
      keepRecords() {
        dispatch({ type: "lifecycle/confirm", confirm: null });
      },
      async replace(only) {
        const prepared = latest.current.prepared;
        if (!prepared) return;
        const rows = editedRows(prepared).filter(
          (v) => !only || (v.kind === only.kind && v.row === only.row),
        );
        if (rows.length) await actOnConfirmed("replace", rows.map(confirmedRow));
      },
      async verify() {
        const prepared = latest.current.prepared;
        if (!prepared) return;
        const rows = liveRows(prepared);
        const go = start("verify");
        if (!go?.lifecycle.verify) return;
        try {
          const result = await go.lifecycle.verify({ ...go.common, rows });
          dispatch({ type: "lifecycle/verified", result });
          const good = result.checks.filter((c) => c.state === "verified").length;
          const later = result.checks.filter((c) => c.state === "not_checkable").length;
          await finish("verify", go.startedAt, {
            total: rows.length,
            written: good,
            failed: result.checks.length - good - later,
            skipped: later,
          });
        } catch (e) {
          fail(e);
        } finally {
          abortRef.current = null;
        }
      },
      async fillRecordsSheet() {
        const prepared = latest.current.prepared;
        if (!prepared) return;
        const go = start("records");
        if (!go?.lifecycle.fillRecordsSheet) return;
        try {
          // A fresh check: rows the send's look kept back still name their people and days.
          const rows = (await prepareNow()).rows;
          const r = await go.lifecycle.fillRecordsSheet({ ...go.common, rows });
          dispatch({
            type: "lifecycle/listed",
            notice: {
              intent: "success",
              text: messageText("pane.recordsListed", { n: r.records, foreign: r.foreign }),
            },
          });
        } catch (e) {
          fail(e);
        } finally {
          abortRef.current = null;
        }
      },
      async adopt(choices) {
        if (!lifecycle?.adopt || !choices.length) return;
        try {
          // A fresh check: the look's flag keeps the rows from the send, but each keeps its record.
          const fresh = (await prepareNow()).rows.flatMap((v) => (v.record ? [v.record] : []));
          const records = new Map(fresh.map((r) => [`${r.kind}:${r.row}`, r]));
          const rows = choices.flatMap((c) => {
            const record = records.get(`${c.kind}:${c.row}`);
            return record ? [{ record, approvalId: c.approvalId }] : [];
          });
          await lifecycle.adopt(rows);
          dispatch({ type: "adopt/done", rows: choices });
          dispatch({
            type: "notice/set",
            notice: { intent: "success", text: messageText("pane.adopted", { n: rows.length }) },
          });
          const after = await prepareNow();
          await adapter.showIssues(wholeTables(after));
          dispatch({ type: "live/done", prepared: after });
        } catch (e) {
          fail(e);
        }
      },
    };
  }, [
    lifecycle,
    adapter,
    latest,
    dispatch,
    abortRef,
    now,
    whoIs,
    clientFor,
    refreshSelection,
    prepareNow,
    fail,
  ]);
}
