/** What a write weighs on the wire: UTF-8 bytes, counted without encoding. */
import { jsonBytes, utf8Bytes } from "../../src/excel/payload";

const encoded = (s: string) => new TextEncoder().encode(s).length;

test.each([
  ["", "empty"],
  ["E0001,Annual leave,2026-01-04 09:00", "plain ASCII"],
  ["年假 / Annual leave", "Chinese and ASCII"],
  ["é", "two-byte"],
  ["😀 ok", "a surrogate pair (four bytes)"],
  ["\u0000\u007f\u0080", "the ASCII edges"],
])("utf8Bytes(%j) is the encoded length (%s)", (s) => {
  expect(utf8Bytes(s)).toBe(encoded(s));
});

test("jsonBytes weighs a value's JSON", () => {
  const v = [["E1", "请假", 1]];
  expect(jsonBytes(v)).toBe(encoded(JSON.stringify(v)));
  expect(jsonBytes(undefined)).toBe(0);
});
