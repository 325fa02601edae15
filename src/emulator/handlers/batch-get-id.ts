/**
 * `POST /open-apis/contact/v3/users/batch_get_id?user_id_type=…` (docs/feishu-api.md §5): one entry per email
 * and one per mobile; unknown (or resigned without include_resigned) → entry without user_id.
 * Contact validation errors answer 99992402 "field validation failed" (code UNCONFIRMED
 * for this API; it is the contact v3 family's generic validation code).
 */
import { BatchGetIdBody, BatchGetIdQuery } from "../../core/feishu/schemas";
import type { Employee } from "../directory";
import { describeZodError, failure, success, type ApiContext, type Reply } from "../envelope";

const statusOf = (e: Employee) => ({
  is_frozen: false,
  is_resigned: !!e.resigned,
  is_activated: !e.resigned,
  is_exited: !!e.resigned,
  is_unjoin: false,
});

export function batchGetId(ctx: ApiContext): Reply {
  const q = BatchGetIdQuery.safeParse({ user_id_type: ctx.query.get("user_id_type") ?? undefined });
  if (!q.success)
    return failure(
      400,
      99992402,
      "field validation failed: user_id_type must be open_id, union_id or user_id",
    );
  const parsed = BatchGetIdBody.safeParse(ctx.body ?? {});
  if (!parsed.success)
    return failure(400, 99992402, `field validation failed: ${describeZodError(parsed.error)}`);
  const idType = q.data.user_id_type ?? "open_id";
  const { emails = [], mobiles = [], include_resigned = false } = parsed.data;
  const visible = (e: Employee | undefined) => (e && (include_resigned || !e.resigned) ? e : undefined);
  const idOf = (e: Employee) =>
    idType === "user_id" ? e.employee_id : idType === "union_id" ? e.union_id : e.open_id;
  const entry = (key: "email" | "mobile", value: string, e: Employee | undefined) =>
    e ? { user_id: idOf(e), [key]: value, status: statusOf(e) } : { [key]: value };

  const user_list = [
    ...emails.map((m) => entry("email", m, visible(ctx.directory.byEmailAddress(m)))),
    ...mobiles.map((m) => entry("mobile", m, visible(ctx.directory.byMobileNumber(m)))),
  ];
  return success({ user_list });
}
