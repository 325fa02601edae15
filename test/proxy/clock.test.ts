import { systemClock } from "../../src/proxy/clock";

test("now is the wall clock in milliseconds", () => {
  const before = Date.now();
  const now = systemClock.now();
  expect(now).toBeGreaterThanOrEqual(before - 5);
  expect(now).toBeLessThanOrEqual(Date.now() + 5);
});

test("a timer fires after its delay; a cancelled one never does", async () => {
  const fired: string[] = [];
  const start = systemClock.now();
  systemClock.setTimer(() => fired.push("kept"), 20);
  const cancel = systemClock.setTimer(() => fired.push("cancelled"), 10);
  cancel();
  await new Promise((r) => setTimeout(r, 60));
  expect(fired).toEqual(["kept"]);
  expect(systemClock.now() - start).toBeGreaterThanOrEqual(20);
});
