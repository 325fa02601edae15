/** The deployment configuration: build-time settings, the file beside the pane, and what wins. */
import { CONFIG_FILE, loadAddinConfig, resolveAddinConfig } from "../../src/taskpane/addin-config";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const ENTRA = {
  authMode: "entra",
  tenantId: TENANT,
  clientId: "spa-id",
  apiScope: "api://proxy/access_as_user",
};

function fakeFetch(answer: { status: number; body?: unknown } | Error) {
  const asked: string[] = [];
  const f = (async (url: string) => {
    asked.push(url);
    if (answer instanceof Error) throw answer;
    const { status, body } = answer;
    return {
      ok: status >= 200 && status < 300,
      status,
      json: async () => (body === undefined ? JSON.parse("not json") : body),
    };
  }) as unknown as typeof fetch;
  return Object.assign(f, { asked });
}

describe("deployment configuration", () => {
  const saved = process.env.ADDIN_CONFIG;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_CONFIG;
    else process.env.ADDIN_CONFIG = saved;
  });

  test("nothing configured: API keys and a proxy address the clerk types, as before", async () => {
    delete process.env.ADDIN_CONFIG;
    const f = fakeFetch({ status: 404 });
    expect(await loadAddinConfig(f)).toEqual({ proxyUrl: null, auth: { mode: "api-key" }, problems: [] });
    expect(f.asked).toEqual([CONFIG_FILE]);
  });

  test("the build's settings apply when no file is served", async () => {
    process.env.ADDIN_CONFIG = JSON.stringify({ ...ENTRA, proxyUrl: "https://proxy.example.com/" });
    expect(await loadAddinConfig(fakeFetch({ status: 404 }))).toEqual({
      proxyUrl: "https://proxy.example.com",
      auth: {
        mode: "entra",
        tenantId: TENANT,
        clientId: "spa-id",
        apiScope: "api://proxy/access_as_user",
        authority: "https://login.microsoftonline.com",
      },
      problems: [],
    });
  });

  test("the file beside the pane overrides the build field by field", async () => {
    process.env.ADDIN_CONFIG = JSON.stringify({ proxyUrl: "https://build.example.com", authMode: "api-key" });
    const c = await loadAddinConfig(fakeFetch({ status: 200, body: ENTRA }));
    expect(c.proxyUrl).toBe("https://build.example.com");
    expect(c.auth).toMatchObject({ mode: "entra", clientId: "spa-id" });
  });

  test.each<[string, Parameters<typeof fakeFetch>[0], RegExp]>([
    ["a file that is not JSON", { status: 200, body: undefined }, /addin-config\.json/],
    ["a server error", { status: 500 }, /addin-config\.json: HTTP 500/],
    ["an unreachable file", new Error("offline"), /addin-config\.json: offline/],
    [
      "a tenant that is not a GUID",
      { status: 200, body: { ...ENTRA, tenantId: "contoso" } },
      /tenantId: must be the tenant's GUID/,
    ],
  ])("%s is reported and the pane keeps API keys", async (_name, answer, problem) => {
    delete process.env.ADDIN_CONFIG;
    const c = await loadAddinConfig(fakeFetch(answer));
    expect(c.auth).toEqual({ mode: "api-key" });
    expect(c.problems.join("\n")).toMatch(problem);
  });

  test("Entra mode without a tenant, client id or scope falls back to API keys and names what is missing", () => {
    const c = resolveAddinConfig([{ authMode: "entra", clientId: "spa-id" }]);
    expect(c.auth).toEqual({ mode: "api-key" });
    expect(c.problems).toEqual(['authMode "entra" needs tenantId, apiScope']);
  });
});
