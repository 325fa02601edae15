/**
 * The journal comes first: every record a send run writes is handed to `onJournal` (the
 * workbook's history sheet) as a live entry BEFORE its result goes to the row, so an approval ID
 * Feishu holds is never only on a row that may be deleted, overwritten or lost with a crash.
 */
import { ApprovalHistory, noteWrites, type ApprovalEntry } from "../lifecycle/history";
import type { PreparedRecord, RowResult } from "../model";

export type JournalSink = (entries: ApprovalEntry[]) => void | Promise<void>;
export type ResultSink = (batch: RowResult[]) => void | Promise<void>;

/** `onResults` preceded by the journal of the batch's written records; a journal that fails stops the batch. */
export function journaledResults(
  records: readonly PreparedRecord[],
  onResults: ResultSink | undefined,
  onJournal: JournalSink | undefined,
): ResultSink | undefined {
  if (!onJournal) return onResults;
  const noted = new ApprovalHistory();
  return async (batch) => {
    if (noteWrites(noted, records, batch) > 0) await onJournal(noted.takeChanged());
    await onResults?.(batch);
  };
}
