import { z } from "zod";
import { describeZodError, failure, invalidParam, newLogId, success } from "../../src/emulator/envelope";

test("success is HTTP 200 with code 0 and the data", () => {
  expect(success({ a: 1 })).toEqual({ status: 200, body: { code: 0, msg: "success", data: { a: 1 } } });
});

test("a failure carries the code, msg and a log id in error; message defaults to msg", () => {
  const r = failure(400, 1220002, "bad", "the detail");
  expect(r.status).toBe(400);
  expect(r.body).toEqual({
    code: 1220002,
    msg: "bad",
    error: { log_id: expect.any(String), message: "the detail" },
  });
  expect((failure(500, 1, "boom").body as { error: { message: string } }).error.message).toBe("boom");
});

test("invalidParam is 1220001 naming the input", () => {
  const r = invalidParam("user_approval.leaves");
  expect(r.status).toBe(400);
  expect(r.body).toMatchObject({ code: 1220001, msg: "param is invalid: user_approval.leaves" });
});

test("log ids are unique and grow", () => {
  const ids = Array.from({ length: 50 }, newLogId);
  expect(new Set(ids).size).toBe(50);
  expect([...ids].sort()).toEqual(ids);
  for (const id of ids) expect(id).toMatch(/^[0-9A-F]{20}$/);
});

const Body = z.object({ user_approval: z.object({ leaves: z.array(z.object({ unit: z.number() })) }) });
test.each<[unknown, RegExp]>([
  [{ user_approval: { leaves: [{ unit: "day" }] } }, /^user_approval\.leaves\[0\]\.unit: /],
  [{ user_approval: {} }, /^user_approval\.leaves: /],
  ["text", /^body: /],
])("the first zod issue of %j names its field", (input, expected) => {
  const r = Body.safeParse(input);
  expect(r.success).toBe(false);
  if (!r.success) expect(describeZodError(r.error)).toMatch(expected);
});

test("an error without issues is an invalid body", () => {
  expect(describeZodError(new z.ZodError([]))).toBe("invalid body");
});
