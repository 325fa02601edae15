/**
 * Development aid: pastes N made-up leave rows under the Leave table, as a clerk pasting from
 * another sheet would (one change event). Used to try, and to test, large runs and Cancel.
 */
import { columnLetters } from "../excel/a1";
import type { CellScalar } from "../fake-excel/book";
import { optionDisplay, UNIT } from "../core/enums";
import type { Locale } from "../core/i18n";
import { KINDS } from "../core/kinds";
import { catalogDisplay, DEFAULT_CATALOG } from "../core/template/catalog";
import { columnsOf } from "../core/template/columns";
import type { PlaygroundBook } from "./book-store";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A valid leave row for employee E0001…E2000 on a weekday in March 2026. */
function sampleValue(key: string, i: number, locale: Locale): CellScalar {
  const day = 2 + (Math.floor(i / 2000) % 20);
  switch (key) {
    case "employee":
      return `E${pad((i % 2000) + 1, 4)}`;
    case "type":
      return catalogDisplay(DEFAULT_CATALOG[0]);
    case "start_time":
      return `2026-03-${pad(day)} 09:00`;
    case "end_time":
      return `2026-03-${pad(day)} 18:00`;
    case "unit":
      return optionDisplay(UNIT.options[0], locale);
    case "duration":
      return 1;
    case "reason":
      return locale === "zh-CN" ? `示例 ${i + 1}` : `Sample ${i + 1}`;
    default:
      return "";
  }
}

/** Returns how many rows were added, or 0 when there is no Leave table yet. */
export function addSampleLeaves(book: PlaygroundBook, count: number, locale: Locale): number {
  const table = book.fake.book.table(KINDS.leave.table);
  if (!table || count <= 0) return 0;
  const snap = book.fake.snapshot(table.sheet.name, table.row + 1);
  const headers = (snap.values[table.row] ?? []).slice(table.col, table.col + table.cols);
  const keys = headers.map(
    (h) => columnsOf("leave").find((c) => c.header.zh === h || c.header.en === h)?.key ?? "",
  );
  // Paste below the last row that holds anything in the table (the template may start with one blank row).
  let next = table.row + 1;
  const data = book.fake.snapshot(table.sheet.name, table.row + 1 + table.rows).values;
  for (let r = table.row + 1; r <= table.row + table.rows; r++) {
    if (
      keys.some(
        (k, c) =>
          k && k !== "status" && data[r]?.[table.col + c] !== "" && data[r]?.[table.col + c] !== undefined,
      )
    )
      next = r + 1;
  }
  const inputs = keys.map((k) => (columnsOf("leave").find((c) => c.key === k)?.type === "result" ? "" : k));
  const last = inputs.reduce((acc, k, c) => (k ? c : acc), 0);
  const rows = Array.from({ length: count }, (_, i) =>
    inputs.slice(0, last + 1).map((k) => sampleValue(k, i, locale)),
  );
  book.edit(table.sheet.name, `${columnLetters(table.col)}${next + 1}`, rows);
  return count;
}
