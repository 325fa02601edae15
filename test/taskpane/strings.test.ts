import { formatMessage } from "../../src/core/catalog";
import { PANE_EN } from "../../src/core/catalog/pane.en-US";
import { PANE_ZH } from "../../src/core/catalog/pane.zh-CN";
import { OUTCOME_KINDS } from "../../src/core/outcome";
import { EMPLOYEE_TYPE_NAMES, OUTCOME_NAMES, S } from "../../src/taskpane/strings";

test("every pane word names its own catalogue message, in both languages", () => {
  const entries = Object.entries(S);
  expect(entries.length).toBe(Object.keys(PANE_EN).length);
  for (const [key, ref] of entries) {
    expect(ref.id).toBe(`pane.${key}`);
    expect(PANE_EN[key as keyof typeof PANE_EN]).toEqual(expect.any(String));
    expect(PANE_ZH[key as keyof typeof PANE_ZH]).toEqual(expect.any(String));
  }
});

test("every failure kind the engine counts has its own reason, and so does an unknown one", () => {
  const kinds = [...OUTCOME_KINDS.filter((k) => k !== "ok"), "unknown"];
  expect(Object.keys(OUTCOME_NAMES).sort()).toEqual([...kinds].sort());
  const ids = Object.values(OUTCOME_NAMES).map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test("each employee ID type has its own name", () => {
  const en = Object.values(EMPLOYEE_TYPE_NAMES).map((r) => formatMessage("en-US", r.id, {}));
  expect(Object.keys(EMPLOYEE_TYPE_NAMES)).toEqual(["employee_id", "employee_no", "open_id"]);
  expect(new Set(en).size).toBe(3);
});
