/**
 * `npm run proxy` — start the proxy (and, with no Feishu credentials, the emulator too).
 * `npm run proxy -- hash-key <key> [name]` — print the stored form of an API key.
 * `npm run proxy -- new-key [name]` — make a random key and print it with its stored form.
 */
import { generateApiKey, hashApiKey } from "./api-keys";
import {
  ConfigError,
  DEV_API_KEY,
  EMULATOR_APP,
  describeConfig,
  loadConfig,
  loadDotEnv,
  type ResolvedConfig,
} from "./config";
import { startProxy } from "./server";
import { messageText } from "../core/catalog";

const [command, ...args] = process.argv.slice(2);
const say = (line = "") => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  if (command === "hash-key" || command === "new-key") return printKey(command, args);
  if (command && command !== "start")
    throw new Error(`unknown command "${command}" (use: start | hash-key <key> [name] | new-key [name])`);
  const dotEnv = loadDotEnv();
  const config = loadConfig();
  let stopEmulator = async () => undefined as void;
  let resolved: ResolvedConfig;
  if (config.feishu) {
    resolved = { ...config, feishu: config.feishu };
  } else {
    const { startEmulator } = await import("../emulator");
    const { optionsFromEnv } = await import("../emulator/env");
    // The EMULATOR_* settings (store file, faults, sealed period…) apply to this in-process emulator too;
    // its app credentials are the proxy's own and it listens on an ephemeral loopback port.
    const emu = await startEmulator({
      ...optionsFromEnv(process.env),
      port: 0,
      host: "127.0.0.1",
      appId: EMULATOR_APP.appId,
      appSecret: EMULATOR_APP.appSecret,
    });
    stopEmulator = () => emu.close();
    resolved = { ...config, feishu: { ...EMULATOR_APP, baseUrl: emu.url, kind: "emulator" } };
    say("================================================================================");
    say(" NO FEISHU CREDENTIALS (FEISHU_APP_ID / FEISHU_APP_SECRET): USING THE EMULATOR");
    say(` 未配置飞书凭据：代理连接的是本地模拟器 ${emu.url}，不会写入真实飞书`);
    say(" Nothing is written to real Feishu. Set the credentials in .env for production.");
    if (resolved.auth.mode === "apikey" && resolved.auth.devKey)
      say(` Development key accepted (emulator only): Authorization: Bearer ${DEV_API_KEY}`);
    say("================================================================================");
  }
  const proxy = await startProxy(resolved);
  say(`proxy listening on ${proxy.url} (${dotEnv ? ".env loaded" : "no .env"})`);
  say(JSON.stringify(describeConfig(resolved)));
  void proxy.boot.done.then((state) => {
    if (state === "ok") return;
    const words = messageText(
      state === "unreachable" ? "proxy.bootUnreachable" : "proxy.bootCredentialsRefused",
    );
    say("================================================================================");
    say(` ${words.en}`);
    say(` ${words.zh}`);
    say("================================================================================");
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing requests in flight, then stopping`);
    await proxy.close();
    await stopEmulator();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

function printKey(command: string, rest: string[]): void {
  const key = command === "new-key" ? generateApiKey() : rest[0];
  const name = (command === "new-key" ? rest[0] : rest[1]) ?? "clerks";
  if (!key) throw new Error("usage: npm run proxy -- hash-key <key> [name]");
  if (command === "new-key") say(`key (give this to the add-in; it is not stored anywhere): ${key}`);
  say(`sha256: ${hashApiKey(key)}`);
  say(`PROXY_API_KEYS entry: ${name}:${hashApiKey(key)}`);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `${e instanceof ConfigError ? e.message : e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
