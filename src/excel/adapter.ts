/**
 * createExcelAdapter(deps): the WorkbookAdapter the task pane receives. Inside Excel use
 * `createOfficeAdapter()`; tests and the playground pass the fake's runner.
 */
import { officeRun, officeSupports } from "./office-run";
import { onRowsChanged } from "./events";
import { showIssues } from "./issues";
import { hasHistory, mergeHistoryRows, readHistoryRows } from "./history-sheet";
import { writeFeishuRecordsSheet } from "./feishu-records-sheet";
import { readPeopleRows, writePeopleRows } from "./people-sheet";
import { readWorkbook } from "./reader";
import { readRows } from "./row-reader";
import { appendRunLog } from "./run-log";
import { writeResults } from "./results";
import { selectCell, selectedRows } from "./selection";
import { AdapterSession, type ExcelAdapterDeps, withDefaults } from "./session";
import { ensureTemplate } from "./template";
import type { WorkbookAdapter } from "./types";

export type { ExcelAdapterDeps } from "./session";

export function createExcelAdapter(deps: ExcelAdapterDeps): WorkbookAdapter {
  const session = new AdapterSession(withDefaults(deps));
  return {
    ensureTemplate: ({ locale }) => ensureTemplate(session, locale),
    read: (kinds) => readWorkbook(session, kinds),
    readRows: (changes) => readRows(session, changes),
    showIssues: (update) => showIssues(session, update),
    writeResults: (results, contentKeys) => writeResults(session, results, contentKeys),
    select: (kind, row, column) => selectCell(session, kind, row, column),
    selectedRows: () => selectedRows(session),
    readPeople: () => readPeopleRows(session),
    writePeople: (rows) => writePeopleRows(session, rows),
    readHistory: () => readHistoryRows(session),
    mergeHistory: (rows) => mergeHistoryRows(session, rows),
    hasHistory: () => hasHistory(session),
    writeFeishuRecords: (content) => writeFeishuRecordsSheet(session, content),
    onRowsChanged: (handler) => onRowsChanged(session, handler),
    appendRunLog: (entry, locale) => appendRunLog(session, entry, locale),
  };
}

/** The adapter over the real Excel (call inside Office.onReady). */
export function createOfficeAdapter(): WorkbookAdapter {
  return createExcelAdapter({ run: officeRun, supports: officeSupports });
}
