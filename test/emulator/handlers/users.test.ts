import { defaultDirectory, Directory, openIdFor } from "../../../src/emulator/directory";
import { checkUser } from "../../../src/emulator/handlers/users";

const dir = new Directory(defaultDirectory());
const code = (c: ReturnType<typeof checkUser>) =>
  c.ok ? c.employee.employee_id : (c.reply.body as { code: number }).code;

test.each<[Parameters<typeof checkUser>[1], string, string | number]>([
  ["employee_id", "E0001", "E0001"],
  ["open_id", openIdFor("E0002"), "E0002"],
  ["employee_id", "E9999", 1220004],
  ["employee_no", "E0001", 1220004],
  ["employee_id", "S0001", 1220005],
])("%s %s: %p", (type, id, expected) => {
  expect(code(checkUser(dir, type, id))).toBe(expected);
});

test("a refusal is HTTP 400 and names the user it could not use", () => {
  const c = checkUser(dir, "employee_id", "E9999");
  expect(c.ok).toBe(false);
  if (!c.ok) {
    expect(c.reply.status).toBe(400);
    expect(JSON.stringify(c.reply.body)).toContain("E9999");
  }
});
