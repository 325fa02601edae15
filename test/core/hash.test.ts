import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import fc from "fast-check";
import { canonicalBytes, sha256Hex, type Canonical } from "../../src/core/hash";

describe("sha256Hex", () => {
  test("equals @noble/hashes over UTF-8, for any string including surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (s) => {
        expect(sha256Hex(s)).toBe(bytesToHex(sha256(utf8ToBytes(s))));
      }),
    );
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("年假".repeat(2000), 32)).toBe(
      bytesToHex(sha256(utf8ToBytes("年假".repeat(2000)))).slice(0, 32),
    );
  });
});

describe("canonical bytes", () => {
  test.each([0, 7, 9, 10, 99, 100, 28800, 1767603600, Number.MAX_SAFE_INTEGER, -5, 1.5, 1e21])(
    "number %p is written as n<decimal>NUL",
    (x) => {
      expect(Buffer.from(canonicalBytes(x)).toString("latin1")).toBe(`n${x}\u0000`);
    },
  );
  test.each(["", "a", "年假", "x".repeat(12345)])("string %p is written as s<length>:<utf8>", (s) => {
    expect(
      Buffer.from(canonicalBytes(s)).equals(
        Buffer.concat([Buffer.from(`s${s.length}:`), Buffer.from(s, "utf8")]),
      ),
    ).toBe(true);
  });

  const value: fc.Arbitrary<Canonical> = fc.letrec<{ v: Canonical }>((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      fc.string({ unit: "binary" }),
      fc.constantFrom("\u0000", "a\u0001", "\u0002"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("v"), { maxLength: 4 }),
    ),
  })).v;
  test("different values never give the same text", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const same = Buffer.from(canonicalBytes(a)).equals(Buffer.from(canonicalBytes(b)));
        expect(same).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 2000 },
    );
    expect(canonicalBytes(["1", 1, null, "null", [], [[]]])).not.toEqual(
      canonicalBytes([1, "1", "null", null, [[]], []]),
    );
    expect(canonicalBytes(["ab", "c"])).not.toEqual(canonicalBytes(["a", "bc"]));
  });
});
