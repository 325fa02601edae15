/**
 * The journal: a run killed outright (nothing saved) leaves its result batches on disk; the next
 * command on the file applies them first, so rows marked `submitting` resume under their stored
 * keys. A torn last line (the write cut by the kill) is skipped.
 */
import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordsToResume } from "../../src/core/engine";
import { catalogDisplay, DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { journalPath, openJournal } from "../../src/cli/journal";
import { openSource } from "../../src/cli/open-file";
import { prepareFile } from "../../src/cli/push";
import { writeTemplate } from "../../src/cli/template";
import { putRows, rowOf } from "./support/harness";

const settings = { employeeType: "employee_id" as const, workdayHours: 8 };

test("a killed run's marks and results are applied by the next command; a torn line is skipped", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cli-journal-")), "book.xlsx");
  await writeTemplate(path, "en-US");
  const row = (n: number) =>
    rowOf("leave", {
      employee: `E000${n}`,
      type: catalogDisplay(DEFAULT_CATALOG[0]),
      start_time: "2026-04-01",
      end_time: "2026-04-01",
      unit: "Day",
      duration: 1,
      reason: "r",
    });
  await putRows(path, "leave", [row(1), row(2), row(3)]);
  const file = await openSource(path, null);
  const records = prepareFile(file, settings).records;
  const journal = await openJournal(journalPath(file));
  await journal.append(
    records.map((r) => ({ kind: r.kind, row: r.row, status: "submitting" as const, key: r.key })),
  );
  await journal.append([{ kind: "leave", row: 0, status: "submitted", approval_id: "7300000000000000001" }]);
  appendFileSync(journalPath(file), '[{"kind":"leave","row":1,"status":"subm');
  // Killed here: the workbook was never saved.

  const next = await openSource(path, null);
  const prepared = prepareFile(next, settings);
  expect(prepared.rows.map((v) => v.state)).toEqual(["submitted", "submitting", "submitting"]);
  const resumed = recordsToResume(prepared.records, prepared.rows);
  expect(resumed.map((r) => r.key)).toEqual([records[1].key, records[2].key]);
});
