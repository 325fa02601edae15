/** The submission engine's public surface. */
export { submitRecords, emptySummary, DEFAULT_CONCURRENCY } from "./submit";
export { recordsToResume, planRecords, existingApprovals, withKey, type ResumedRecord } from "./resume";
export { systemClock } from "./clock";
export { concurrencyFor } from "./pool";
export type {
  AbortSignalLike,
  Clock,
  SubmitOptions,
  SubmitProgress,
  SubmitSummary,
  SubmitTransport,
} from "./types";
export {
  revokeRows,
  replaceRows,
  runLifecycle,
  type LifecycleOptions,
  type LifecycleSummary,
} from "./lifecycle";
export { resumeLifecycle } from "./lifecycle-resume";
export type { LifecycleTransport } from "./types";
