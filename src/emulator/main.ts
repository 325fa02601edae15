/**
 * `npm run emulator`: the Feishu emulator as a standalone server.
 * EMULATOR_PORT (default 3200), EMULATOR_HOST, EMULATOR_APP_ID, EMULATOR_APP_SECRET,
 * EMULATOR_FAULTS (JSON FaultOptions), EMULATOR_STORE_FILE, EMULATOR_INSPECT (1/true),
 * EMULATOR_RATE_LIMIT, EMULATOR_TOKEN_LIFETIME_SEC, EMULATOR_CLOSED_BEFORE (yyyy-MM-dd).
 */
import { startEmulator, type EmulatorOptions, type FaultOptions } from "./index";

function optionsFromEnv(env: NodeJS.ProcessEnv): EmulatorOptions {
  const num = (v: string | undefined) => (v && Number.isFinite(Number(v)) ? Number(v) : undefined);
  return {
    host: env.EMULATOR_HOST || "127.0.0.1",
    port: num(env.EMULATOR_PORT) ?? 3200,
    appId: env.EMULATOR_APP_ID || undefined,
    appSecret: env.EMULATOR_APP_SECRET || undefined,
    faults: env.EMULATOR_FAULTS ? (JSON.parse(env.EMULATOR_FAULTS) as FaultOptions) : undefined,
    storeFile: env.EMULATOR_STORE_FILE || undefined,
    inspect: /^(1|true|yes)$/i.test(env.EMULATOR_INSPECT ?? ""),
    rateLimitPerSec: num(env.EMULATOR_RATE_LIMIT),
    tokenLifetimeSec: num(env.EMULATOR_TOKEN_LIFETIME_SEC),
    closedBefore: env.EMULATOR_CLOSED_BEFORE || undefined,
  };
}

async function main(): Promise<void> {
  const opts = optionsFromEnv(process.env);
  const emulator = await startEmulator(opts);
  console.log(`Feishu emulator listening on ${emulator.url} (app_id ${opts.appId ?? "cli_emulator"}${opts.inspect ? ", inspection on" : ""})`);
  console.log(`飞书模拟器已启动：${emulator.url}`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping the emulator`);
    void emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(`The Feishu emulator could not start / 飞书模拟器无法启动: ${String(err)}`);
  process.exit(1);
});
