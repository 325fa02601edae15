/**
 * API keys are stored only as SHA-256 hashes (`name:hex`) and compared in constant time.
 * `npm run proxy -- hash-key <key>` prints the stored form of a key.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export interface StoredApiKey {
  name: string;
  hash: Buffer;
}

export const hashApiKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/** A fresh random key (what IT hands to clerks or configures in the add-in). */
export const generateApiKey = (): string => `pk_${randomBytes(24).toString("base64url")}`;

/** Parses `name:sha256hex, name2:sha256hex`. */
export function parseApiKeys(value: string): { keys: StoredApiKey[]; errors: string[] } {
  const keys: StoredApiKey[] = [];
  const errors: string[] = [];
  for (const item of value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9._@-]{1,64}):([0-9a-fA-F]{64})$/.exec(item);
    if (!m) {
      errors.push(
        `"${item.slice(0, 24)}…" is not name:sha256hex (64 hex digits); hash a key with: npm run proxy -- hash-key <key>`,
      );
      continue;
    }
    if (keys.some((k) => k.name === m[1])) errors.push(`key name "${m[1]}" appears twice`);
    keys.push({ name: m[1], hash: Buffer.from(m[2], "hex") });
  }
  return { keys, errors };
}

/** The name of the key whose hash matches, or null. Every stored hash is compared, so timing does not tell which. */
export function matchApiKey(presented: string, keys: readonly StoredApiKey[]): string | null {
  const digest = createHash("sha256").update(presented, "utf8").digest();
  let found: string | null = null;
  for (const k of keys) if (timingSafeEqual(digest, k.hash) && found === null) found = k.name;
  return found;
}
