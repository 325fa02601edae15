/** What Excel makes of typed text, as the fake reproduces it (src/fake-excel/typing.ts). */
import { createFakeExcel } from "../../src/fake-excel";

const typed = (text: string, format = "General") => {
  const fake = createFakeExcel();
  fake.addSheet("S");
  if (format !== "General") fake.book.touch(fake.book.sheet("S")!, 0, 0).numberFormat = format;
  fake.userEdit("S", "A1", [[text]]);
  const snap = fake.snapshot("S");
  return [snap.values[0][0], snap.numberFormats[0][0]];
};

describe("typing into a cell", () => {
  test.each([
    ["50%", 0.5, "0%"],
    ["12.5%", 0.125, "0.00%"],
    ["1,000", 1000, "#,##0"],
    ["1,234,567.5", 1234567.5, "#,##0.00"],
    ["00123", 123, "General"],
    ["1234567890123456", 1234567890123460, "General"],
    ["12345678901234567890", 12345678901234600000, "General"],
    ["0.1234567890123456789", 0.123456789012346, "General"],
    ["2026/1/5", 46027, "yyyy/m/d"],
    ["2026/1/5 9:30", 46027 + 9.5 / 24, "yyyy/m/d h:mm"],
    ["1/5/2026", 46027, "m/d/yyyy"],
    ["2026年1月5日", 46027, "yyyy/m/d"],
    ["2026-01-05", 46027, "yyyy-mm-dd"],
    ["#N/A", "#N/A", "General"],
    ["#ref!", "#REF!", "General"],
    ["=NA()", "#N/A", "General"],
    ["=A1/0", "#DIV/0!", "General"],
    ["=VLOOKUP(A1,B:C,2,0)", "#NAME?", "General"],
    ["1,00", "1,00", "General"],
    ["50 %", 0.5, "0%"],
    ["TRUE", true, "General"],
    ["false", false, "General"],
    ["'00123", "00123", "General"],
    ["'=1+1", "=1+1", "General"],
  ] as [string, string | number | boolean, string][])("%p becomes %p (format %p)", (text, value, format) => {
    const [v, f] = typed(text);
    if (typeof value === "number") expect(v as number).toBeCloseTo(value, 9);
    else expect(v).toBe(value);
    expect(f).toBe(format);
  });

  test.each(["50%", "1,000", "1234567890123456", "2026/1/5", "#N/A"])(
    "%p stays text in a Text cell",
    (text) => {
      expect(typed(text, "@")).toEqual([text, "@"]);
    },
  );
});
