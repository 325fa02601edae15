/**
 * The run's journal: every result batch the engine hands over is appended to
 * `<results file>.feishu-journal` and flushed to disk before the run goes on, starting with the
 * `submitting` marks and keys, which are on disk before anything is sent. Saving a large
 * workbook takes a second or more, so the workbook itself is saved once, at the end of the run
 * (Ctrl+C included); then the journal is removed. A run killed outright leaves the journal: the
 * next command on the file replays it first, so rows that may have been sent are resent under
 * their stored keys and Feishu writes nothing twice (docs/command-line.md §3).
 */
import { open, readFile, rm } from "node:fs/promises";
import type { RowResult } from "../core/model";
import type { SourceFile } from "./files/source";

export const journalPath = (file: Pick<SourceFile, "resultsPath">): string =>
  `${file.resultsPath}.feishu-journal`;

export interface Journal {
  append(batch: readonly RowResult[]): Promise<void>;
  /** The workbook holds everything now: the journal goes. */
  remove(): Promise<void>;
}

export async function openJournal(path: string): Promise<Journal> {
  const handle = await open(path, "a");
  let closed = false;
  return {
    async append(batch) {
      await handle.appendFile(`${JSON.stringify(batch)}\n`, "utf8");
      await handle.datasync();
    },
    async remove() {
      if (!closed) await handle.close();
      closed = true;
      await rm(path, { force: true });
    },
  };
}

/** Applies a journal a killed run left, in order (a torn last line is skipped); answers the batches replayed. */
export async function replayJournal(file: SourceFile): Promise<number> {
  let text: string;
  try {
    text = await readFile(journalPath(file), "utf8");
  } catch {
    return 0;
  }
  let n = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      file.writeResults(JSON.parse(line) as RowResult[]);
      n++;
    } catch {
      // The line being written when the run was killed: its rows are still `submitting` from the marks.
    }
  }
  return n;
}
