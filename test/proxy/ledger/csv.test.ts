/** A CSV cell: quoted when it must be, and never read as a formula by a spreadsheet. */
import { csvCell } from "../../../src/proxy/ledger/csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["=1+1", "'=1+1"],
    ["+86 138", "'+86 138"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["=A1,B1", `"'=A1,B1"`],
    ["line\nbreak", '"line\nbreak"'],
    [null, ""],
    [1790013, "1790013"],
  ])("%j → %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});
