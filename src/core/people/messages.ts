/**
 * The Employee cell's messages about people (resolve.ts): what is wrong and what to do, in
 * zh and en. Part of the one issue vocabulary (validate/messages.ts spreads them in).
 */
import type { MessageParams } from "../validate/messages";

type Msg = (p: MessageParams) => [string, string];
const zc = (p: MessageParams) => `「${p.col?.zh ?? ""}」`;
const ec = (p: MessageParams) => `"${p.col?.en ?? ""}"`;
const v = (p: MessageParams) => p.value ?? "";

export const PEOPLE_MESSAGES = {
  employee_wrong_type: (p) => [
    `${zc(p)}「${v(p)}」不是“设置”中选定的员工ID类型（${p.options?.zh ?? ""}）。请改写成该类型的 ID、工作邮箱或手机号，或在“设置”中改选类型。`,
    `${ec(p)} "${v(p)}" is not of the employee ID type chosen in Settings (${p.options?.en ?? ""}). Write an ID of that type, a work email or a mobile number, or change the type in Settings.`,
  ],
  employee_bad_contact: (p) => [
    `${zc(p)}「${v(p)}」看起来像邮箱或手机号，但不完整。邮箱写成 name@company.com，手机号写成 13800000000 或带国家码 +852 9123 4567。`,
    `${ec(p)} "${v(p)}" looks like an email or a mobile number but is not a whole one. Write an email like name@company.com, a mobile like 13800000000, or with its country code like +852 9123 4567.`,
  ],
  employee_lookup_unsupported: (p) => [
    `员工ID类型为“工号”时，无法用邮箱或手机号「${v(p)}」查找员工。请填写工号，或在“设置”中把员工ID类型改为 employee_id。`,
    `With "employee number" as the employee ID type, "${v(p)}" (an email or mobile) cannot be looked up. Write the employee number, or choose employee_id as the type in Settings.`,
  ],
  employee_not_looked_up: (p) => [
    `${zc(p)}「${v(p)}」还没有在飞书中查找。请在“设置”中连接代理，然后点“检查”或“提交”，会自动查找。`,
    `${ec(p)} "${v(p)}" has not been looked up in Feishu yet. Connect to the proxy in Settings, then Check or Submit: it is looked up then.`,
  ],
  employee_not_found: (p) => [
    `飞书中找不到邮箱或手机号为「${v(p)}」的在职员工。请对照飞书通讯录改正；若无误，请 IT 把此人加入应用的可用范围。`,
    `Feishu has no current employee with the email or mobile "${v(p)}". Correct it from the Feishu address book; if it is right, ask IT to add the person to the app's availability range.`,
  ],
  employee_ambiguous: (p) => [
    `「${v(p)}」在飞书中对应不止一位员工。请改填此人的员工ID。`,
    `"${v(p)}" matches more than one person in Feishu. Write the person's employee ID instead.`,
  ],
  employee_refused_unknown: (p) => [
    `飞书拒绝了此人的另一行：员工「${p.other ?? v(p)}」不存在或不在应用的可用范围内，本行也不会发送。请核对员工；若无误，请 IT 把此人加入应用的可用范围。`,
    `Feishu refused another row for this person: employee "${p.other ?? v(p)}" does not exist or is outside the app's range, so this row is not sent either. Check the employee; if it is right, ask IT to add the person to the app's range.`,
  ],
  employee_refused_out_of_scope: (p) => [
    `飞书拒绝了此人的另一行：员工「${p.other ?? v(p)}」不在应用的考勤数据权限范围内，本行也不会发送。请 IT 在考勤管理后台把此人加入数据权限范围。`,
    `Feishu refused another row for this person: employee "${p.other ?? v(p)}" is outside the app's attendance data range, so this row is not sent either. Ask IT to add the person to the data range in the attendance admin console.`,
  ],
} satisfies Record<string, Msg>;
