/**
 * Every test/fixtures/<case>.json: a small workbook-like JSON with its expected issues beside it
 * (and optionally the record count and parts of the request bodies).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_SETTINGS, type CoreSettings, type Issue, type TableSnapshot } from "../../src/core/model";
import { checkWorkbook } from "./support/check";

interface Fixture {
  description: string;
  settings?: Partial<CoreSettings>;
  tables: TableSnapshot[];
  expected: Pick<Issue, "kind" | "row" | "column" | "code" | "severity">[];
  records?: number;
  bodies?: ({ row: number } & Record<string, unknown>)[];
}

const dir = join(__dirname, "..", "fixtures");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const key = (i: Fixture["expected"][number]) => `${i.kind}|${i.row}|${i.column}|${i.code}|${i.severity}`;

test("there are fixtures", () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

test.each(files)("%s", (file) => {
  const fx = JSON.parse(readFileSync(join(dir, file), "utf8")) as Fixture;
  const r = checkWorkbook(fx.tables, { ...DEFAULT_SETTINGS, ...fx.settings });
  expect(r.issues.map(key).sort()).toEqual(fx.expected.map(key).sort());
  for (const i of r.issues) expect(i.message_zh && i.message_en).toBeTruthy();
  if (fx.records !== undefined) expect(r.records).toHaveLength(fx.records);
  for (const { row, ...body } of fx.bodies ?? []) {
    const rec = r.records.find((x) => x.row === row);
    expect(rec?.body).toMatchObject(body);
  }
});
