import type { RowResult } from "../../src/core/model";
import { findRows, needsContent } from "../../src/core/row-identity";

const result = (over: Partial<RowResult>): RowResult => ({
  kind: "leave",
  row: 0,
  status: "submitted",
  ...over,
});

describe("findRows: a result's row is the one holding its identity now", () => {
  const ids = {
    keys: ["k1", "", "k0", "k2", "k0"],
    approvalIds: ["A1", "", "", "A2", "A0"],
    contentKeys: ["k1", "c", "k0", "k2", "k0"],
  };

  test("by Key cell, wherever the row moved; the row hint only breaks ties", () => {
    expect(findRows([result({ row: 0, key: "k2" })], ids)).toEqual([3]);
    // Two rows hold k0 (a pasted copy): the nearer to where the row was.
    expect(findRows([result({ row: 4, key: "k0" }), result({ row: 1, key: "k0" })], ids)).toEqual([4, 2]);
  });

  test("by Approval ID for revoke and replace results, even when the key names another row", () => {
    expect(findRows([result({ row: 0, key: "k0", find: { approvalId: "A2" } })], ids)).toEqual([3]);
    expect(findRows([result({ find: { approvalId: "" } })], ids)).toEqual([-1]);
  });

  test("by the key the cells make, only on rows that hold no approval ID, with ~n keys", () => {
    expect(findRows([result({ row: 4, key: "c~2" })], ids)).toEqual([1]);
    expect(needsContent(result({ key: "c" }), ids)).toBe(true);
    // Without content keys such a result finds no row rather than a wrong one.
    expect(findRows([result({ key: "c" })], { keys: ids.keys, approvalIds: ids.approvalIds })).toEqual([-1]);
  });

  test("a row that is gone is -1, never a neighbour", () => {
    expect(findRows([result({ row: 2, key: "gone" }), result({ find: { approvalId: "A9" } })], ids)).toEqual([
      -1, -1,
    ]);
  });
});
