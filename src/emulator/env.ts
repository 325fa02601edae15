/** The CLI's settings from the environment (see main.ts), checked so a typo fails loudly at boot. */
import { z } from "zod";
import type { EmulatorOptions } from "./index";

const Range = z.union([
  z.object({ min: z.number().min(0), max: z.number().min(0) }),
  z.object({ mean: z.number().min(0), jitter: z.number().min(0) }),
]);
const Rate = z.number().min(0).max(1).optional();
export const FaultOptionsSchema = z
  .object({
    latencyMs: Range.optional(),
    http5xxRate: Rate,
    rateLimit429Rate: Rate,
    resetRate: Rate,
    lostResponseRate: Rate,
    slowRate: Rate,
    slowMs: z.number().int().min(0).optional(),
    paths: z.array(z.string().startsWith("/")).optional(),
  })
  .strict();

const optionalInt = z.coerce.number().int().min(0).optional();
const EmulatorEnv = z.object({
  EMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(3200),
  EMULATOR_APP_ID: z.string().min(1).optional(),
  EMULATOR_APP_SECRET: z.string().min(1).optional(),
  EMULATOR_FAULTS: z.string().optional(),
  EMULATOR_STORE_FILE: z.string().min(1).optional(),
  EMULATOR_INSPECT: z.string().optional(),
  EMULATOR_RATE_LIMIT: optionalInt,
  EMULATOR_LOOKUP_RATE_LIMIT: optionalInt,
  EMULATOR_LOOKUP_MINUTE_LIMIT: optionalInt,
  EMULATOR_TOKEN_LIFETIME_SEC: optionalInt,
  EMULATOR_CLOSED_BEFORE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be yyyy-MM-dd")
    .optional(),
  EMULATOR_SEED: optionalInt,
});

/** Throws an Error naming the bad variable. Empty variables count as unset. */
export function optionsFromEnv(env: Record<string, string | undefined>): EmulatorOptions {
  const set = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith("EMULATOR_") && v !== ""),
  );
  const parsed = EmulatorEnv.safeParse(set);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`${String(i.path[0])}: ${i.message}`);
  }
  const e = parsed.data;
  let faults: EmulatorOptions["faults"];
  if (e.EMULATOR_FAULTS) {
    let json: unknown;
    try {
      json = JSON.parse(e.EMULATOR_FAULTS);
    } catch {
      throw new Error("EMULATOR_FAULTS: not valid JSON");
    }
    const f = FaultOptionsSchema.safeParse(json);
    if (!f.success)
      throw new Error(
        `EMULATOR_FAULTS: ${f.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
    faults = f.data;
  }
  return {
    host: e.EMULATOR_HOST,
    port: e.EMULATOR_PORT,
    appId: e.EMULATOR_APP_ID,
    appSecret: e.EMULATOR_APP_SECRET,
    faults,
    storeFile: e.EMULATOR_STORE_FILE,
    inspect: /^(1|true|yes|on)$/i.test(e.EMULATOR_INSPECT ?? ""),
    rateLimitPerSec: e.EMULATOR_RATE_LIMIT,
    lookupLimitPerSec: e.EMULATOR_LOOKUP_RATE_LIMIT,
    lookupLimitPerMin: e.EMULATOR_LOOKUP_MINUTE_LIMIT,
    tokenLifetimeSec: e.EMULATOR_TOKEN_LIFETIME_SEC,
    closedBefore: e.EMULATOR_CLOSED_BEFORE,
    seed: e.EMULATOR_SEED,
  };
}
