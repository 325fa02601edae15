/** The hidden people sheet on the fake Excel: absent, written, read back, rewritten shorter; few syncs. */
import { PeopleBook } from "../../src/core/people/book";
import { bookFromRows, bookToRows } from "../../src/core/people/cache-rows";
import { PEOPLE_SHEET } from "../../src/excel/people-sheet";
import { setup } from "./helpers";

const AT = Date.parse("2026-11-30T08:00:00.000Z");
const rows = (n: number, tag = "") =>
  Array.from({ length: n }, (_, i) => [
    `email:p${i}${tag}@example.com`,
    "user_id",
    `E${i}`,
    new Date(AT).toISOString(),
    "",
  ]);

test("a workbook without the sheet reads as no rows, in one sync", async () => {
  const t = setup();
  t.fake.resetStats();
  expect(await t.adapter.readPeople()).toEqual([]);
  expect(t.fake.stats().syncs).toBe(1);
  expect(t.fake.sheetNames()).not.toContain(PEOPLE_SHEET);
});

test("12,000 rows are written to a hidden sheet and read back, in three syncs each", async () => {
  const t = setup();
  t.fake.resetStats();
  await t.adapter.writePeople(rows(12_000));
  expect(t.fake.stats().syncs).toBeLessThanOrEqual(3);
  expect(t.fake.snapshot(PEOPLE_SHEET).visibility).toBe("Hidden");
  t.fake.resetStats();
  const back = await t.adapter.readPeople();
  expect(t.fake.stats().syncs).toBe(3);
  expect(back).toEqual(rows(12_000));
});

test("a shorter rewrite blanks the old tail; a book survives the round trip with its lookup times", async () => {
  const t = setup();
  await t.adapter.writePeople(rows(30, "-old"));
  const book = new PeopleBook(
    [
      { key: "email:li@example.com", idType: "user_id", userIds: ["E0001"], at: AT },
      { key: "mobile:+8613800000002", idType: "user_id", userIds: [], at: AT },
    ],
    [{ employeeType: "employee_id", userId: "E9999", code: 1220004, at: AT }],
  );
  await t.adapter.writePeople(bookToRows(book));
  const back = await t.adapter.readPeople();
  expect(back).toHaveLength(3);
  const again = bookFromRows(back);
  expect(again.entries()).toEqual(book.entries());
  expect(again.refused()).toEqual(book.refused());
  const sheet = t.fake.snapshot(PEOPLE_SHEET).values;
  expect(sheet[0]).toEqual(["key", "id_type", "user_id", "looked_up_at", "refused_code", 3]);
  expect(
    sheet
      .slice(4)
      .flat()
      .every((v) => v === "" || v === null || v === undefined),
  ).toBe(true);
});
