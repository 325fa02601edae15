/**
 * The outcome vocabulary's tables for Feishu's own answers: every code (docs/feishu-api.md §1.9, §3, §4.2, DOC-E)
 * and the DOC-G messages, each with a message and a hint saying who does what, both from the
 * catalogue (catalog/outcomes.*.ts). Facts: docs/feishu-api.md. The mapping that reads them is outcomes.ts.
 */
import { messageText, type MessageValues, type OutcomeKey } from "../catalog";
import { NO_TEXT, type Text } from "../i18n";
import type { OutcomeKind } from "../outcome";

export interface Rule {
  kind: OutcomeKind;
  message: Text;
  hint: Text;
  /** The call may have been carried out (overrides the 5xx default). */
  uncertain?: boolean;
}
export const r = (
  kind: OutcomeKind,
  message: OutcomeKey,
  hint: OutcomeKey | null,
  uncertain?: boolean,
  values: MessageValues = {},
): Rule => ({
  kind,
  message: messageText(`outcome.${message}`, values),
  hint: hint ? messageText(`outcome.${hint}`) : NO_TEXT,
  ...(uncertain === undefined ? {} : { uncertain }),
});

export const IT_CREDENTIALS = "hintItCredentials";
export const AUTO_RETRY = "hintAutoRetry";
export const FIX_ROW = "hintFixRow";
export const CHECK_KEY = "hintCheckKey";
export const ASK_IT = "hintAskItQuoting";

export const OK = r("ok", "ok", null);
export const DUPLICATE = r("duplicate", "duplicate", "hintDuplicate", false);

/** Feishu codes (docs/feishu-api.md §1.9, §3, §4.2, DOC-E). */
export const FEISHU_CODES: Record<number, Rule> = {
  1220001: r("invalid", "code1220001", FIX_ROW),
  1220002: r("fatal", "code1220002", IT_CREDENTIALS),
  1220004: r("unknown_user", "code1220004", "hintUnknownUser"),
  1220005: r("permission", "code1220005", "hintDataPermission"),
  1225000: r("retryable", "code1225000", AUTO_RETRY, true),
  1225001: r("invalid", "code1225001", FIX_ROW),
  1227500: r("invalid", "code1227500", "hintRevokeRefused"),
  1226000: r("retryable", "code1226000", AUTO_RETRY, true),
  1226500: r("fatal", "code1226500", ASK_IT),
  99991400: r("rate_limited", "code99991400", AUTO_RETRY, false),
  2200: r("rate_limited", "code2200", AUTO_RETRY, false),
  99991661: r("fatal", "code99991661", IT_CREDENTIALS),
  99991663: r("retryable", "code99991663", "hintTokenRetry", false),
  99991665: r("retryable", "code99991665", "hintTenantTokenRetry", false),
  99991664: r("fatal", "code99991664", IT_CREDENTIALS),
  99991668: r("fatal", "code99991668", IT_CREDENTIALS),
  99991671: r("fatal", "code99991671", IT_CREDENTIALS),
  99991672: r("permission", "code99991672", "hintScope"),
  99991401: r("permission", "code99991401", "hintIpList"),
  99991403: r("fatal", "code99991403", "hintQuota"),
  10003: r("invalid", "code10003", FIX_ROW),
  10013: r("fatal", "code10013", IT_CREDENTIALS),
  10014: r("fatal", "code10014", IT_CREDENTIALS),
  10015: r("fatal", "code10015", IT_CREDENTIALS),
  20002: r("fatal", "code20002", IT_CREDENTIALS),
};

/** DOC-G messages shared by 1220600 (and, since the code is UNCONFIRMED, any attendance code). */
export const MESSAGE_RULES: [RegExp, Rule][] = [
  [/the object already exists|idempotent id repeat/i, DUPLICATE],
  [/sealed/i, r("period_closed", "sealed", "hintSealed", false)],
  [/no row affected/i, r("retryable", "writeConflict", AUTO_RETRY)],
  [/time calculation failed|time is invalid/i, r("invalid", "timeInvalid", "hintTimeInvalid")],
  [/auth no permission/i, r("permission", "operatorPermission", "hintOperatorPermission", false)],
  [/name or employee_no invalid/i, r("unknown_user", "employeeMissing", "hintEmployeeMissing", false)],
  [/People Enterprise/i, r("fatal", "peopleEnterprise", "hintAskIt", false)],
  [/param invalid/i, r("invalid", "paramInvalid", FIX_ROW, false)],
];

export const UNKNOWN_CODE = (code: number): Rule =>
  r("fatal", "unknownCode", ASK_IT, undefined, { code: String(code) });

/** 1220600 with a message none of MESSAGE_RULES knows. */
export const GENERIC_ERROR = r("fatal", "genericError", ASK_IT);
