/**
 * The outcome vocabulary's rules: a body code's rule from the one table of codes (codes.ts), and
 * the DOC-G messages, each with a message and a hint saying who does what, both from the
 * catalogue (catalog/outcomes.*.ts). Facts: docs/feishu-api.md. The mapping that reads them is outcomes.ts.
 */
import { messageText, type MessageValues, type OutcomeKey } from "../catalog";
import { NO_TEXT, type Text } from "../i18n";
import type { OutcomeKind } from "../outcome";
import { codeMeaning } from "./codes";

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

export const AUTO_RETRY = "hintAutoRetry";
export const FIX_ROW = "hintFixRow";
export const ASK_IT = "hintAskItQuoting";

export const OK = r("ok", "ok", null);
export const DUPLICATE = r("duplicate", "duplicate", "hintDuplicate", false);

/** A code's rule from the one table (codes.ts), built once per code. */
const BY_CODE = new Map<number, Rule>();
export function ruleOfCode(code: number): Rule | undefined {
  const m = codeMeaning(code);
  if (!m) return undefined;
  let rule = BY_CODE.get(code);
  if (!rule) BY_CODE.set(code, (rule = r(m.kind, m.words, m.hint, m.uncertain)));
  return rule;
}

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
