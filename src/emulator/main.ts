/**
 * `npm run emulator`: the Feishu emulator as a standalone server.
 * EMULATOR_PORT (default 3200), EMULATOR_HOST, EMULATOR_APP_ID, EMULATOR_APP_SECRET,
 * EMULATOR_FAULTS (JSON FaultOptions), EMULATOR_STORE_FILE, EMULATOR_INSPECT (1/true),
 * EMULATOR_RATE_LIMIT, EMULATOR_TOKEN_LIFETIME_SEC, EMULATOR_CLOSED_BEFORE (yyyy-MM-dd),
 * EMULATOR_SEED. Stops cleanly on SIGINT/SIGTERM.
 */
import { optionsFromEnv } from "./env";
import { startEmulator } from "./index";

async function main(): Promise<void> {
  const opts = optionsFromEnv(process.env);
  const emulator = await startEmulator(opts);
  const app = opts.appId ?? "cli_emulator";
  console.log(
    `Feishu emulator listening on ${emulator.url} (app_id ${app}${opts.inspect ? ", inspection on" : ""}${opts.faults ? ", faults on" : ""})`,
  );
  console.log(`飞书模拟器已启动：${emulator.url}（app_id ${app}）`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping the emulator / 正在停止飞书模拟器`);
    void emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(
    `The Feishu emulator could not start / 飞书模拟器无法启动: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});
