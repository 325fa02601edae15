import { approvalIdsOf, auditIdentity, idempotentIdsOf } from "../../src/proxy/audit-fields";
import { ALL_PERMISSIONS } from "../../src/proxy/permissions";

const body = {
  user_approval: {
    leaves: [{ idempotent_id: "k1" }, { idempotent_id: 7 }],
    outs: [{ idempotent_id: "k2" }],
    trips: [{}],
  },
};

test("idempotent ids come from every kind's items, strings only", () => {
  expect(idempotentIdsOf(body)).toEqual(["k1", "k2"]);
  expect(idempotentIdsOf(null)).toEqual([]);
  expect(idempotentIdsOf({ user_approval: { leaves: "x" } })).toEqual([]);
});

test.each<[string, unknown, unknown, string[]]>([
  [
    "create",
    { code: 0, data: { user_approval: { leaves: [{ approval_id: "a1" }], outs: [{ approval_id: "a2" }] } } },
    body,
    ["a1", "a2"],
  ],
  ["create", { code: 1220001, msg: "bad" }, body, []],
  ["process", { code: 0, data: { approval_info: { approval_id: "a9" } } }, {}, ["a9"]],
  ["process", { code: 0, data: {} }, { approval_id: "a8" }, ["a8"]],
  ["process", { code: 1227500, data: {} }, { approval_id: "a8" }, []],
  ["query", { code: 0, data: { user_approvals: [] } }, {}, []],
])("%s answered %j: approval ids %j", (route, answer, sent, expected) => {
  expect(approvalIdsOf(route as Parameters<typeof approvalIdsOf>[0], answer, sent)).toEqual(expected);
});

test("the audit names a signed-in user, and nobody for an API key", () => {
  expect(auditIdentity({ id: "entra:li@corp", name: "Li", oid: "oid-1", may: ALL_PERMISSIONS })).toEqual({
    user_name: "Li",
    user_oid: "oid-1",
  });
  expect(auditIdentity({ id: "key:clerks", name: null, oid: null, may: ALL_PERMISSIONS })).toEqual({
    user_name: null,
    user_oid: null,
  });
  expect(auditIdentity(null)).toEqual({ user_name: null, user_oid: null });
});
