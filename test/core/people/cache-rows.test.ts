/** The people sheet's rows: a book survives the round trip; unreadable rows are dropped. */
import { PeopleBook } from "../../../src/core/people/book";
import { bookFromRows, bookToRows } from "../../../src/core/people/cache-rows";

const AT = Date.parse("2026-11-30T08:00:00.000Z");

test("lookups (found, not found, ambiguous) and refusals round-trip with their times", () => {
  const book = new PeopleBook(
    [
      { key: "email:a@x.com", idType: "user_id", userIds: ["E1"], at: AT },
      { key: "mobile:+8613800000001", idType: "open_id", userIds: [], at: AT },
      { key: "email:t@x.com", idType: "user_id", userIds: ["E2", "E3"], at: AT },
    ],
    [{ employeeType: "employee_no", userId: "100009", code: 1220004, at: AT }],
  );
  const rows = bookToRows(book);
  expect(rows[0]).toEqual(["email:a@x.com", "user_id", "E1", "2026-11-30T08:00:00.000Z", ""]);
  const back = bookFromRows(rows);
  expect(back.entries()).toEqual(book.entries());
  expect(back.refused()).toEqual(book.refused());
});

test("rows without a time, a known key or type, or a person code are dropped", () => {
  const back = bookFromRows([
    ["email:a@x.com", "user_id", "E1", "yesterday", ""],
    ["phone:1", "user_id", "E1", "2026-11-30T08:00:00Z", ""],
    ["email:b@x.com", "union_id", "on_1", "2026-11-30T08:00:00Z", ""],
    ["refused", "employee_id", "E9", "2026-11-30T08:00:00Z", "1220001"],
    ["refused", "employee_id", "E9", "2026-11-30T08:00:00Z", 1220004],
    [],
  ]);
  expect(back.entries()).toEqual([]);
  expect(back.refused()).toEqual([{ employeeType: "employee_id", userId: "E9", code: 1220004, at: AT }]);
});
