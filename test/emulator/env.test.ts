import { optionsFromEnv } from "../../src/emulator/env";

describe("CLI settings", () => {
  it("reads the environment with defaults", () => {
    expect(optionsFromEnv({})).toMatchObject({
      host: "127.0.0.1",
      port: 3200,
      inspect: false,
      faults: undefined,
    });
    const o = optionsFromEnv({
      EMULATOR_PORT: "0",
      EMULATOR_INSPECT: "true",
      EMULATOR_FAULTS: '{"resetRate":0.1,"paths":["/x"]}',
      EMULATOR_RATE_LIMIT: "10",
      EMULATOR_APP_ID: "cli_x",
    });
    expect(o).toMatchObject({
      port: 0,
      inspect: true,
      faults: { resetRate: 0.1, paths: ["/x"] },
      rateLimitPerSec: 10,
      appId: "cli_x",
    });
  });

  it.each([
    [{ EMULATOR_PORT: "http" }, /EMULATOR_PORT/],
    [{ EMULATOR_FAULTS: "{oops" }, /EMULATOR_FAULTS: not valid JSON/],
    [{ EMULATOR_FAULTS: '{"resetRate":2}' }, /EMULATOR_FAULTS: resetRate/],
    [{ EMULATOR_FAULTS: '{"resetrate":0.5}' }, /EMULATOR_FAULTS/],
    [{ EMULATOR_CLOSED_BEFORE: "2026/01/01" }, /EMULATOR_CLOSED_BEFORE/],
  ])("rejects %p", (env, msg) => {
    expect(() => optionsFromEnv(env)).toThrow(msg);
  });
});
