import type { CallResult, OutcomeKind } from "../../src/core/outcome";
import {
  approvalIdsFrom,
  describeOutcome,
  findErrorRecords,
  mapCallResult,
} from "../../src/core/feishu/outcomes";
import { PROXY_CODES, PROXY_HEADERS } from "../../src/core/feishu/proxy-codes";
import { foreignWords } from "../support/foreign-words";

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): CallResult => ({
  answer: { status, headers, body },
});
const feishu = (status: number, code: number, msg: string) =>
  answer(status, { code, msg, error: { log_id: "L1", message: msg } });

type Row = [name: string, result: CallResult, kind: OutcomeKind, uncertain: boolean];

const CASES: Row[] = [
  // docs/feishu-api.md §1.9 create codes
  [
    "1220001 invalid param",
    feishu(400, 1220001, "param is invalis: employee_type invalid"),
    "invalid",
    false,
  ],
  ["1220002 tenant empty", feishu(400, 1220002, "tenant_id is empty"), "fatal", false],
  [
    "1220004 unknown user",
    feishu(400, 1220004, "user_id is not exist or does not have permission"),
    "unknown_user",
    false,
  ],
  ["1220005 no permission", feishu(400, 1220005, "没有权限"), "permission", false],
  ["1225000 internal", feishu(500, 1225000, "internal server error"), "retryable", true],
  [
    "1225001 rejected",
    feishu(
      400,
      1225001,
      '{"LeaveErrorRecords":"bad","OutErrorRecords":"","TripErrorRecords":"","OvertimeWorkErrorRecords":""}',
    ),
    "invalid",
    false,
  ],
  [
    "1227500 cannot process",
    feishu(400, 1227500, "approval cannot be processed: not found"),
    "invalid",
    false,
  ],
  ["1226000 shift service", feishu(500, 1226000, "shift service error"), "retryable", true],
  ["1226500 historic", feishu(500, 1226500, "unused"), "fatal", true],
  // DOC-G message table under 1220600
  ["1220600 param invalid", feishu(400, 1220600, "param invalid"), "invalid", false],
  ["1220600 no row affected", feishu(400, 1220600, "no row affected"), "retryable", false],
  ["1220600 duplicate", feishu(400, 1220600, "the object already exists"), "duplicate", false],
  [
    "1225001 duplicate (code unconfirmed)",
    feishu(400, 1225001, "the object already exists"),
    "duplicate",
    false,
  ],
  ["1220600 time calc", feishu(400, 1220600, "time calculation failed"), "invalid", false],
  ["1220600 time invalid", feishu(400, 1220600, "time is invalid"), "invalid", false],
  ["1220600 auth", feishu(400, 1220600, "auth no permission"), "permission", false],
  [
    "1220600 sealed",
    feishu(400, 1220600, "the attendance result has been sealed and can not modify"),
    "period_closed",
    false,
  ],
  ["1220600 no such name", feishu(400, 1220600, "name or employee_no invalid"), "unknown_user", false],
  [
    "1220600 People only",
    feishu(400, 1220600, "This API can only be accessed by Feishu People Enterprise Edition users."),
    "fatal",
    false,
  ],
  ["1220600 unknown msg", feishu(400, 1220600, "something new"), "fatal", false],
  // docs/feishu-api.md §4.2 token and auth codes, with HTTP 200 or 400 (reports differ)
  ["99991661 need token", feishu(400, 99991661, "Need a token"), "fatal", false],
  [
    "99991663 expired (200)",
    feishu(200, 99991663, "Invalid access token for authorization"),
    "retryable",
    false,
  ],
  [
    "99991663 expired (400)",
    feishu(400, 99991663, "Invalid access token for authorization"),
    "retryable",
    false,
  ],
  ["99991664 app token", feishu(400, 99991664, "invalid app token"), "fatal", false],
  ["99991665 tenant code", feishu(400, 99991665, "invalid tenant code"), "retryable", false],
  ["99991668 user token", feishu(400, 99991668, "user token"), "fatal", false],
  ["99991671 malformed", feishu(400, 99991671, "Invalid token: must start with t-/u-"), "fatal", false],
  [
    "99991672 scope",
    feishu(400, 99991672, "Access denied. One of the following scopes is required"),
    "permission",
    false,
  ],
  ["99991401 ip", feishu(400, 99991401, "ip 1.2.3.4 is denied by app setting"), "permission", false],
  ["99991403 quota", feishu(400, 99991403, "This month's API call quota has been exceeded"), "fatal", false],
  ["99991400 rate (429)", feishu(429, 99991400, "request trigger frequency limit"), "rate_limited", false],
  [
    "99991400 rate (400, older APIs)",
    feishu(400, 99991400, "request trigger frequency limit"),
    "rate_limited",
    false,
  ],
  ["10003 invalid parameter", feishu(400, 10003, "invalid parameter"), "invalid", false],
  ["10013 token fetch", feishu(400, 10013, "get tenant access token fail"), "fatal", false],
  ["10014 app unauthorized", feishu(400, 10014, "app unauthorized"), "fatal", false],
  ["10015 wrong secret", feishu(400, 10015, "wrong app secret"), "fatal", false],
  ["20002 mismatch", feishu(400, 20002, "app_id and app_secret did not match"), "fatal", false],
  ["2200 frequent", feishu(500, 2200, "internal error"), "rate_limited", false],
  ["unknown 4xx code", feishu(400, 4242, "new"), "fatal", false],
  ["unknown 5xx code", feishu(503, 4243, "new"), "fatal", true],
  // proxy codes
  ["proxy unauthenticated", feishu(401, PROXY_CODES.unauthenticated, "bad key"), "permission", false],
  ["proxy forbidden", feishu(403, PROXY_CODES.forbidden, "not allowed"), "permission", false],
  ["proxy caller rate", feishu(429, PROXY_CODES.callerRateLimited, "slow down"), "rate_limited", false],
  [
    "proxy busy",
    answer(503, { code: PROXY_CODES.upstreamBusy, msg: "queue full" }, { "retry-after": "2" }),
    "rate_limited",
    false,
  ],
  ["proxy unreachable", feishu(502, PROXY_CODES.upstreamUnreachable, "ECONNREFUSED"), "retryable", false],
  ["proxy timeout", feishu(504, PROXY_CODES.upstreamTimeout, "timeout"), "retryable", true],
  ["proxy too large", feishu(413, PROXY_CODES.bodyTooLarge, "too large"), "invalid", false],
  ["proxy bad request", feishu(400, PROXY_CODES.badRequest, "schema"), "invalid", false],
  ["proxy not found", feishu(404, PROXY_CODES.notFound, "no route"), "fatal", false],
  ["proxy internal", feishu(500, PROXY_CODES.internal, "bug"), "fatal", false],
  ["proxy token unavailable", feishu(503, PROXY_CODES.tokenUnavailable, "no token"), "fatal", false],
  ["proxy cannot check sign-ins", feishu(503, PROXY_CODES.signInUnavailable, "no keys"), "retryable", false],
  // no code: the status decides
  ["429 without code", answer(429, ""), "rate_limited", false],
  ["500 without body", answer(500, ""), "retryable", true],
  ["502 html", answer(502, "<html>Bad Gateway</html>"), "retryable", true],
  ["401 without code", answer(401, "Unauthorized"), "permission", false],
  ["404 without code", answer(404, "Not Found"), "fatal", false],
  ["400 without code", answer(400, { error: "x" }), "invalid", false],
  ["200 html (wrong URL)", answer(200, "<!doctype html><p>portal</p>"), "fatal", false],
  ["200 string JSON success", answer(200, '{"code":0,"msg":"success","data":{}}'), "ok", false],
  // transport failures
  ["timeout", { failure: { type: "timeout", sent: true } }, "retryable", true],
  ["reset after send", { failure: { type: "reset", sent: true } }, "retryable", true],
  ["reset before send", { failure: { type: "reset", sent: false } }, "retryable", false],
  ["refused", { failure: { type: "refused", sent: false } }, "retryable", false],
  ["network (maybe sent)", { failure: { type: "network", sent: true } }, "retryable", true],
  ["aborted in flight", { failure: { type: "aborted", sent: true } }, "retryable", true],
];

describe("mapCallResult", () => {
  test.each(CASES)("%s", (_name, result, kind, uncertain) => {
    const o = mapCallResult(result);
    expect(o.kind).toBe(kind);
    expect(o.uncertain).toBe(uncertain);
    expect(o.message.zh.length).toBeGreaterThan(0);
    expect(o.message.en.length).toBeGreaterThan(0);
    if (kind !== "ok") {
      expect(o.hint.zh.length).toBeGreaterThan(0);
      expect(o.hint.en.length).toBeGreaterThan(0);
    }
  });

  test("a gateway's 502/503/504 (no proxy header) says the proxy cannot be reached, with no status in the words", () => {
    const o = mapCallResult(answer(504, "Error occurred while trying to proxy: localhost:3000/open-apis"));
    expect(o).toMatchObject({ kind: "retryable", uncertain: true, httpStatus: 504 });
    expect(o.message).toEqual({
      zh: "连不上代理，或代理没有及时应答",
      en: "The proxy could not be reached, or did not answer in time",
    });
    expect(o.detail).toBe("HTTP 504: Error occurred while trying to proxy: localhost:3000/open-apis");
    // The proxy's own 5xx (its header came with it) is not a gateway's.
    const own = mapCallResult(answer(503, "", { [PROXY_HEADERS.sends]: "1" }));
    expect(own.message.en).toBe("Feishu or the proxy failed on its side");
  });

  test.each(CASES)(
    "%s: no HTTP status or browser error in the clerk's words, in either language",
    (_n, result) => {
      const o = mapCallResult(result);
      for (const locale of ["zh-CN", "en-US"] as const) {
        const said = describeOutcome(o, locale, false);
        expect(said).not.toMatch(/HTTP|\b[45]\d\d\b|Failed to fetch|ECONNREFUSED|<html>/);
        expect(foreignWords(said, locale)).toEqual([]);
      }
    },
  );

  test("codes and statuses are reported", () => {
    const o = mapCallResult(feishu(400, 1220004, "user_id is not exist"));
    expect(o).toMatchObject({
      code: 1220004,
      httpStatus: 400,
      detail: "user_id is not exist",
      retryAfterMs: null,
    });
    expect(
      mapCallResult({ failure: { type: "refused", sent: false, message: "ECONNREFUSED" } }),
    ).toMatchObject({ code: null, httpStatus: null, detail: "ECONNREFUSED" });
  });

  test("a success with an error code in HTTP 200 is still an error (decide by the body code)", () => {
    expect(mapCallResult(answer(200, { code: 1220004, msg: "x" })).kind).toBe("unknown_user");
    expect(mapCallResult(answer(500, { code: 0, msg: "success", data: {} })).kind).toBe("ok");
  });

  test("x-ogw-ratelimit-reset becomes retryAfterMs; Retry-After too", () => {
    const o = mapCallResult(
      answer(
        429,
        { code: 99991400, msg: "request trigger frequency limit" },
        { "x-ogw-ratelimit-reset": "2", "x-ogw-ratelimit-limit": "50" },
      ),
    );
    expect(o).toMatchObject({ kind: "rate_limited", retryAfterMs: 2000 });
    expect(mapCallResult(answer(429, "", { "retry-after": "0.5" })).retryAfterMs).toBe(500);
    expect(mapCallResult(answer(429, "", { "retry-after": "soon" })).retryAfterMs).toBeNull();
  });

  test("approval ids from a success", () => {
    const data = {
      user_approval: {
        user_id: "E1",
        date: "20260104",
        leaves: [{ approval_id: "675", idempotent_id: "k" }],
        time_zone: "Asia/Shanghai",
      },
    };
    const o = mapCallResult(answer(200, { code: 0, msg: "success", data }));
    expect(o).toMatchObject({ kind: "ok", approvalIds: ["675"], detail: null });
    expect(
      approvalIdsFrom({
        user_approval: { outs: [{ approval_id: "1" }], trips: [{ approval_id: "2" }, { nope: 1 }] },
      }),
    ).toEqual(["1", "2"]);
    expect(approvalIdsFrom(null)).toEqual([]);
    expect(approvalIdsFrom({ user_approval: "x" })).toEqual([]);
  });
});

describe("1225001 error records, wherever they appear", () => {
  const records = {
    LeaveErrorRecords: "leave overlaps",
    OutErrorRecords: "",
    TripErrorRecords: "",
    OvertimeWorkErrorRecords: "",
  };
  test.each([
    ["msg is the JSON", { code: 1225001, msg: JSON.stringify(records) }],
    ["msg with a prefix", { code: 1225001, msg: `param is invalis: ${JSON.stringify(records)}` }],
    [
      "error.message",
      { code: 1225001, msg: "param is invalis", error: { message: JSON.stringify(records) } },
    ],
    ["data object", { code: 1225001, msg: "param is invalis", data: records }],
    ["nested in data", { code: 1225001, msg: "param is invalis", data: { error_records: records } }],
    ["data string", { code: 1225001, msg: "param is invalis", data: JSON.stringify(records) }],
  ])("%s", (_name, body) => {
    const o = mapCallResult(answer(400, body));
    expect(o.kind).toBe("invalid");
    expect(o.detail).toBe("LeaveErrorRecords: leave overlaps");
  });

  test("several kinds and non-string values", () => {
    expect(findErrorRecords({ data: { TripErrorRecords: ["a"], OvertimeWorkErrorRecords: "b" } })).toBe(
      'OvertimeWorkErrorRecords: b; TripErrorRecords: ["a"]',
    );
  });

  test("no records: the msg is the detail", () => {
    expect(mapCallResult(answer(400, { code: 1225001, msg: "param is invalis" })).detail).toBe(
      "param is invalis",
    );
    expect(findErrorRecords({ msg: "{not json}" })).toBeNull();
  });
});

describe("describeOutcome", () => {
  test("both languages carry message, detail and hint", () => {
    const o = mapCallResult(feishu(400, 1220004, "user_id is not exist"));
    expect(describeOutcome(o, "zh-CN")).toMatch(/^员工 ID 不存在.*（user_id is not exist）。核对员工列/);
    expect(describeOutcome(o, "en-US")).toMatch(
      /^The employee ID does not exist.* \(user_id is not exist\)\. Check the employee column/,
    );
    expect(describeOutcome(mapCallResult(answer(200, { code: 0 })), "en-US")).toBe("Written to Feishu");
  });
});
