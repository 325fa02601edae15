import {
  HOST_PROFILES,
  hostProfile,
  versionAtMost,
  WEB_PAYLOAD_LIMIT_BYTES,
} from "../../src/fake-excel/profiles";

test.each([
  ["1.7", "1.14", true],
  ["1.14", "1.14", true],
  ["1.15", "1.14", false],
  ["1.9", "1.14", true],
  ["1.20", "1.9", false],
  ["2.1", "1.20", false],
  ["1.99", "2.0", true],
])("ExcelApi %s is at most %s: %s", (v, max, expected) => {
  expect(versionAtMost(v, max)).toBe(expected);
});

test("each host is found by its id; an unknown id is an error", () => {
  for (const p of HOST_PROFILES) expect(hostProfile(p.id)).toBe(p);
  expect(() => hostProfile("excel95" as never)).toThrow(/excel95/);
});

test("only Excel on the web limits a sync's payload", () => {
  expect(
    HOST_PROFILES.filter((p) => p.payloadLimitBytes !== null).map((p) => [p.id, p.payloadLimitBytes]),
  ).toEqual([["web", WEB_PAYLOAD_LIMIT_BYTES]]);
});
