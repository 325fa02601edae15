/**
 * The hidden approval history sheet: every approval ID each row ever had, with its state and
 * times (rows as src/core/lifecycle/history-rows.ts writes them). It is also the journal of
 * revoke and replace runs, so a fresh pane (Excel closed mid-run) finishes what was cut short.
 */
import type { CellValue } from "../core/model";
import { HISTORY_HEADERS } from "../core/lifecycle/history-rows";
import { readHiddenRows, writeHiddenRows, type HiddenSheet } from "./hidden-sheet";
import type { AdapterSession } from "./session";

export const HISTORY_SHEET = "FeishuHistory";
const SHEET: HiddenSheet = { name: HISTORY_SHEET, headers: HISTORY_HEADERS };

export const readHistoryRows = (session: AdapterSession): Promise<CellValue[][]> =>
  readHiddenRows(session, SHEET);

export const writeHistoryRows = (session: AdapterSession, rows: readonly string[][]): Promise<void> =>
  writeHiddenRows(session, SHEET, rows);
