/**
 * The Status column's labels come from the core (src/core/status.ts), both ways. What is left
 * here is the adapter's one rule about them: which statuses validation may overwrite.
 */
import type { RowStatus } from "../core/model";
import { parseStatusCell, statusLabel } from "../core/status";

export { statusLabel };

/** The status a cell shows, in either language; undefined when it holds none of our labels. */
export const statusFromLabel = (cell: unknown): RowStatus | undefined =>
  parseStatusCell(
    typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" || cell == null
      ? cell
      : String(cell),
  );

/**
 * Statuses showIssues may replace with invalid/ready: blank, ready, invalid, and cells holding
 * none of our labels. Submitted, failed, unknown, submitting and edited rows keep their status
 * (their record may be in Feishu); only their message and highlights change.
 */
export const VALIDATION_STATUSES: ReadonlySet<RowStatus | undefined> = new Set<RowStatus | undefined>([
  "",
  "ready",
  "invalid",
  undefined,
]);
