/**
 * The pane's state for records already in Feishu: the revoke confirmation, the revoke, replace,
 * verify and records-sheet runs with their progress and results, and the rows offered for
 * adopting an approval ID Feishu already holds. Part of the one reducer (reducer.ts hands these
 * actions here); side effects live in useLifecycle.ts.
 */
import type { SubmitProgress } from "../../core/engine/types";
import type { ConfirmedRow, RevokeConfirmation } from "../../core/lifecycle/choose";
import type { AdoptChoice, LifecycleRun, LifecycleSummary, VerifyResult } from "../lifecycle-port";
import type { Notice, PaneState } from "./reducer";

/** A run on records in Feishu under way (one long piece of work at a time, like sending). */
export interface RunningPhase {
  name: "running";
  run: LifecycleRun;
  progress: SubmitProgress;
  cancelling: boolean;
  startedAt: number;
}

/** What a finished revoke or replace run, or a verify, left to read. */
export type RanPhase =
  | { name: "ran"; run: "revoke" | "replace"; summary: LifecycleSummary }
  | { name: "verified"; result: VerifyResult };

/** A revoke waiting for the clerk's yes: the rows, and what Feishu would take back. */
export interface PendingRevoke {
  /** The rows as confirmed (approval ID and record): acted on only while they still are so. */
  rows: ConfirmedRow[];
  confirmation: RevokeConfirmation;
}

export interface LifecycleState {
  /** The revoke shown for the clerk to confirm; null when not asking. */
  confirm: PendingRevoke | null;
  /** Rows flagged "probably written before", with the approval ID Feishu already holds. */
  adopt: AdoptChoice[];
}

export const initialLifecycle = (): LifecycleState => ({ confirm: null, adopt: [] });

export type LifecycleAction =
  | { type: "lifecycle/confirm"; confirm: PendingRevoke | null }
  | { type: "lifecycle/start"; run: LifecycleRun; at: number }
  | { type: "lifecycle/progress"; progress: SubmitProgress }
  | { type: "lifecycle/cancel" }
  | { type: "lifecycle/done"; run: "revoke" | "replace"; summary: LifecycleSummary }
  | { type: "lifecycle/verified"; result: VerifyResult }
  | { type: "lifecycle/listed"; notice: Notice }
  | { type: "adopt/offer"; choices: AdoptChoice[] }
  | { type: "adopt/done"; rows: { kind: AdoptChoice["kind"]; row: number }[] };

const noProgress: SubmitProgress = {
  total: 0,
  sent: 0,
  ok: 0,
  failed: 0,
  retrying: 0,
  remaining: 0,
  etaMs: null,
};

export const isLifecycleAction = (a: { type: string }): a is LifecycleAction =>
  a.type.startsWith("lifecycle/") || a.type.startsWith("adopt/");

export function lifecycleReducer(state: PaneState, action: LifecycleAction): PaneState {
  const lc = state.lifecycle;
  const running = state.phase.name === "running" ? state.phase : null;
  switch (action.type) {
    case "lifecycle/confirm":
      return { ...state, lifecycle: { ...lc, confirm: action.confirm } };
    case "lifecycle/start":
      return {
        ...state,
        phase: {
          name: "running",
          run: action.run,
          progress: noProgress,
          cancelling: false,
          startedAt: action.at,
        },
        lifecycle: { ...lc, confirm: null },
        preview: null,
        notice: null,
      };
    case "lifecycle/progress":
      return running ? { ...state, phase: { ...running, progress: action.progress } } : state;
    case "lifecycle/cancel":
      return running ? { ...state, phase: { ...running, cancelling: true } } : state;
    case "lifecycle/done":
      return running ? { ...state, phase: { name: "ran", run: action.run, summary: action.summary } } : state;
    case "lifecycle/verified":
      return running ? { ...state, phase: { name: "verified", result: action.result } } : state;
    case "lifecycle/listed":
      return running ? { ...state, phase: { name: "idle" }, notice: action.notice } : state;
    case "adopt/offer":
      return { ...state, lifecycle: { ...lc, adopt: action.choices } };
    case "adopt/done": {
      const gone = new Set(action.rows.map((r) => `${r.kind}:${r.row}`));
      return {
        ...state,
        lifecycle: { ...lc, adopt: lc.adopt.filter((c) => !gone.has(`${c.kind}:${c.row}`)) },
      };
    }
  }
}
