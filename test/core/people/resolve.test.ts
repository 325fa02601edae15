/** The Employee cell through a full check: resolved IDs go into the body, unknown people are cell errors. */
import { DEFAULT_SETTINGS, type CoreSettings } from "../../../src/core/model";
import { PeopleBook } from "../../../src/core/people/book";
import { contactsIn, resolveEmployee } from "../../../src/core/people/resolve";
import { checkWorkbook } from "../../unit/support/check";
import { table, VALID } from "../../unit/support/tables";

const book = new PeopleBook(
  [
    { key: "email:li@example.com", idType: "user_id", userIds: ["E0001"], at: 1 },
    { key: "mobile:+8613800000002", idType: "user_id", userIds: ["E0002"], at: 1 },
    { key: "email:gone@example.com", idType: "user_id", userIds: [], at: 1 },
    { key: "email:team@example.com", idType: "user_id", userIds: ["E0003", "E0004"], at: 1 },
    { key: "email:li@example.com", idType: "open_id", userIds: ["ou_li"], at: 1 },
  ],
  [{ employeeType: "employee_id", userId: "E0005", code: 1220005, at: 1 }],
);
const settings: CoreSettings = { ...DEFAULT_SETTINGS, people: book };

test.each([
  ["Li@Example.com", { ok: true, userId: "E0001" }],
  ["138 0000 0002", { ok: true, userId: "E0002" }],
  ["E0042", { ok: true, userId: "E0042" }],
  ["gone@example.com", { ok: false, problem: "not_found" }],
  ["team@example.com", { ok: false, problem: "ambiguous" }],
  ["new@example.com", { ok: false, problem: "not_looked_up" }],
  ["E0005", { ok: false, problem: "refused_out_of_scope", userId: "E0005" }],
  ["ou_abc", { ok: false, problem: "wrong_type" }],
])("%j", (cell, expected) => {
  expect(resolveEmployee(cell, settings)).toEqual(expected);
});

test("open_id settings use the open_id answers", () => {
  expect(resolveEmployee("li@example.com", { employeeType: "open_id", people: book })).toEqual({
    ok: true,
    userId: "ou_li",
  });
});

test("a full check sends the looked-up ID and flags the others on the Employee cell in both languages", () => {
  const rows = ["li@example.com", "+86 138-0000-0002", "gone@example.com", "new@example.com", "E0005"].map(
    (employee) => ({ ...VALID.leave, employee }),
  );
  const r = checkWorkbook([table("leave", rows)], settings);
  expect(r.records.map((x) => [x.row, x.body.user_approval.user_id])).toEqual([
    [0, "E0001"],
    [1, "E0002"],
  ]);
  expect(r.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
    [2, "employee", "employee_not_found", "error"],
    [3, "employee", "employee_not_looked_up", "error"],
    [4, "employee", "employee_refused_out_of_scope", "error"],
  ]);
  for (const i of r.issues) {
    expect(i.message_zh).toMatch(/[\u4e00-\u9fff]/);
    expect(i.message_zh).not.toMatch(/\b(the|is|Feishu)\b/);
    expect(i.message_en).not.toMatch(/[\u4e00-\u9fff]/);
  }
});

test("the same person by email and by ID gets the same key", () => {
  const r = checkWorkbook([table("leave", [{ ...VALID.leave, employee: "li@example.com" }])], settings);
  const s = checkWorkbook([table("leave", [{ ...VALID.leave, employee: "E0001" }])], settings);
  expect(r.records[0].key).toBe(s.records[0].key);
});

test("contactsIn lists the emails and mobiles of the Employee cells only", () => {
  const t = table("leave", [
    { ...VALID.leave, employee: "a@example.com" },
    { ...VALID.leave, employee: 13800000009 },
    { ...VALID.leave, employee: "E0001" },
    { ...VALID.leave, employee: "", reason: "b@example.com" },
  ]);
  expect([...contactsIn([t], "employee_id")]).toEqual([
    { type: "email", value: "a@example.com" },
    { type: "mobile", value: "+8613800000009" },
  ]);
});

test.each([
  ["connected", true, /looked up when you check or send\.$/, /检查或提交时会自动查找。$/],
  ["not connected", false, /Connect to the proxy under "Setup"/, /请在「设置」中连接代理/],
])("a person not looked up yet, %s: the advice knows whether the pane can look up", (_, ready, en, zh) => {
  const r = checkWorkbook([table("leave", [{ ...VALID.leave, employee: "new@example.com" }])], {
    ...settings,
    lookupReady: ready,
  });
  const [i] = r.issues;
  expect(i.code).toBe("employee_not_looked_up");
  expect(i.message_en).toMatch(en);
  expect(i.message_zh).toMatch(zh);
  if (ready) {
    expect(i.message_en).not.toMatch(/Connect to the proxy/);
    expect(i.message_zh).not.toMatch(/连接代理/);
  }
});
