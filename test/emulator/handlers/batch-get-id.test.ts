/** batch_get_id against the default directory: who can be found, the 50 + 50 limit, 50/s and 1000/min. */
import { FEISHU_PATHS } from "../../../src/core/feishu/schemas";
import { startEmulator, type Emulator } from "../../../src/emulator";
import { api, getToken } from "../client";

const T0 = Date.parse("2026-03-10T02:00:00.000Z");
let clock = T0;
let emu: Emulator;
let token: string;

beforeEach(async () => {
  clock = T0;
  emu = await startEmulator({ now: () => clock });
  token = await getToken(emu.url);
});
afterEach(() => emu.close());

const lookup = (body: unknown) =>
  api(emu.url, token, `${FEISHU_PATHS.batchGetId}?user_id_type=user_id`, body);
const ids = (a: { body: { data?: unknown } }) =>
  (a.body.data as { user_list: { user_id?: string }[] }).user_list.map((e) => e.user_id);

it("finds E people by email and mobile, and not the resigned or those with nothing on file", async () => {
  const a = await lookup({
    emails: ["E0042@Example.com", "r0001@example.com", "n0001@example.com"],
    mobiles: ["+86 138-0000-0042", "+8613700000002", "+8613900000003"],
  });
  expect(a.body.code).toBe(0);
  expect(ids(a)).toEqual(["E0042", undefined, undefined, "E0042", undefined, "S0003"]);
});

it("answers 50 emails and 50 mobiles in one call, and refuses 51 mobiles", async () => {
  const n = (i: number) => String(i + 1).padStart(4, "0");
  const a = await lookup({
    emails: Array.from({ length: 50 }, (_, i) => `e${n(i)}@example.com`),
    mobiles: Array.from({ length: 50 }, (_, i) => `+86${13800000101 + i}`),
  });
  expect(ids(a)).toHaveLength(100);
  expect(ids(a).every((id) => typeof id === "string")).toBe(true);
  const over = await lookup({ mobiles: Array.from({ length: 51 }, (_, i) => `+86${13800000001 + i}`) });
  expect([over.status, over.body.code]).toEqual([400, 99992402]);
});

it("holds 50 a second and 1000 a minute, with the minute's cap in x-ogw-ratelimit-limit", async () => {
  const body = { emails: ["e0001@example.com"] };
  const burst = await Promise.all(Array.from({ length: 51 }, () => lookup(body)));
  expect(burst.filter((a) => a.status === 429)).toHaveLength(1);
  for (let s = 1; s < 20; s++) {
    clock = T0 + s * 1000;
    const second = await Promise.all(Array.from({ length: 50 }, () => lookup(body)));
    expect(second.every((a) => a.body.code === 0)).toBe(true);
  }
  clock = T0 + 20_000; // a fresh second, but the minute already holds 1,000
  const over = await lookup(body);
  expect([over.status, over.body.code, over.headers["x-ogw-ratelimit-limit"]]).toEqual([
    429,
    99991400,
    "1000",
  ]);
  expect(over.headers["x-ogw-ratelimit-reset"]).toBe("40");
  clock = T0 + 60_000;
  expect((await lookup(body)).body.code).toBe(0);
});
