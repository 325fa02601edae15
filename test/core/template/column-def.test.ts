import { col, date, employee, externalId } from "../../../src/core/template/column-def";

test.each([
  ["datetime", 18],
  ["text", 24],
  ["number", 14],
  ["id", 14],
] as const)("a %s column is %i characters wide unless told otherwise", (type, width) => {
  expect(col("x", "甲", "X", type, false, "reason").width).toBe(width);
  expect(col("x", "甲", "X", type, false, "reason", { width: 5 }).width).toBe(5);
});

test("a column carries its key, both headers, its type, whether it is required and its note in both languages", () => {
  const c = col("reason", "事由", "Reason", "text", true, "reason", { maxLength: 10 });
  expect(c).toMatchObject({
    key: "reason",
    header: { zh: "事由", en: "Reason" },
    type: "text",
    required: true,
    maxLength: 10,
  });
  expect(c.help.en.length).toBeGreaterThan(0);
  expect(c.help.zh).toMatch(/\p{Script=Han}/u);
});

test("the shared columns: employee required, External ID up to 64, date advanced", () => {
  expect([employee.key, employee.required, employee.type]).toEqual(["employee", true, "employee"]);
  expect([externalId.required, externalId.maxLength]).toEqual([false, 64]);
  expect([date.advanced, date.required]).toEqual([true, false]);
});
