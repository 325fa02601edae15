import { generateApiKey, hashApiKey, matchApiKey, parseApiKeys } from "../../src/proxy/api-keys";

const A = hashApiKey("key-a");
const B = hashApiKey("key-b");

test("a key's stored form is its SHA-256 in hex", () => {
  expect(hashApiKey("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  expect(A).toMatch(/^[0-9a-f]{64}$/);
});

test("generated keys are prefixed, URL-safe and never repeat", () => {
  const keys = Array.from({ length: 20 }, generateApiKey);
  for (const k of keys) expect(k).toMatch(/^pk_[A-Za-z0-9_-]{32}$/);
  expect(new Set(keys).size).toBe(keys.length);
});

test.each<[string, string[], number]>([
  [`clerks:${A}`, ["clerks"], 0],
  [` clerks:${A} , it@corp:${B.toUpperCase()} ,`, ["clerks", "it@corp"], 0],
  ["", [], 0],
  [`clerks:${A.slice(1)}`, [], 1],
  [`clerks ${A}`, [], 1],
  [`clerks:${A},clerks:${B}`, ["clerks", "clerks"], 1],
])("parseApiKeys(%j) keeps %j with %i errors", (value, names, errors) => {
  const r = parseApiKeys(value);
  expect(r.keys.map((k) => k.name)).toEqual(names);
  expect(r.errors).toHaveLength(errors);
});

test("an error names the bad item without printing all of it, and says how to hash a key", () => {
  const [error] = parseApiKeys(`clerks:${"z".repeat(64)}`).errors;
  expect(error).toContain("hash-key");
  expect(error).not.toContain("z".repeat(30));
});

test("matchApiKey finds the key's name by its hash, or null", () => {
  const { keys } = parseApiKeys(`clerks:${A},it:${B}`);
  expect(matchApiKey("key-a", keys)).toBe("clerks");
  expect(matchApiKey("key-b", keys)).toBe("it");
  expect(matchApiKey("key-c", keys)).toBeNull();
  expect(matchApiKey("key-a", [])).toBeNull();
});
