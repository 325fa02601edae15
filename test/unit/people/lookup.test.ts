/** lookupPeople with a fake batch_get_id: batches, pace under 1000/min, retries, and where it stops. */
import type { CallResult } from "../../../src/core/outcome";
import { PeopleBook } from "../../../src/core/people/book";
import type { LookupIdType } from "../../../src/core/people/identify";
import { lookupPeople, type LookupTransport } from "../../../src/core/people/lookup";
import type { ContactRef, LookupBatch } from "../../../src/core/people/plan";
import { FakeClock } from "../../engine/support/fake-clock";

const refs = (n: number): ContactRef[] =>
  Array.from({ length: n }, (_, i) =>
    i % 2 ? { type: "email", value: `p${i}@x.com` } : { type: "mobile", value: `+86${13800000000 + i}` },
  );

function fake(clock: FakeClock, answer?: (call: number) => CallResult | undefined) {
  const calls: { at: number; idType: LookupIdType; batch: LookupBatch }[] = [];
  const transport: LookupTransport = async (idType, batch) => {
    calls.push({ at: clock.now(), idType, batch });
    const special = answer?.(calls.length);
    if (special) return special;
    const user_list = [
      ...batch.emails.map((email) => ({ email, user_id: `U-${email}` })),
      ...batch.mobiles.map((mobile) =>
        mobile.endsWith("0") ? { mobile } : { mobile, user_id: `U-${mobile}` },
      ),
    ];
    return { answer: { status: 200, headers: {}, body: { code: 0, msg: "success", data: { user_list } } } };
  };
  return { calls, transport };
}

test("300 people in three calls, spaced for 1000 a minute, answers in the book", async () => {
  const clock = new FakeClock();
  const f = fake(clock);
  const book = new PeopleBook();
  const s = await lookupPeople({
    refs: refs(300),
    book,
    employeeType: "employee_id",
    transport: f.transport,
    clock,
  });
  expect(s).toEqual({ calls: 3, learned: 300, failure: null });
  expect(f.calls.map((c) => [c.idType, c.batch.emails.length, c.batch.mobiles.length])).toEqual([
    ["user_id", 50, 50],
    ["user_id", 50, 50],
    ["user_id", 50, 50],
  ]);
  expect(f.calls[2].at - f.calls[0].at).toBeGreaterThanOrEqual(120); // ≥ 60 ms apart
  expect(book.lookup("user_id", "email:p1@x.com")?.userIds).toEqual(["U-p1@x.com"]);
  expect(book.lookup("user_id", "mobile:+8613800000010")?.userIds).toEqual([]);
  // A second run asks nothing: the answers are fresh.
  const again = await lookupPeople({
    refs: refs(300),
    book,
    employeeType: "employee_id",
    transport: f.transport,
    clock,
  });
  expect(again.calls).toBe(0);
});

test("a 429 waits for x-ogw-ratelimit-reset and asks again", async () => {
  const clock = new FakeClock();
  const limited: CallResult = {
    answer: {
      status: 429,
      headers: { "x-ogw-ratelimit-reset": "2" },
      body: { code: 99991400, msg: "request trigger frequency limit" },
    },
  };
  const f = fake(clock, (n) => (n === 1 ? limited : undefined));
  const s = await lookupPeople({
    refs: refs(10),
    book: new PeopleBook(),
    employeeType: "open_id",
    transport: f.transport,
    clock,
  });
  expect(s).toMatchObject({ calls: 2, learned: 10, failure: null });
  expect(f.calls[1].at - f.calls[0].at).toBeGreaterThanOrEqual(2000);
  expect(f.calls[1].idType).toBe("open_id");
});

test("a missing scope stops at once with the answer; employee numbers are never looked up", async () => {
  const clock = new FakeClock();
  const noScope: CallResult = {
    answer: { status: 400, headers: {}, body: { code: 99991672, msg: "Access denied" } },
  };
  const f = fake(clock, () => noScope);
  const s = await lookupPeople({
    refs: refs(200),
    book: new PeopleBook(),
    employeeType: "employee_id",
    transport: f.transport,
    clock,
  });
  expect(s.calls).toBe(1);
  expect(s.failure?.code).toBe(99991672);
  const none = await lookupPeople({
    refs: refs(200),
    book: new PeopleBook(),
    employeeType: "employee_no",
    transport: f.transport,
    clock,
  });
  expect(none).toEqual({ calls: 0, learned: 0, failure: null });
});
