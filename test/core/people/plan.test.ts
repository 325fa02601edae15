/** Lookup planning: dedupe, fresh answers skipped, ≤ 50 emails + ≤ 50 mobiles a call; reading answers. */
import { PeopleBook } from "../../../src/core/people/book";
import { LOOKUP_BATCH, planLookups, readLookupAnswer, type ContactRef } from "../../../src/core/people/plan";

const email = (i: number): ContactRef => ({ type: "email", value: `p${i}@example.com` });
const mobile = (i: number): ContactRef => ({ type: "mobile", value: `+86${13800000000 + i}` });
const DAY = 86_400_000;

test("120 emails and 30 mobiles, each named twice, take three calls", () => {
  const refs = [
    ...Array.from({ length: 120 }, (_, i) => email(i)),
    ...Array.from({ length: 30 }, (_, i) => mobile(i)),
  ];
  const plan = planLookups([...refs, ...refs], new PeopleBook(), "user_id", { now: 0, maxAgeMs: DAY });
  expect(plan.map((b) => [b.emails.length, b.mobiles.length])).toEqual([
    [50, 30],
    [50, 0],
    [20, 0],
  ]);
  expect(new Set(plan.flatMap((b) => b.emails)).size).toBe(120);
  expect(plan.every((b) => b.emails.length <= LOOKUP_BATCH && b.mobiles.length <= LOOKUP_BATCH)).toBe(true);
});

test("fresh answers are reused, stale ones and a refresh ask again, per ID type", () => {
  const book = new PeopleBook([
    { key: "email:p1@example.com", idType: "user_id", userIds: ["E1"], at: 10 * DAY },
    { key: "email:p2@example.com", idType: "user_id", userIds: [], at: 1 * DAY },
  ]);
  const refs = [email(1), email(2)];
  const ask = (o: { refresh?: boolean }, idType: "user_id" | "open_id" = "user_id") =>
    planLookups(refs, book, idType, { now: 10 * DAY + 5, maxAgeMs: 7 * DAY, ...o }).flatMap((b) => b.emails);
  expect(ask({})).toEqual(["p2@example.com"]);
  expect(ask({ refresh: true })).toEqual(["p1@example.com", "p2@example.com"]);
  expect(ask({}, "open_id")).toEqual(["p1@example.com", "p2@example.com"]);
});

test("an answer: found, not found, resigned, ambiguous, and inputs it leaves out", () => {
  const batch = {
    emails: ["a@x.com", "b@x.com", "c@x.com", "d@x.com", "e@x.com"],
    mobiles: ["+8613800000001"],
  };
  const body = {
    code: 0,
    data: {
      user_list: [
        { user_id: "E1", email: "A@x.com", status: { is_resigned: false } },
        { email: "b@x.com" },
        { user_id: "E3", email: "c@x.com", status: { is_resigned: true } },
        { user_id: "E4", email: "d@x.com" },
        { user_id: "E5", email: "d@x.com" },
        { user_id: "E9", mobile: "+8613800000001" },
      ],
    },
  };
  const entries = readLookupAnswer(batch, body, "user_id", 42);
  expect(entries.map((e) => [e.key, e.userIds])).toEqual([
    ["email:a@x.com", ["E1"]],
    ["email:b@x.com", []],
    ["email:c@x.com", []],
    ["email:d@x.com", ["E4", "E5"]],
    ["email:e@x.com", []],
    ["mobile:+8613800000001", ["E9"]],
  ]);
  expect(entries.every((e) => e.at === 42 && e.idType === "user_id")).toBe(true);
});
