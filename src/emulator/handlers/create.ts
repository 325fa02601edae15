/**
 * `POST /open-apis/attendance/v1/user_approvals?employee_type=…` (docs/feishu-api.md §1).
 * Checks, in order: employee_type, body schema (the add-in's own zod schema), the user
 * (1220004 unknown, 1220005 out of scope), per-kind semantic checks (1225001), sealed
 * period (1220600), repeated idempotent_id (1220600 "the object already exists"); then
 * all items are written together or none is.
 */
import {
  CreateUserApprovalBody,
  CreateUserApprovalQuery,
  type UserApproval,
} from "../../core/feishu/schemas";
import { KINDS, RECORD_KINDS, type RecordKind } from "../../core/kinds";
import { failure, invalidParam, describeZodError, success, type ApiContext, type Reply } from "../envelope";
import type { StoredRecord } from "../store";
import { compareDateTime, formatFeishuDateTime } from "../time";
import { checkUser } from "./users";

type Item = {
  start_time: string;
  end_time: string;
  idempotent_id?: string;
  approve_pass_time?: string;
  approve_apply_time?: string;
};

/** The 1225001 detail keys (docs/feishu-api.md §1.9), one string per kind. */
const ERROR_RECORD_KEYS: Record<RecordKind, string> = {
  trip: "TripErrorRecords",
  overtime: "OvertimeWorkErrorRecords",
  leave: "LeaveErrorRecords",
  out: "OutErrorRecords",
};

export function itemsOf(ua: UserApproval): { kind: RecordKind; item: Item }[] {
  return RECORD_KINDS.flatMap((kind) =>
    ((ua[KINDS[kind].feishuField] ?? []) as Item[]).map((item) => ({ kind, item })),
  );
}

/** What Feishu would reject as bad approval data; empty string = fine. Rules are ours (the real ones are unpublished). */
function semanticProblem(kind: RecordKind, item: Item): string {
  const order = compareDateTime(item.end_time, item.start_time);
  if (order < 0 || (order === 0 && kind !== "trip"))
    return `end_time ${item.end_time} is not later than start_time ${item.start_time}`;
  if (
    kind === "trip" &&
    item.approve_apply_time &&
    item.approve_pass_time &&
    compareDateTime(item.approve_pass_time, item.approve_apply_time) < 0
  ) {
    return "approve_pass_time is earlier than approve_apply_time";
  }
  return "";
}

/**
 * 1225001: where Feishu puts the detail is UNCONFIRMED (docs/feishu-api.md §10.5). The emulator puts the JSON
 * string in both `msg` and `error.message`, with the offending kind's string filled in.
 */
function approvalDataRejected(items: { kind: RecordKind; item: Item }[]): Reply | undefined {
  const detail: Record<string, string> = {
    TripErrorRecords: "",
    OvertimeWorkErrorRecords: "",
    LeaveErrorRecords: "",
    OutErrorRecords: "",
  };
  let bad = false;
  items.forEach(({ kind, item }, i) => {
    const problem = semanticProblem(kind, item);
    if (!problem) return;
    bad = true;
    const key = ERROR_RECORD_KEYS[kind];
    detail[key] = detail[key] ? `${detail[key]}; item ${i}: ${problem}` : `item ${i}: ${problem}`;
  });
  return bad ? failure(400, 1225001, JSON.stringify(detail)) : undefined;
}

const SEALED = "the attendance result has been sealed and can not modify";
const EXISTS = "the object already exists";

export function createUserApproval(ctx: ApiContext): Reply {
  const query = CreateUserApprovalQuery.safeParse({
    employee_type: ctx.query.get("employee_type") ?? undefined,
  });
  if (!query.success) return invalidParam("employee_type invalid");
  const parsed = CreateUserApprovalBody.safeParse(ctx.body);
  if (!parsed.success) return invalidParam(describeZodError(parsed.error));
  const ua = parsed.data.user_approval;
  const items = itemsOf(ua);
  // UNCONFIRMED whether Feishu accepts an approval without items; we reject it.
  if (items.length === 0)
    return invalidParam("user_approval needs at least one of outs, leaves, overtime_works, trips");

  const who = checkUser(ctx.directory, query.data.employee_type, ua.user_id);
  if (!who.ok) return who.reply;
  const rejected = approvalDataRejected(items);
  if (rejected) return rejected;
  if (
    ctx.closedBefore &&
    items.some(({ item }) => item.start_time.slice(0, 10) < (ctx.closedBefore as string))
  ) {
    return failure(400, 1220600, SEALED);
  }
  // A repeated idempotent_id, also twice within this request, is a unique-key conflict (docs/feishu-api.md §1.9 DOC-G; code UNCONFIRMED, §10.4).
  const keys = items.map(({ item }) => item.idempotent_id).filter((k): k is string => !!k);
  const repeated =
    ctx.store.repeatedKeys === "refuse" && keys.some((k) => ctx.store.hasIdempotentId(ctx.appId, k));
  if (new Set(keys).size !== keys.length || repeated) {
    return failure(400, 1220600, EXISTS);
  }

  const nowMs = ctx.now();
  const stamp = formatFeishuDateTime(nowMs);
  const records: StoredRecord[] = items.map(({ kind, item }) => {
    const echoed: Record<string, unknown> = { ...item, approval_id: ctx.store.nextApprovalId(nowMs) };
    if (kind === "leave" || kind === "out")
      Object.assign(echoed, { approve_pass_time: stamp, approve_apply_time: stamp });
    const e = who.employee;
    return {
      approval_id: echoed.approval_id as string,
      app_id: ctx.appId,
      kind,
      employee_type: query.data.employee_type,
      user_id: ua.user_id,
      employee: { employee_id: e.employee_id, employee_no: e.employee_no, open_id: e.open_id },
      date: ua.date,
      item: echoed,
      ...(item.idempotent_id ? { idempotent_id: item.idempotent_id } : {}),
      status: 2,
      created_at: new Date(nowMs).toISOString(),
      created_ms: nowMs,
    };
  });
  ctx.store.addAll(records);

  const answer: Record<string, unknown> = { user_id: ua.user_id, date: ua.date, time_zone: "Asia/Shanghai" };
  for (const r of records) {
    const field = KINDS[r.kind].feishuField;
    ((answer[field] ??= []) as unknown[]).push(r.item);
  }
  return success({ user_approval: answer });
}
