/** A RowReader started on one row of a kind, cells given by column key (others blank), for the row readers' tests. */
import type { RecordKind } from "../../../src/core/kinds";
import { DEFAULT_SETTINGS, type CellValue, type CoreSettings, type Issue } from "../../../src/core/model";
import { INPUT_COLUMNS } from "../../../src/core/template/columns";
import { matchHeaders } from "../../../src/core/template/headers";
import { RowReader } from "../../../src/core/validate/reader";

export function rowReader(
  kind: RecordKind,
  cells: Record<string, CellValue>,
  formats: Record<string, string> = {},
  settings: CoreSettings = DEFAULT_SETTINGS,
) {
  const cols = INPUT_COLUMNS[kind];
  const issues: Issue[] = [];
  const r = new RowReader(
    kind,
    matchHeaders(
      kind,
      cols.map((c) => c.header.en),
    ),
    settings,
    issues,
  );
  r.start(
    7,
    cols.map((c) => cells[c.key] ?? ""),
    cols.map((c) => formats[c.key] ?? "General"),
  );
  const codes = () => issues.map((i) => `${i.row}:${i.column}:${i.code}:${i.severity}`);
  return { r, issues, codes };
}
