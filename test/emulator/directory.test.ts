import { defaultDirectory, Directory, openIdFor, unionIdFor } from "../../src/emulator/directory";

const dir = new Directory(defaultDirectory());

test("open and union ids are stable per employee, distinct, and shaped like Feishu's", () => {
  expect(openIdFor("E0001")).toBe(openIdFor("E0001"));
  expect(openIdFor("E0001")).not.toBe(openIdFor("E0002"));
  expect(openIdFor("E0001")).toMatch(/^ou_[0-9a-f]{32}$/);
  expect(unionIdFor("E0001")).toMatch(/^on_[0-9a-f]{32}$/);
  expect(unionIdFor("E0001").slice(3)).not.toBe(openIdFor("E0001").slice(3));
});

test("the default directory: 2000 employees, 10 out of scope, 5 resigned, 5 without contact", () => {
  const all = defaultDirectory();
  expect(all).toHaveLength(2020);
  expect(all.filter((e) => e.resigned)).toHaveLength(5);
  expect(all.filter((e) => !e.email && !e.mobile).map((e) => e.employee_id)).toEqual([
    "N0001",
    "N0002",
    "N0003",
    "N0004",
    "N0005",
  ]);
});

test("an employee is found by each ID type and by contact", () => {
  const e = dir.find("employee_id", "E0001");
  expect(e).toBeDefined();
  expect(dir.find("employee_no", e!.employee_no)).toBe(e);
  expect(dir.find("open_id", openIdFor("E0001"))).toBe(e);
  expect(dir.find("employee_id", "E9999")).toBeUndefined();
});

test.each([
  ["s0001@example.com", "S0001"],
  ["  S0001@Example.COM ", "S0001"],
  ["nobody@example.com", undefined],
])("email %j belongs to %s", (email, id) => {
  expect(dir.byEmailAddress(email)?.employee_id).toBe(id);
});

test.each([
  ["13900000001", "S0001"],
  ["+86 139-0000-0001", "S0001"],
  ["+8613900000001", "S0001"],
  ["13900009999", undefined],
])("mobile %j belongs to %s", (mobile, id) => {
  expect(dir.byMobileNumber(mobile)?.employee_id).toBe(id);
});
