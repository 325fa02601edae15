/**
 * Entra ID client credentials: the command asks a token endpoint with the client-credentials
 * grant (a local stand-in here: real Entra cannot be reached from tests), keeps the token until
 * near its expiry, says Entra's reason in one line when refused, and pushes through a proxy in
 * Entra mode that checks the token's app role (test/support/oidc-issuer.ts signs it).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entraTokenSource } from "../../src/cli/entra-token";
import { CliProblem } from "../../src/cli/problem";
import { catalogDisplay, DEFAULT_CATALOG } from "../../src/core/template/catalog";
import { startOidcIssuer, type OidcIssuer } from "../support/oidc-issuer";
import { putRows, rowOf, runCommand } from "./support/harness";
import { startCliStack, type CliStack } from "./support/stack";

jest.setTimeout(60_000);

interface TokenRequest {
  form: URLSearchParams;
}

/** A client-credentials token endpoint: answers `token()` to the right id and secret, else Entra's error. */
async function tokenEndpoint(
  token: () => Promise<string>,
): Promise<{ url: string; asked: TokenRequest[]; close(): Promise<void> }> {
  const asked: TokenRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", async () => {
      const form = new URLSearchParams(body);
      asked.push({ form });
      const good =
        req.headers["content-type"] === "application/x-www-form-urlencoded" &&
        form.get("grant_type") === "client_credentials" &&
        form.get("client_id") === "cli-app" &&
        form.get("client_secret") === "s3cret";
      res.setHeader("content-type", "application/json");
      if (!good) {
        res.statusCode = 401;
        res.end(
          JSON.stringify({
            error: "invalid_client",
            error_description: "AADSTS7000215: Invalid client secret provided.",
          }),
        );
        return;
      }
      res.end(JSON.stringify({ token_type: "Bearer", expires_in: 3599, access_token: await token() }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tenant/oauth2/v2.0/token`,
    asked,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

test("the token is fetched with the client-credentials grant and kept until a minute before it expires", async () => {
  let n = 0;
  const endpoint = await tokenEndpoint(async () => `token-${++n}`);
  try {
    let now = 0;
    const source = entraTokenSource(
      { tokenUrl: endpoint.url, clientId: "cli-app", clientSecret: "s3cret", scope: "api://proxy/.default" },
      { now: () => now },
    );
    expect(await Promise.all([source(), source()])).toEqual(["token-1", "token-1"]);
    expect(endpoint.asked).toHaveLength(1);
    expect(endpoint.asked[0].form.get("scope")).toBe("api://proxy/.default");
    now = 3599_000 - 61_000;
    expect(await source()).toBe("token-1");
    now = 3599_000 - 59_000;
    expect(await source()).toBe("token-2");
  } finally {
    await endpoint.close();
  }
});

test("a refused secret is one line with Entra's reason, never the secret", async () => {
  const endpoint = await tokenEndpoint(async () => "never");
  try {
    const source = entraTokenSource({
      tokenUrl: endpoint.url,
      clientId: "cli-app",
      clientSecret: "wrong-secret",
      scope: "s",
    });
    const err = await source().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliProblem);
    const line = (err as CliProblem).text("en-US");
    expect(line).toMatch(/AADSTS7000215/);
    expect(line).not.toMatch(/wrong-secret/);
  } finally {
    await endpoint.close();
  }
});

describe("push through a proxy in Entra mode", () => {
  let issuer: OidcIssuer;
  let stack: CliStack;
  let endpoint: Awaited<ReturnType<typeof tokenEndpoint>>;
  const app = {
    name: "attendance-cli",
    username: "attendance-cli",
    oid: "0a0b0c0d-1111-2222-3333-444455556666",
  };
  let roles = ["Attendance.Write"];
  beforeAll(async () => {
    issuer = await startOidcIssuer();
    endpoint = await tokenEndpoint(() => issuer.accessToken({ user: { ...app, roles } }));
    stack = await startCliStack({
      env: {
        PROXY_AUTH_MODE: "entra",
        ENTRA_TENANT_ID: issuer.tenantId,
        ENTRA_AUDIENCE: issuer.audience,
        ENTRA_AUTHORITY: issuer.url,
        ENTRA_WRITE_ROLES: "Attendance.Write",
      },
    });
  });
  afterAll(async () => {
    await stack.close();
    await endpoint.close();
    await issuer.close();
  });

  const env = () => ({
    FEISHU_PROXY_URL: stack.proxy.url,
    ENTRA_TENANT_ID: issuer.tenantId,
    ENTRA_CLIENT_ID: "cli-app",
    ENTRA_CLIENT_SECRET: "s3cret",
    ENTRA_SCOPE: `api://${issuer.audience}/.default`,
    ENTRA_TOKEN_URL: endpoint.url,
    LANG: "en_US.UTF-8",
  });

  async function book(employee: string): Promise<string> {
    const path = join(mkdtempSync(join(tmpdir(), "cli-entra-")), "book.xlsx");
    expect((await runCommand(["template", path])).code).toBe(0);
    await putRows(path, "leave", [
      rowOf("leave", {
        employee,
        type: catalogDisplay(DEFAULT_CATALOG[0]),
        start_time: "2026-03-09 09:00",
        end_time: "2026-03-09 18:00",
        unit: "Day",
        duration: 1,
        reason: "family",
      }),
    ]);
    return path;
  }

  test("an app registration with the write role writes", async () => {
    const before = stack.emu.records().length;
    const ran = await runCommand(["push", await book("E0301"), "--json"], env());
    expect(ran.stderr).toMatch(/1 written/);
    expect(ran.code).toBe(0);
    expect(stack.emu.records().length).toBe(before + 1);
  });

  test("without the role, every row is refused and says so (exit 1)", async () => {
    roles = [];
    const before = stack.emu.records().length;
    const ran = await runCommand(["push", await book("E0302"), "--json"], env());
    expect(stack.emu.records().length).toBe(before);
    expect(ran.code).toBe(1);
    const [row] = JSON.parse(ran.stdout).rows;
    expect(row.state).toBe("failed");
    expect(row.errors[0]).toMatchObject({ code: "row_failed" });
    expect(row.errors[0].message).toMatch(/role/);
    roles = ["Attendance.Write"];
  });

  test("a wrong secret stops before anything is read or sent (exit 2, one line)", async () => {
    const ran = await runCommand(["push", await book("E0303")], { ...env(), ENTRA_CLIENT_SECRET: "nope" });
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim().split("\n")).toHaveLength(1);
    expect(ran.stderr).toMatch(/Microsoft Entra ID gave no token: invalid_client/);
  });
});
