/**
 * The Employee cell as validation reads it: the resolved Feishu ID, or an error on the cell
 * saying why the person cannot be sent (resolve.ts decides, this only reports).
 */
import type { EmployeeType } from "../feishu/schemas";
import { messageText } from "../catalog";
import type { Text } from "../i18n";
import type { RowReader } from "../validate/reader";
import type { IssueCode } from "../validate/messages";
import { resolveEmployee, type EmployeeProblem } from "./resolve";

const TYPE_LABEL: Record<EmployeeType, Text> = {
  employee_id: messageText("name.idEmployeeId"),
  employee_no: messageText("name.idEmployeeNo"),
  open_id: messageText("name.idOpenId"),
};

const CODE: Record<EmployeeProblem, IssueCode> = {
  wrong_type: "employee_wrong_type",
  bad_contact: "employee_bad_contact",
  lookup_unsupported: "employee_lookup_unsupported",
  not_looked_up: "employee_not_looked_up",
  not_found: "employee_not_found",
  ambiguous: "employee_ambiguous",
  refused_unknown: "employee_refused_unknown",
  refused_out_of_scope: "employee_refused_out_of_scope",
};

export function readEmployee(r: RowReader): string | undefined {
  const cell = r.id("employee", true);
  if (cell === undefined) return undefined;
  const resolved = resolveEmployee(cell, r.settings);
  if (resolved.ok) return resolved.userId;
  r.fail("employee", CODE[resolved.problem], "error", {
    value: cell,
    other: resolved.userId,
    options: TYPE_LABEL[r.settings.employeeType],
    lookupReady: r.settings.lookupReady === true,
  });
  return undefined;
}
