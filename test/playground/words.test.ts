import { playgroundWords } from "../../src/playground/words";

const en = playgroundWords("en-US");
const zh = playgroundWords("zh-CN");

test("both languages say every thing, each in its own words", () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    expect([key, zh[key] !== en[key]]).toEqual([key, true]);
    expect(zh[key]).toMatch(/\p{Script=Han}/u);
  }
});

test("Undo in Chinese is Excel's 撤消, never 撤销 (the pane's word for revoking a record)", () => {
  for (const s of [zh.undo, zh.nothingToUndo]) {
    expect(s).toContain("撤消");
    expect(s).not.toContain("撤销");
  }
});

test("sentences end with their language's full stop", () => {
  for (const key of ["selectFirst", "selectInTable", "headerWouldGo", "nothingToUndo"] as const) {
    expect(en[key].endsWith(".")).toBe(true);
    expect(zh[key].endsWith("。")).toBe(true);
  }
});
