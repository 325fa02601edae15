/**
 * The hidden people sheet: looked-up emails and mobiles with their lookup time, and people a
 * write was refused for (rows as src/core/people/cache-rows.ts writes them), so lookups are
 * reused across runs (hidden-sheet.ts: three syncs to read, three to write).
 */
import type { CellValue } from "../core/model";
import { PEOPLE_CACHE_HEADERS } from "../core/people/cache-rows";
import { readHiddenRows, writeHiddenRows, type HiddenSheet } from "./hidden-sheet";
import type { AdapterSession } from "./session";

export const PEOPLE_SHEET = "FeishuPeople";
const SHEET: HiddenSheet = { name: PEOPLE_SHEET, headers: PEOPLE_CACHE_HEADERS };

export const readPeopleRows = (session: AdapterSession): Promise<CellValue[][]> =>
  readHiddenRows(session, SHEET);

export const writePeopleRows = (session: AdapterSession, rows: readonly string[][]): Promise<void> =>
  writeHiddenRows(session, SHEET, rows);
