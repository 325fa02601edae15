/** The user lookup shared by create and query (docs/feishu-api.md §1.9: 1220004 unknown, 1220005 out of scope). */
import type { EmployeeType } from "../../core/feishu/schemas";
import type { Directory, Employee } from "../directory";
import { failure, type Reply } from "../envelope";

export type UserCheck = { ok: true; employee: Employee } | { ok: false; reply: Reply };

export function checkUser(directory: Directory, type: EmployeeType, userId: string): UserCheck {
  const employee = directory.find(type, userId);
  if (!employee)
    return {
      ok: false,
      reply: failure(
        400,
        1220004,
        "user_id is not exist or does not have permission",
        `user_id ${userId} (${type}) is not exist or does not have permission`,
      ),
    };
  if (!employee.inScope) {
    return {
      ok: false,
      reply: failure(
        400,
        1220005,
        "没有权限 no permission: the user is outside the app's attendance data scope",
        `user_id ${userId} is outside the attendance data scope`,
      ),
    };
  }
  return { ok: true, employee };
}
