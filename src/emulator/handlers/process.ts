/**
 * `POST /open-apis/attendance/v1/approval_infos/process` (docs/feishu-api.md §1.7, DOC-P): for leave, out,
 * overtime and trip only status 4 (revoke) is accepted, and only a passed approval can be revoked.
 * A malformed request is 1220001 (docs/feishu-api.md §1.9); a well-formed one Feishu cannot carry out (the
 * approval is unknown, of another type, or no longer passed) is 1227500, the process call's own code
 * (docs/feishu-api.md §11). The exact split is UNCONFIRMED; the README says what we chose.
 */
import { ProcessApprovalBody } from "../../core/feishu/schemas";
import { KINDS } from "../../core/kinds";
import { describeZodError, failure, invalidParam, success, type ApiContext, type Reply } from "../envelope";
import { formatFeishuDateTime } from "../time";

/** 1227500 with the reason named: the approval cannot be processed (docs/feishu-api.md §1.7). */
const cannotProcess = (why: string): Reply => failure(400, 1227500, `approval cannot be processed: ${why}`);

export function processApproval(ctx: ApiContext): Reply {
  const parsed = ProcessApprovalBody.safeParse(ctx.body);
  if (!parsed.success) return invalidParam(describeZodError(parsed.error));
  const { approval_id, approval_type, status } = parsed.data;
  if (approval_type === "remedy")
    return cannotProcess(`approval_id ${approval_id} not found (the emulator holds no remedy approvals)`);
  if (status !== 4) return invalidParam(`status ${status}: only 4 (revoke) is allowed for ${approval_type}`);
  const record = ctx.store.find(approval_id);
  if (!record) return cannotProcess(`approval_id ${approval_id} not found`);
  if (KINDS[record.kind].approvalType !== approval_type) {
    return cannotProcess(
      `approval_type ${approval_type} does not match approval_id ${approval_id} (${KINDS[record.kind].approvalType})`,
    );
  }
  if (record.status !== 2)
    return cannotProcess(
      `approval ${approval_id} has status ${record.status}; only a passed approval can be revoked`,
    );
  ctx.store.setStatus(record, ctx.store.revokedStatus, formatFeishuDateTime(ctx.now()));
  // The process answer echoes the requested status, 4, whichever number the query then shows
  // (docs/feishu-api.md §1.7, §10.3).
  return success({ approval_info: { approval_id, approval_type, status: 4 } });
}
