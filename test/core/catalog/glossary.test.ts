import { glossary, RUN_LOG_SHEET } from "../../../src/core/catalog/glossary";
import { KINDS, RECORD_KINDS } from "../../../src/core/kinds";
import { columnsOf } from "../../../src/core/template/columns";

const g = glossary();
const en = (list: { en: string }[]) => list.map((t) => t.en);

test("the sheets are the four kinds, the Run log and the records sheet", () => {
  expect(g.sheets).toHaveLength(RECORD_KINDS.length + 2);
  expect(g.sheets).toEqual(
    expect.arrayContaining([...RECORD_KINDS.map((k) => KINDS[k].sheet), RUN_LOG_SHEET]),
  );
});

test("every column header of every kind is named once", () => {
  const headers = new Set(RECORD_KINDS.flatMap((k) => columnsOf(k).map((c) => c.header.en)));
  expect(new Set(en(g.columns))).toEqual(headers);
  expect(g.columns).toHaveLength(headers.size);
});

test("every term has both languages; no list names a term twice", () => {
  for (const [name, list] of Object.entries(g)) {
    for (const t of list as { zh: string; en: string }[]) {
      expect([name, t.en.length > 0, t.zh.length > 0]).toEqual([name, true, true]);
    }
    const ens = en(list as { en: string }[]);
    expect([name, new Set(ens).size]).toEqual([name, ens.length]);
  }
});

test("the send button is named by its verb, and the states carry no blank", () => {
  expect(en(g.buttons)).toContain("Send");
  expect(g.states.every((s) => s.en !== "")).toBe(true);
  expect(g.tabs).toHaveLength(3);
});
