/**
 * Zod schemas for the Feishu calls we make: the single source of truth for the add-in's
 * request builder, the proxy's body checks and the emulator's validation.
 * Facts: docs/feishu-api.md (section numbers in comments).
 */
import { z } from "zod";

export const EMPLOYEE_TYPES = ["employee_id", "employee_no", "open_id"] as const;
export const EmployeeType = z.enum(EMPLOYEE_TYPES);
export type EmployeeType = z.infer<typeof EmployeeType>;

const pad = (n: number) => String(n).padStart(2, "0");

/** True when y-m-d is a real calendar day (no 2026-02-30). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** `yyyy-MM-dd HH:mm:ss`, wall-clock, no offset (docs/feishu-api.md §1.3). */
export const FeishuDateTime = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(s);
  return !!m && isRealDate(+m[1], +m[2], +m[3]) && +m[4] < 24 && +m[5] < 60 && +m[6] < 60;
}, "must be yyyy-MM-dd HH:mm:ss");

/** `yyyyMMdd` (docs/feishu-api.md §1.3). */
export const FeishuDate = z.string().refine((s) => {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return !!m && isRealDate(+m[1], +m[2], +m[3]);
}, "must be yyyyMMdd");

export const formatFeishuDate = (y: number, m: number, d: number): string => `${y}${pad(m)}${pad(d)}`;

export const Unit = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const DefaultLocale = z.enum(["ch", "en", "ja"]);
export const I18nNames = z
  .object({
    ch: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    ja: z.string().min(1).optional(),
  })
  .refine((n) => !!(n.ch || n.en || n.ja), "at least one of ch/en/ja is needed");
export const IdempotentId = z.string().min(1).max(64);

/** uniq_id is documented as "< 14" characters but the official examples are longer (docs/feishu-api.md §10.1): a warning, not an error. */
export const UNIQ_ID_DOCUMENTED_MAX = 13;

const leaveOutFields = {
  unit: Unit,
  interval: z.number().int().positive(),
  start_time: FeishuDateTime,
  end_time: FeishuDateTime,
  i18n_names: I18nNames,
  default_locale: DefaultLocale,
  reason: z.string().min(1),
  idempotent_id: IdempotentId.optional(),
};

/** docs/feishu-api.md §1.4 user_leave (uniq_id optional for leaves). */
export const UserLeave = z.object({ uniq_id: z.string().min(1).optional(), ...leaveOutFields });
/** docs/feishu-api.md §1.4 user_out (uniq_id required for outs). */
export const UserOut = z.object({ uniq_id: z.string().min(1), ...leaveOutFields });

/** docs/feishu-api.md §1.5 user_overtime_work. type 3 is deprecated in requests but still accepted. */
export const UserOvertimeWork = z.object({
  duration: z.number().positive(),
  unit: Unit,
  category: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  type: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  start_time: FeishuDateTime,
  end_time: FeishuDateTime,
  reason: z.string().optional(),
  idempotent_id: IdempotentId.optional(),
});

export const RegionLevel = z.enum(["l1", "l2", "l3", "l4"]);
export const RegionPlace = z.object({
  region_level: RegionLevel.optional(),
  region_id: z.string().min(1).optional(),
});

/** docs/feishu-api.md §1.6 user_trip. */
export const UserTrip = z.object({
  start_time: FeishuDateTime,
  end_time: FeishuDateTime,
  reason: z.string().min(1),
  approve_pass_time: FeishuDateTime,
  approve_apply_time: FeishuDateTime,
  idempotent_id: IdempotentId.optional(),
  departure: RegionPlace.optional(),
  destinations: z.array(RegionPlace).optional(),
  transportation: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]))
    .optional(),
  trip_type: z.union([z.literal(1), z.literal(2)]).optional(),
  remarks: z.string().optional(),
});

/** docs/feishu-api.md §1.3 user_approval as we send it: never the system-generated *_process_id arrays. */
export const UserApproval = z.object({
  user_id: z.string().min(1),
  date: FeishuDate,
  outs: z.array(UserOut).optional(),
  leaves: z.array(UserLeave).optional(),
  overtime_works: z.array(UserOvertimeWork).optional(),
  trips: z.array(UserTrip).optional(),
  time_zone: z.string().optional(),
});

export const CreateUserApprovalBody = z.object({ user_approval: UserApproval });
export const CreateUserApprovalQuery = z.object({ employee_type: EmployeeType });

export type UserLeave = z.infer<typeof UserLeave>;
export type UserOut = z.infer<typeof UserOut>;
export type UserOvertimeWork = z.infer<typeof UserOvertimeWork>;
export type UserTrip = z.infer<typeof UserTrip>;
export type RegionPlace = z.infer<typeof RegionPlace>;
export type UserApproval = z.infer<typeof UserApproval>;
export type CreateUserApprovalBody = z.infer<typeof CreateUserApprovalBody>;

/** Every Feishu answer has this envelope; success is `code === 0`, whatever the HTTP status (docs/feishu-api.md §4.2). */
export const FeishuEnvelope = z
  .object({ code: z.number().int(), msg: z.string().optional(), data: z.unknown().optional() })
  .passthrough();
export type FeishuEnvelope = z.infer<typeof FeishuEnvelope>;

const withApprovalId = <T extends z.ZodRawShape>(s: z.ZodObject<T>) =>
  s.extend({ approval_id: z.string().min(1) }).passthrough();

/** docs/feishu-api.md §1.8 create response `data`. */
export const CreateUserApprovalData = z.object({
  user_approval: UserApproval.extend({
    outs: z.array(withApprovalId(UserOut)).optional(),
    leaves: z.array(withApprovalId(UserLeave)).optional(),
    overtime_works: z.array(withApprovalId(UserOvertimeWork)).optional(),
    trips: z.array(withApprovalId(UserTrip)).optional(),
  }).passthrough(),
});
export type CreateUserApprovalData = z.infer<typeof CreateUserApprovalData>;

/** docs/feishu-api.md §3 query request. */
export const QueryUserApprovalBody = z.object({
  user_ids: z.array(z.string().min(1)).min(1).max(50),
  check_date_from: z.number().int(),
  check_date_to: z.number().int(),
  check_date_type: z.enum(["PeriodTime", "CreateTime", "UpdateTime"]).optional(),
  status: z.number().int().min(0).max(4).optional(),
  check_time_from: z.string().optional(),
  check_time_to: z.string().optional(),
});
export type QueryUserApprovalBody = z.infer<typeof QueryUserApprovalBody>;

/** docs/feishu-api.md §1.7 approval_infos/process request: only revoke (4) for our four kinds. */
export const ProcessApprovalBody = z.object({
  approval_id: z.string().min(1),
  approval_type: z.enum(["leave", "out", "overtime", "trip", "remedy"]),
  status: z.union([z.literal(1), z.literal(2), z.literal(4)]),
});
export type ProcessApprovalBody = z.infer<typeof ProcessApprovalBody>;

/** docs/feishu-api.md §5 contact batch_get_id request. */
export const BatchGetIdBody = z.object({
  emails: z.array(z.string().min(1)).max(50).optional(),
  mobiles: z.array(z.string().min(1)).max(50).optional(),
  include_resigned: z.boolean().optional(),
});
export const BatchGetIdQuery = z.object({
  user_id_type: z.enum(["open_id", "union_id", "user_id"]).optional(),
});
export type BatchGetIdBody = z.infer<typeof BatchGetIdBody>;

/** docs/feishu-api.md §4.1 token request and its flat response. */
export const TenantTokenRequest = z.object({ app_id: z.string().min(1), app_secret: z.string().min(1) });
export const TenantTokenResponse = z.object({
  code: z.number().int(),
  msg: z.string().optional(),
  tenant_access_token: z.string().optional(),
  expire: z.number().optional(),
});
export type TenantTokenResponse = z.infer<typeof TenantTokenResponse>;

/** The paths we call (and the only ones the proxy relays). */
export const FEISHU_PATHS = {
  token: "/open-apis/auth/v3/tenant_access_token/internal",
  create: "/open-apis/attendance/v1/user_approvals",
  query: "/open-apis/attendance/v1/user_approvals/query",
  process: "/open-apis/attendance/v1/approval_infos/process",
  batchGetId: "/open-apis/contact/v3/users/batch_get_id",
} as const;
