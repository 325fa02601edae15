/**
 * Opens the file a command names, by its extension, with what a killed run left in its journal
 * applied; a missing or unreadable file is a CliProblem (exit 2).
 */
import { access } from "node:fs/promises";
import { extname } from "node:path";
import type { RecordKind } from "../core/kinds";
import { openCsv } from "./files/csv";
import type { SourceFile } from "./files/source";
import { openXlsx } from "./files/xlsx";
import { replayJournal } from "./journal";
import { CliProblem } from "./problem";

export async function openSource(path: string, kind: RecordKind | null): Promise<SourceFile> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv") throw new CliProblem("cli.fileType", { path });
  await access(path).catch(() => {
    throw new CliProblem("cli.fileMissing", { path });
  });
  let file: SourceFile;
  try {
    file = ext === ".csv" ? await openCsv(path, kind) : await openXlsx(path);
  } catch (e) {
    if (e instanceof CliProblem) throw e;
    throw new CliProblem("cli.fileUnreadable", { path, reason: e instanceof Error ? e.message : String(e) });
  }
  if (file.tables.length === 0) throw new CliProblem("cli.noTables", { path });
  // What a killed run knew and could not save yet (journal.ts).
  await replayJournal(file);
  return file;
}
