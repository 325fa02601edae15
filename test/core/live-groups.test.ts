/** The live check's rows by cross-row group: which rows share a person, an External ID or content. */
import { GroupIndex, groupKeys } from "../../src/core/live-groups";
import type { RowFacts } from "../../src/core/validate/types";

const members = (index: GroupIndex, rows: RowFacts[], key: string) =>
  [...(index.built(() => rows).get(key) ?? [])].map((f) => `${f.kind}:${f.row}`).sort();

test("leave, out and trip share a person's group; overtime has its own", () => {
  const [leave] = groupKeys({ kind: "leave", row: 0, userId: "u1" });
  expect(groupKeys({ kind: "trip", row: 4, userId: "u1" })).toEqual([leave]);
  expect(groupKeys({ kind: "overtime", row: 0, userId: "u1" })).not.toEqual([leave]);
  expect(groupKeys({ kind: "leave", row: 0, externalId: "X", fingerprint: "h" })).toHaveLength(2);
});

test("built once from the rows, then kept up to date by add and remove; clear builds again", () => {
  const a: RowFacts = { kind: "leave", row: 0, userId: "u1" };
  const b: RowFacts = { kind: "out", row: 2, userId: "u1" };
  const c: RowFacts = { kind: "leave", row: 1, userId: "u2" };
  const index = new GroupIndex();
  const [u1] = groupKeys(a);
  const [u2] = groupKeys(c);
  expect(members(index, [a, b], u1)).toEqual(["leave:0", "out:2"]);
  // Built: the rows given later are not read again.
  expect(members(index, [c], u1)).toEqual(["leave:0", "out:2"]);
  index.remove(a);
  index.add(c);
  expect(members(index, [], u1)).toEqual(["out:2"]);
  expect(members(index, [], u2)).toEqual(["leave:1"]);
  index.clear();
  expect(members(index, [a], u1)).toEqual(["leave:0"]);
  expect(members(index, [a], u2)).toEqual([]);
});
