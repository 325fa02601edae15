/**
 * The pane's words: references into the catalogue (src/core/catalog/pane.*.ts), resolved in the
 * pane's language by `useText()`: `t(S.checkAll)`, `t(S.submitButton, { n })`.
 */
import { PANE_KEYS, type MessageRef, type PaneKey } from "../core/catalog";
import type { OutcomeKind } from "../core/outcome";

export const S = Object.fromEntries(PANE_KEYS.map((k) => [k, { id: `pane.${k}` }])) as Record<
  PaneKey,
  MessageRef
>;

/** Failure reasons by outcome kind (the engine counts failed rows by it). */
export const OUTCOME_NAMES: Record<Exclude<OutcomeKind, "ok"> | "unknown", MessageRef> = {
  invalid: S.reasonInvalid,
  unknown_user: S.reasonUnknownUser,
  permission: S.reasonPermission,
  period_closed: S.reasonPeriodClosed,
  duplicate: S.reasonDuplicate,
  rate_limited: S.reasonRateLimited,
  retryable: S.reasonRetryable,
  fatal: S.reasonFatal,
  unknown: S.reasonUnknown,
};

/** The employee ID types' names in the Setup form. */
export const EMPLOYEE_TYPE_NAMES = {
  employee_id: S.employeeTypeEmployeeId,
  employee_no: S.employeeTypeEmployeeNo,
  open_id: S.employeeTypeOpenId,
} as const;
