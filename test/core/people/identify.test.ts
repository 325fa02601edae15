/** Employee cells: which are IDs, emails and mobiles, and how the latter are normalised. */
import type { EmployeeType } from "../../../src/core/feishu/schemas";
import {
  classifyEmployee,
  lookupIdType,
  normaliseEmail,
  normaliseMobile,
} from "../../../src/core/people/identify";

test.each([
  ["13800000001", "+8613800000001"],
  ["138 0000 0001", "+8613800000001"],
  ["138-0000-0001", "+8613800000001"],
  ["+86 138-0000-0001", "+8613800000001"],
  ["+86 (138) 0000 0001", "+8613800000001"],
  ["008613800000001", "+8613800000001"],
  ["8613800000001", "+8613800000001"],
  ["+852 9123 4567", "+85291234567"],
  ["+1 (415) 555-0100", "+14155550100"],
  ["12345", null],
  ["23800000001", null],
  ["+86 123", null],
  ["+86 2380000000", null],
  ["9123 4567", null], // a non-mainland number needs its country code
])("mobile %j → %j", (raw, expected) => {
  expect(normaliseMobile(raw)).toBe(expected);
});

test.each([
  [" Li.Lei@Example.COM ", "li.lei@example.com"],
  ["a@b.cn", "a@b.cn"],
  ["a@b", null],
  ["a b@c.com", null],
  ["@c.com", null],
])("email %j → %j", (raw, expected) => {
  expect(normaliseEmail(raw)).toBe(expected);
});

type Row = [string, EmployeeType, ReturnType<typeof classifyEmployee>];
test.each<Row>([
  ["E0001", "employee_id", { type: "id", id: "E0001" }],
  ["100001", "employee_id", { type: "id", id: "100001" }],
  ["100001", "employee_no", { type: "id", id: "100001" }],
  ["ou_abc", "open_id", { type: "id", id: "ou_abc" }],
  ["e0001@example.com", "employee_id", { type: "email", value: "e0001@example.com" }],
  ["E0001@Example.com", "open_id", { type: "email", value: "e0001@example.com" }],
  ["13800000001", "employee_id", { type: "mobile", value: "+8613800000001" }],
  ["+86 138 0000 0001", "open_id", { type: "mobile", value: "+8613800000001" }],
  // bare digits are an employee number when that is the type; a + makes them a mobile
  ["13800000001", "employee_no", { type: "id", id: "13800000001" }],
  ["+8613800000001", "employee_no", { type: "problem", problem: "lookup_unsupported" }],
  ["e1@example.com", "employee_no", { type: "problem", problem: "lookup_unsupported" }],
  ["ou_abc", "employee_id", { type: "problem", problem: "wrong_type" }],
  ["on_abc", "open_id", { type: "problem", problem: "wrong_type" }],
  ["E0001", "open_id", { type: "problem", problem: "wrong_type" }],
  ["name@company", "employee_id", { type: "problem", problem: "bad_contact" }],
  ["138-0000-000", "employee_id", { type: "problem", problem: "bad_contact" }],
])("%j with %s", (cell, type, expected) => {
  expect(classifyEmployee(cell, type)).toEqual(expected);
});

test("each employee type's lookup ID type", () => {
  expect([lookupIdType("employee_id"), lookupIdType("open_id"), lookupIdType("employee_no")]).toEqual([
    "user_id",
    "open_id",
    null,
  ]);
});
