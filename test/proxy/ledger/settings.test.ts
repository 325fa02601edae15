/** The ledger's settings at boot: where its database is, and a ledger key that must exist. */
import { hashApiKey } from "../../../src/proxy/api-keys";
import { ConfigError, loadConfig } from "../../../src/proxy/config";

const FEISHU = { FEISHU_APP_ID: "cli_x", FEISHU_APP_SECRET: "s", PROXY_API_KEYS: `it:${hashApiKey("k")}` };

describe("ledger settings", () => {
  it("is on, embedded in .data, by default; in memory with the emulator", () => {
    expect(loadConfig(FEISHU).ledger).toMatchObject({ database: { dataDir: ".data" }, retentionDays: 730 });
    expect(loadConfig({}).ledger?.database).toEqual({ memory: true });
    expect(loadConfig({ PROXY_DATA_DIR: "/var/lib/ledger" }).ledger?.database).toEqual({
      dataDir: "/var/lib/ledger",
    });
  });

  it("takes a PostgreSQL server, waiting for its disk only when asked", () => {
    const url = "postgres://u:p@db:5432/ledger";
    expect(loadConfig({ ...FEISHU, DATABASE_URL: url }).ledger?.database).toEqual({
      url,
      waitForDisk: false,
    });
    expect(
      loadConfig({ ...FEISHU, DATABASE_URL: url, LEDGER_SYNCHRONOUS_COMMIT: "on" }).ledger?.database,
    ).toEqual({
      url,
      waitForDisk: true,
    });
  });

  it("is off when asked", () => {
    expect(loadConfig({ ...FEISHU, PROXY_LEDGER: "off" }).ledger).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://db/x" }, /DATABASE_URL: must be a postgres:\/\//],
    [{ PROXY_LEDGER_KEYS: "it,nobody" }, /PROXY_LEDGER_KEYS: "nobody" is not the name of a key/],
    [{ LEDGER_RETENTION_DAYS: "0" }, /LEDGER_RETENTION_DAYS/],
  ])("stops the start on %j", (env, message) => {
    expect(() => loadConfig({ ...FEISHU, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...FEISHU, ...env })).toThrow(message);
  });
});
