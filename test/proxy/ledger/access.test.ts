/**
 * Who may read the whole ledger: only keys marked for it (and the emulator's development key),
 * and Entra ID users with a ledger role or group; writing rights do not include it.
 */
import { UnsecuredJWT } from "jose";
import type { Caller } from "../../../src/proxy/auth";
import { mayReadLedger } from "../../../src/proxy/ledger/access";

const readers = { keys: ["it"], roles: ["Ledger.Read"], groups: ["9f0c7c1e-0000-0000-0000-00000000abcd"] };
const caller = (id: string): Caller => ({ id, name: null, oid: null, may: { write: true, revoke: true } });
const token = (claims: Record<string, unknown>) => new UnsecuredJWT(claims).encode();

describe("mayReadLedger", () => {
  it.each([
    ["a marked key", "key:it", "", false, true],
    ["an unmarked key with every write right", "key:clerks", "", false, false],
    ["the development key with the emulator", "key:dev", "", true, true],
    ["the development key otherwise", "key:dev", "", false, false],
    ["a user with the ledger role", "entra:it@contoso.com", token({ roles: ["Ledger.Read"] }), false, true],
    [
      "a user with only the write role",
      "entra:hr@contoso.com",
      token({ roles: ["Attendance.Write"] }),
      false,
      false,
    ],
    [
      "a user in the ledger group (any case)",
      "entra:it@contoso.com",
      token({ groups: ["9F0C7C1E-0000-0000-0000-00000000ABCD"] }),
      false,
      true,
    ],
    ["a token that is not a JWT", "entra:x", "not-a-jwt", false, false],
  ])("%s", (_what, id, bearer, devKey, may) => {
    expect(mayReadLedger(readers, caller(id), bearer, devKey)).toBe(may);
  });

  it("lets no Entra ID user in when no ledger role or group is set", () => {
    const none = { keys: [], roles: [], groups: [] };
    expect(mayReadLedger(none, caller("entra:a"), token({ roles: ["Ledger.Read"] }), false)).toBe(false);
  });
});
