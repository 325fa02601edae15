import { CreateUserApprovalBody } from "../../src/core/feishu/schemas";
import { KINDS, RECORD_KINDS } from "../../src/core/kinds";

test("every kind has its own table name, valid for Excel (letters only), and its own Feishu array", () => {
  const tables = RECORD_KINDS.map((k) => KINDS[k].table);
  expect(new Set(tables).size).toBe(RECORD_KINDS.length);
  for (const t of tables) expect(t).toMatch(/^[A-Za-z]+$/);
  expect(new Set(RECORD_KINDS.map((k) => KINDS[k].feishuField)).size).toBe(RECORD_KINDS.length);
});

test.each(RECORD_KINDS)(
  "%s is keyed by its own name and its Feishu array is a field of user_approval",
  (kind) => {
    const info = KINDS[kind];
    expect(info.kind).toBe(kind);
    const shape = (
      CreateUserApprovalBody.shape.user_approval as unknown as { shape: Record<string, unknown> }
    ).shape;
    expect(Object.keys(shape)).toContain(info.feishuField);
  },
);

test.each(RECORD_KINDS)("%s has a label and a sheet name in both languages", (kind) => {
  const { label, sheet } = KINDS[kind];
  for (const t of [label, sheet]) {
    expect(t.zh).toMatch(/\p{Script=Han}/u);
    expect(t.en).toMatch(/^[A-Z][a-z]/);
  }
});
