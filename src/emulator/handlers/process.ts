/**
 * `POST /open-apis/attendance/v1/approval_infos/process` (docs/feishu-api.md §1.7, DOC-P): for leave, out,
 * overtime and trip only status 4 (revoke) is accepted, and only a passed approval can be
 * revoked. Unknown approval_id → 1220001 naming it (Feishu's exact code is UNCONFIRMED).
 */
import { ProcessApprovalBody } from "../../core/feishu/schemas";
import { KINDS } from "../../core/kinds";
import { describeZodError, invalidParam, success, type ApiContext, type Reply } from "../envelope";
import { formatFeishuDateTime } from "../time";

export function processApproval(ctx: ApiContext): Reply {
  const parsed = ProcessApprovalBody.safeParse(ctx.body);
  if (!parsed.success) return invalidParam(describeZodError(parsed.error));
  const { approval_id, approval_type, status } = parsed.data;
  if (approval_type === "remedy")
    return invalidParam(`approval_id ${approval_id} not found (the emulator holds no remedy approvals)`);
  if (status !== 4) return invalidParam(`status ${status}: only 4 (revoke) is allowed for ${approval_type}`);
  const record = ctx.store.find(approval_id);
  if (!record) return invalidParam(`approval_id ${approval_id} not found`);
  if (KINDS[record.kind].approvalType !== approval_type) {
    return invalidParam(
      `approval_type ${approval_type} does not match approval_id ${approval_id} (${KINDS[record.kind].approvalType})`,
    );
  }
  if (record.status !== 2)
    return invalidParam(
      `approval ${approval_id} has status ${record.status}; only a passed approval can be revoked`,
    );
  ctx.store.setStatus(record, 4, formatFeishuDateTime(ctx.now()));
  return success({ approval_info: { approval_id, approval_type, status: 4 } });
}
