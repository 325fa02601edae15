import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { PeopleBook } from "../../../src/core/people/book";
import { readEmployee } from "../../../src/core/people/read-employee";
import { rowReader } from "../../unit/support/row-reader";

const book = new PeopleBook(
  [{ key: "email:li@example.com", idType: "user_id", userIds: ["E0001"], at: 1 }],
  [],
);

const read = (employee: string | boolean, employeeType: "employee_id" | "open_id" = "employee_id") => {
  const { r, issues } = rowReader(
    "leave",
    { employee },
    {},
    { ...DEFAULT_SETTINGS, employeeType, people: book },
  );
  return { id: readEmployee(r), issues };
};

test("an ID is sent as typed; a known email as the ID it was looked up to", () => {
  expect(read("E0042").id).toBe("E0042");
  expect(read("li@example.com").id).toBe("E0001");
});

test.each([
  ["new@example.com", "employee_not_looked_up"],
  ["ou_abc", "employee_wrong_type"],
])("%s is an error on the Employee cell: %s", (cell, code) => {
  const { id, issues } = read(cell);
  expect(id).toBeUndefined();
  expect(issues.map((i) => [i.column, i.code, i.severity])).toEqual([["employee", code, "error"]]);
  expect(issues[0].message_en).toContain(cell);
});

test("a blank Employee cell is the reader's required error, not a lookup problem", () => {
  const { id, issues } = read("");
  expect(id).toBeUndefined();
  expect(issues.map((i) => i.code)).toEqual(["required"]);
});
