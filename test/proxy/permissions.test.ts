/**
 * Least privilege in Entra ID mode, over real sockets: the proxy trusts the local OpenID
 * Connect stand-in; app roles and groups decide who may write (create) and who may revoke
 * (approval_infos/process); refusals are 403 with a machine-readable code and reason; the
 * audit log names the signed-in user (name and object id) for every relayed call.
 */
import { PROXY_CODES } from "../../src/core/feishu/proxy-codes";
import { entraPermissions, holds, requirePermission } from "../../src/proxy/permissions";
import { startOidcIssuer, type DirectoryUser, type OidcIssuer } from "../support/oidc-issuer";
import { CREATE, call, createBody, startStack, type Stack } from "./support";

const WRITER: DirectoryUser = {
  name: "Wang Fang",
  username: "wang.fang@contoso.com",
  oid: "aaaaaaaa-0000-4000-8000-000000000001",
  roles: ["Attendance.Write"],
};
const REVOKER: DirectoryUser = {
  name: "Li Na",
  username: "li.na@contoso.com",
  oid: "aaaaaaaa-0000-4000-8000-000000000002",
  roles: ["Attendance.Write", "Attendance.Revoke"],
};
const READER: DirectoryUser = {
  name: "Zhang Wei",
  username: "zhang.wei@contoso.com",
  oid: "aaaaaaaa-0000-4000-8000-000000000003",
};
const GROUP_WRITER: DirectoryUser = {
  name: "Chen Jie",
  username: "chen.jie@contoso.com",
  oid: "aaaaaaaa-0000-4000-8000-000000000004",
  groups: ["11111111-9999-4000-8000-00000000beef"],
};
const QUERY = "/open-apis/attendance/v1/user_approvals/query?employee_type=employee_id";
const PROCESS = "/open-apis/attendance/v1/approval_infos/process";
const revokeBody = (approvalId: string) => ({ approval_id: approvalId, approval_type: "leave", status: 4 });

describe("Entra ID roles: who may write and who may revoke", () => {
  let issuer: OidcIssuer;
  let stack: Stack;
  const tokenOf = (user: DirectoryUser) => issuer.accessToken({ user });

  beforeAll(async () => {
    issuer = await startOidcIssuer();
    stack = await startStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_WRITE_ROLES: "Attendance.Write",
        ENTRA_WRITE_GROUPS: "11111111-9999-4000-8000-00000000BEEF",
        ENTRA_REVOKE_ROLES: "Attendance.Revoke",
      },
    });
  });
  afterAll(async () => {
    await stack.close();
    await issuer.close();
  });

  async function create(user: DirectoryUser, id: string, employee = "E0001") {
    return call(stack.url, "POST", CREATE, { body: createBody(id, employee), key: await tokenOf(user) });
  }

  it("trusts the stand-in's discovery document: its issuer and keys are what the proxy checks", async () => {
    const doc = (await (await fetch(issuer.discoveryUrl)).json()) as Record<string, string>;
    expect(doc.issuer).toBe(`${issuer.url}/${issuer.tenantId}/v2.0`);
    expect(doc.jwks_uri).toBe(stack.config.auth.mode === "entra" ? stack.config.auth.jwksUrl : "");
  });

  it("lets a writer create but refuses their revoke with 403 missing_role (needs revoke)", async () => {
    const created = await create(WRITER, "perm-writer-1");
    expect(created.status).toBe(200);
    expect(created.body.code).toBe(0);
    const revoke = await call(stack.url, "POST", PROCESS, {
      body: revokeBody(approvalIdOf(created.body)),
      key: await tokenOf(WRITER),
    });
    expect(revoke.status).toBe(403);
    expect(revoke.body.code).toBe(PROXY_CODES.missingRole);
    expect(revoke.body.data).toEqual({ reason: "missing_role", needs: "revoke" });
    expect(revoke.body.msg).toContain(`Wang Fang (${WRITER.oid}) does not have the role to revoke`);
    expect(revoke.body.msg).toMatch(/没有撤销考勤记录的角色/);
    // Nothing reached Feishu: the record is still passed, and the revoker can revoke it.
    const revoked = await call(stack.url, "POST", PROCESS, {
      body: revokeBody(approvalIdOf(created.body)),
      key: await tokenOf(REVOKER),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.code).toBe(0);
  });

  it("lets a reader read and self-check, but refuses their create (needs write) without sending it", async () => {
    const check = await call(stack.url, "GET", "/self-check", { key: await tokenOf(READER) });
    expect(check.status).toBe(200);
    expect(check.body.caller).toBe(`entra:${READER.oid}`); // the object id: names can change
    expect(check.body.may).toEqual({ write: false, revoke: false });
    const query = await call(stack.url, "POST", QUERY, {
      body: { user_ids: ["E0001"], check_date_from: 20260301, check_date_to: 20260331 },
      key: await tokenOf(READER),
    });
    expect(query.status).toBe(200);
    const refused = await create(READER, "perm-reader-1", "E0002");
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe(PROXY_CODES.missingRole);
    expect(refused.body.data).toEqual({ reason: "missing_role", needs: "write" });
    const stored = (await (await fetch(`${stack.emu.url}/__emulator/records`)).json()) as unknown[];
    expect(JSON.stringify(stored)).not.toContain("perm-reader-1");
  });

  it("grants by group as well as by role (any case), and tells the pane what each caller may do", async () => {
    expect((await create(GROUP_WRITER, "perm-group-1", "E0003")).status).toBe(200);
    const may = async (u: DirectoryUser) =>
      (await call(stack.url, "GET", "/self-check", { key: await tokenOf(u) })).body.may;
    expect(await may(GROUP_WRITER)).toEqual({ write: true, revoke: false });
    expect(await may(REVOKER)).toEqual({ write: true, revoke: true });
  });

  it("audits every relayed call, allowed or refused, with the user's name and object id", async () => {
    await new Promise((r) => setTimeout(r, 250)); // the audit sink writes every 100 ms
    const entries = stack.audit();
    const byUser = (oid: string) => entries.filter((e) => e.user_oid === oid);
    expect(byUser(WRITER.oid).map((e) => [e.route, e.status, e.outcome])).toEqual([
      ["create", 200, "answered"],
      ["process", 403, "not_sent"],
    ]);
    expect(byUser(WRITER.oid)[1]).toMatchObject({
      caller: `entra:${WRITER.oid}`,
      user_name: "Wang Fang",
      code: PROXY_CODES.missingRole,
    });
    expect(byUser(REVOKER.oid)).toEqual([
      expect.objectContaining({ route: "process", status: 200, user_name: "Li Na", code: 0 }),
    ]);
    expect(byUser(READER.oid).map((e) => [e.route, e.status])).toEqual([
      ["query", 200],
      ["create", 403],
    ]);
    expect(entries.every((e) => typeof e.user_name === "string" && typeof e.user_oid === "string")).toBe(
      true,
    );
    // No token in the audit file.
    expect(JSON.stringify(entries)).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  });

  it.each<[string, () => Promise<string>, number, number, string]>([
    [
      "an expired token",
      () => issuer.accessToken({ user: WRITER, expiresIn: -600 }),
      401,
      PROXY_CODES.unauthenticated,
      "token_expired",
    ],
    [
      "a token for another audience",
      () => issuer.accessToken({ user: WRITER, aud: "api://another-app" }),
      401,
      PROXY_CODES.unauthenticated,
      "wrong_audience",
    ],
    [
      "a token signed with a key the issuer does not publish",
      () => issuer.accessToken({ user: WRITER, rogueKey: true }),
      401,
      PROXY_CODES.unauthenticated,
      "unknown_signing_key",
    ],
  ])("refuses %s with a machine-readable reason", async (_name, make, status, code, reason) => {
    const a = await call(stack.url, "POST", CREATE, {
      body: createBody("perm-bad-token"),
      key: await make(),
    });
    expect([a.status, a.body.code]).toEqual([status, code]);
    expect(a.body.data).toEqual({ reason });
  });
});

describe("Entra ID allow-list by group", () => {
  let issuer: OidcIssuer;
  let stack: Stack;
  beforeAll(async () => {
    issuer = await startOidcIssuer();
    stack = await startStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_ALLOWED_GROUPS: "hr-clerks",
      },
    });
  });
  afterAll(async () => {
    await stack.close();
    await issuer.close();
  });

  it("refuses a user outside the allowed groups with 403 not_allowed; with no role settings members may do everything", async () => {
    const outsider = await issuer.accessToken({ user: { ...READER, groups: ["sales"] } });
    const refused = await call(stack.url, "GET", "/self-check", { key: outsider });
    expect([refused.status, refused.body.code]).toEqual([403, PROXY_CODES.forbidden]);
    expect(refused.body.data).toEqual({ reason: "not_allowed" });
    const member = await issuer.accessToken({ user: { ...READER, groups: ["hr-clerks"] } });
    const ok = await call(stack.url, "GET", "/self-check", { key: member });
    expect(ok.body.may).toEqual({ write: true, revoke: true });
  });
});

describe("API keys keep every permission and audit no user", () => {
  let stack: Stack;
  beforeAll(async () => (stack = await startStack()));
  afterAll(() => stack.close());

  it("creates, revokes and audits with user_name and user_oid null", async () => {
    const created = await call(stack.url, "POST", CREATE, { body: createBody("perm-key-1") });
    expect(created.body.code).toBe(0);
    const revoked = await call(stack.url, "POST", PROCESS, { body: revokeBody(approvalIdOf(created.body)) });
    expect(revoked.body.code).toBe(0);
    expect((await call(stack.url, "GET", "/self-check")).body.may).toEqual({ write: true, revoke: true });
    await new Promise((r) => setTimeout(r, 250));
    expect(stack.audit().map((e) => [e.route, e.caller, e.user_name, e.user_oid])).toEqual([
      ["create", "key:clerks", null, null],
      ["process", "key:clerks", null, null],
    ]);
  });
});

function approvalIdOf(body: { data?: unknown }): string {
  return (body.data as { user_approval: { leaves: { approval_id: string }[] } }).user_approval.leaves[0]
    .approval_id;
}

describe("who holds a permission (no sockets)", () => {
  const grant = { roles: ["Attendance.Write"], groups: ["hr-clerks"] };
  const nobody = { roles: [], groups: [] };
  test.each<[string, typeof grant, string[], string[], boolean]>([
    ["an empty grant lets everyone in", nobody, [], [], true],
    ["a matching role", grant, ["Attendance.Write"], [], true],
    ["roles match exactly", grant, ["attendance.write"], [], false],
    ["a matching group in any case", grant, [], ["HR-Clerks"], true],
    ["neither", grant, ["Reader"], ["sales"], false],
  ])("%s", (_name, g, roles, groups, expected) => {
    expect(holds(g, roles, groups)).toBe(expected);
  });

  test("write and revoke are decided by their own grants", () => {
    const settings = {
      write: grant,
      revoke: { roles: ["Attendance.Revoke"], groups: [] },
    } as unknown as Parameters<typeof entraPermissions>[0];
    expect(entraPermissions(settings, ["Attendance.Write"], [])).toEqual({ write: true, revoke: false });
    expect(entraPermissions(settings, ["Attendance.Revoke"], [])).toEqual({ write: false, revoke: true });
  });

  test("create needs write, process needs revoke, a query needs neither", () => {
    const reader = { id: "entra:li@corp", name: "Li", oid: "o", may: { write: false, revoke: false } };
    expect(() => requirePermission(reader, "query")).not.toThrow();
    expect(() => requirePermission(reader, "create")).toThrow();
    expect(() => requirePermission(reader, "process")).toThrow();
    const writer = { ...reader, may: { write: true, revoke: false } };
    expect(() => requirePermission(writer, "create")).not.toThrow();
    expect(() => requirePermission(writer, "process")).toThrow();
  });
});
