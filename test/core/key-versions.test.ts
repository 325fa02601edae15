/**
 * The key (idempotent_id) and fingerprint are a contract with clerks' workbooks: their exact
 * values are pinned here for the documented example of each kind, and rows written under
 * older reading rules (src/core/key-versions.ts) stay "submitted".
 */
import type { RecordKind } from "../../src/core/kinds";
import type { CellValue, TableSnapshot } from "../../src/core/model";
import { checkWorkbook } from "../unit/support/check";
import { columnsOf } from "../../src/core/template/columns";
import { matchHeaders } from "../../src/core/template/headers";
import { legacyKeyPrints } from "../../src/core/verdicts";
import { DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { documentedExample } from "../unit/support/doc-example";
import { table, VALID } from "../unit/support/tables";

/** Computed once and never to change: a change here strands every workbook that stored them. */
const PINNED: Record<RecordKind, { example: string; base: string }> = {
  leave: { example: "5c27da3879c6b7dc104eba88072872b8", base: "7801018c81ed4e5fe1956f768300345d" },
  out: { example: "9ca8f0c8169b2238960142bd55a5ef36", base: "0c8257bbab34f400cb4a1212ac058617" },
  overtime: { example: "f0c651424105bc01e5d86180c2f2043c", base: "f5ae89ebccf899aa7dd685ce11f4cb07" },
  trip: { example: "15f7b3cbbd1de9e3a37afc139f35ef7f", base: "807f12c2efba7dc8aeeb4327ce01201a" },
};

const byKind = (snapshots: TableSnapshot[]) =>
  Object.fromEntries(checkWorkbook(snapshots).records.map((r) => [r.kind, [r.key, r.fingerprint]]));

const withoutExternalId = (t: TableSnapshot): TableSnapshot => {
  const at = matchHeaders(t.kind, t.headers).index.get("external_id") as number;
  return { ...t, rows: t.rows.map((row) => row.map((c, i) => (i === at ? "" : c))) };
};

test("the documented example: its External ID is the key; the fingerprints are pinned", () => {
  const got = byKind(documentedExample);
  for (const kind of Object.keys(PINNED) as RecordKind[])
    expect(got[kind]).toEqual(["1233432312", PINNED[kind].example]);
});

test("without an External ID the key is the pinned fingerprint (the External ID is not content)", () => {
  const got = byKind(documentedExample.map(withoutExternalId));
  for (const kind of Object.keys(PINNED) as RecordKind[])
    expect(got[kind]).toEqual([PINNED[kind].example, PINNED[kind].example]);
});

test("the base row of each kind keeps its pinned key", () => {
  const got = byKind((Object.keys(PINNED) as RecordKind[]).map((k) => table(k, [VALID[k]])));
  for (const kind of Object.keys(PINNED) as RecordKind[])
    expect(got[kind]).toEqual([PINNED[kind].base, PINNED[kind].base]);
});

describe("rows written under reading rules 1", () => {
  const cols = columnsOf("leave");
  const row = (o: Record<string, CellValue>) => cols.map((c) => o[c.key] ?? "");
  const base = { employee: "u1", type: "年假 / Annual leave", unit: "天", duration: 1, reason: "家里有事" };
  // Rules 1 sent a bare End date as 23:59:59 beside a Start with a time, and a whole serial in
  // a date-time cell as midnight. The keys below are what the code of rules 1 computed.
  const written = [
    {
      cells: { ...base, start_time: "2026-01-21 09:00", end_time: "2026-01-22" },
      key: "e030ffa56854ee81702f5939ee75bdaf",
    },
    {
      cells: { ...base, employee: "u2", start_time: 46043, end_time: 46044, duration: 2 },
      key: "e549388fc9dd9e579a0ac6a729992640",
    },
  ];
  const sheet = (results: Record<string, CellValue>[]): TableSnapshot => {
    const rows = written.map((w, i) => row({ ...w.cells, ...results[i] }));
    const formats = rows.map(() =>
      cols.map((c) => (c.key === "start_time" || c.key === "end_time" ? "yyyy-mm-dd hh:mm" : "General")),
    );
    return { kind: "leave", headers: cols.map((c) => c.header.en), rows, numberFormats: formats };
  };
  const stored = (w: (typeof written)[number], i: number) => ({
    status: "Submitted",
    approval_id: `A${i}`,
    key: w.key,
    fingerprint: w.key,
  });

  test("re-reading under rules 1 gives the keys rules 1 stored", () => {
    const t = sheet([{}, {}]);
    const match = matchHeaders("leave", t.headers);
    written.forEach((w, i) =>
      expect(legacyKeyPrints(t, match, DEFAULT_SETTINGS, DEFAULT_CATALOG, i)).toEqual([
        { key: w.key, fingerprint: w.key },
      ]),
    );
  });

  test("today the same cells give other keys, yet the written rows stay submitted", () => {
    const r = checkWorkbook([sheet(written.map(stored))]);
    expect(r.records.map((x) => x.key)).not.toContain(written[0].key);
    expect(r.records.map((x) => x.key)).not.toContain(written[1].key);
    expect(r.rows.map((v) => v.state)).toEqual(["submitted", "submitted"]);
    expect(r.issues).toEqual([]);
    expect(r.pending).toEqual([]);
  });

  test("a written row changed since is still edited", () => {
    const r = checkWorkbook([
      sheet([{ ...stored(written[0], 0), reason: "changed" }, stored(written[1], 1)]),
    ]);
    expect(r.rows.map((v) => v.state)).toEqual(["edited", "submitted"]);
  });
});
