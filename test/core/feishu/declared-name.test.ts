/** The declared name's header encoding: ASCII on the wire, any script back, bounded, no control characters. */
import {
  DECLARED_NAME_MAX,
  decodeDeclaredName,
  encodeDeclaredName,
} from "../../../src/core/feishu/declared-name";

describe("declared name header", () => {
  it.each([["王芳"], ["Wang Fang"], ["José Müller-Łukasz"], ["김민지 (HR)"], ["%E4 100% real"]])(
    "carries %s as ASCII and back unchanged",
    (name) => {
      const value = encodeDeclaredName(name);
      expect(value).toMatch(/^[\x21-\x7e]+$/);
      expect(decodeDeclaredName(value ?? undefined)).toBe(name);
    },
  );

  it("sends nothing for a blank name", () => {
    expect(encodeDeclaredName("  ")).toBeNull();
    expect(encodeDeclaredName(null)).toBeNull();
    expect(encodeDeclaredName(undefined)).toBeNull();
  });

  it("drops control characters, so a name cannot forge an audit or log line", () => {
    expect(decodeDeclaredName(encodeDeclaredName('Eve\r\n{"caller":"key:it"}\u0000') ?? "")).toBe(
      'Eve{"caller":"key:it"}',
    );
    expect(decodeDeclaredName("Eve%0D%0Aroot")).toBe("Everoot");
  });

  it("keeps at most DECLARED_NAME_MAX characters, counting a Chinese character as one", () => {
    const long = "张".repeat(DECLARED_NAME_MAX + 50);
    expect(decodeDeclaredName(encodeDeclaredName(long) ?? "")).toBe("张".repeat(DECLARED_NAME_MAX));
  });

  it("refuses a value that is not percent-encoded UTF-8, several values, or one far too long", () => {
    expect(decodeDeclaredName("%E4%B8")).toBeNull();
    expect(decodeDeclaredName("%ZZ")).toBeNull();
    expect(decodeDeclaredName(["a", "b"])).toBeNull();
    expect(decodeDeclaredName("a".repeat(DECLARED_NAME_MAX * 12 + 1))).toBeNull();
    expect(decodeDeclaredName(undefined)).toBeNull();
  });
});
