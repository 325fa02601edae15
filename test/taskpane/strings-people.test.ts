import { P } from "../../src/taskpane/strings-people";

test("each people and pre-flight phrase has its own words in both languages", () => {
  const texts = Object.values(P);
  expect(texts.length).toBe(9);
  for (const t of texts) {
    expect(t.en.length).toBeGreaterThan(0);
    expect(t.zh).toMatch(/\p{Script=Han}/u);
  }
  expect(new Set(texts.map((t) => t.en)).size).toBe(texts.length);
  expect(new Set(texts.map((t) => t.zh)).size).toBe(texts.length);
});
