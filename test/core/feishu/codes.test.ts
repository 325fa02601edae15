/**
 * The one table of codes: every reader (the outcome mapping, the run's stop verdict, the people
 * book, the proxy's token retry, the pane's verdicts) answers what the table says, code by code.
 */
import {
  CODES,
  codeMeaning,
  isPersonRefusal,
  isSetupFailure,
  isStaleToken,
  setupFaultOf,
  type CodeMeaning,
} from "../../../src/core/feishu/codes";
import { mapCallResult } from "../../../src/core/feishu/outcomes";
import { PROXY_CODES } from "../../../src/core/feishu/proxy-codes";
import { proxyErrors } from "../../../src/proxy/errors";
import { failureVerdict } from "../../../src/taskpane/connection-failure";
import { setupVerdict } from "../../../src/taskpane/setup-verdict";

const rows = Object.entries(CODES as Record<number, CodeMeaning>).map(([c, m]) => [Number(c), m] as const);

describe("the table of codes", () => {
  it.each(rows)("the outcome mapping reads %s as the table says", (code, m) => {
    const o = mapCallResult({ answer: { status: 400, headers: {}, body: { code, msg: "x" } } });
    expect(o.kind).toBe(m.kind);
    if (m.uncertain !== undefined) expect(o.uncertain).toBe(m.uncertain);
    expect(o.message.en).not.toBe("");
  });

  it("names every proxy code, as the proxy's own", () => {
    for (const code of Object.values(PROXY_CODES)) expect(codeMeaning(code)?.from).toBe("proxy");
  });

  it("a proxy code is never reread by Feishu's message patterns", () => {
    const o = mapCallResult({
      answer: {
        status: 400,
        headers: {},
        body: { code: PROXY_CODES.badRequest, msg: "the object already exists" },
      },
    });
    expect(o.kind).toBe("invalid");
  });

  it("the setup, person and token readers ask the table", () => {
    const setup = rows.filter(([, m]) => m.setup).map(([c]) => c);
    const person = rows.filter(([, m]) => m.person).map(([c]) => c);
    const stale = rows.filter(([, m]) => m.staleToken).map(([c]) => c);
    expect(rows.filter(([c]) => isSetupFailure({ code: c })).map(([c]) => c)).toEqual(setup);
    expect(rows.filter(([c]) => isPersonRefusal(c)).map(([c]) => c)).toEqual([1220004, 1220005]);
    expect(person).toEqual([1220004, 1220005]);
    expect(rows.filter(([c]) => isStaleToken(c)).map(([c]) => c)).toEqual(stale);
    expect(stale.sort()).toEqual([99991661, 99991663, 99991665, 99991671]);
    expect(isSetupFailure({ code: null })).toBe(false);
    expect(isSetupFailure({ code: 1220001 })).toBe(false);
  });

  it("the pane's setup verdict follows the fault the table names", () => {
    expect(setupFaultOf(PROXY_CODES.unauthenticated)).toBe("key");
    expect(setupVerdict({ code: PROXY_CODES.unauthenticated }).fixer).toBe("clerk");
    for (const [code, m] of rows.filter(([, m]) => m.setup && m.setup !== "key"))
      expect([code, setupVerdict({ code }).fixer]).toEqual([code, m.setup ? "it" : "clerk"]);
    expect(setupVerdict({ code: 99991672 }).headline.en).not.toBe(
      setupVerdict({ code: 99991401 }).headline.en,
    );
  });

  it("the connection verdict reads a refused key by code, whatever the status", () => {
    const key = failureVerdict({ status: 400, code: PROXY_CODES.unauthenticated, message: "" }, "http://p");
    const other = failureVerdict({ status: 400, code: 1, message: "" }, "http://p");
    expect(key.fixer).toBe("clerk");
    expect(key.headline.en).not.toBe(other.headline.en);
  });

  it("the proxy's rate-limit answer is the table's rate-limit code", () => {
    const e = proxyErrors.rateLimited(2, 5);
    expect(codeMeaning(e.code)?.kind).toBe("rate_limited");
  });
});
