/**
 * Names the clerk reads on sheets and cells, in English: the record kinds (sheet names), the row
 * states (the Status column, read back in either language), the employee ID types as issue
 * messages name them, and how a list of names is joined. glossary.ts lists them; names.zh-CN.ts
 * has the same keys.
 */
export const NAMES_EN = {
  kindLeave: "Leave",
  kindOut: "Out of office",
  kindOvertime: "Overtime",
  kindTrip: "Business trip",

  stateReady: "Ready",
  stateInvalid: "Needs fixing",
  stateSubmitting: "Submitting",
  stateSubmitted: "Submitted",
  stateFailed: "Failed",
  stateUnknown: "Unconfirmed",
  stateEdited: "Edited after submission",
  stateRevoked: "Revoked",
  stateReplacing: "Replacing",

  idEmployeeId: "employee_id",
  idEmployeeNo: "employee number",
  idOpenId: "open_id",

  listJoin: "{first}, {second}",
  /** The warning Excel shows when a typed value is not in a drop-down list (both languages at once). */
  notInListTitle: "Feishu",
  notInList: "Not in the list. Use it anyway?",
  recordsSheet: "Feishu records",
  recordsColEmployee: "Employee ID",
  recordsColKind: "Kind",
  recordsColType: "Type",
  recordsColStart: "Start",
  recordsColEnd: "End",
  recordsColApproval: "Approval ID",
  recordsColStatus: "Feishu status",
  recordsColReason: "Reason",
  recordsColOwn: "Written from this workbook",
  recordsNote:
    "Read-only: the add-in rewrites this sheet from what Feishu holds; changes made here are lost.",
  recordStatusPending: "Pending",
  recordStatusRejected: "Rejected",
  recordStatusPassed: "Passed",
  recordStatusRevoked: "Revoked",
  yes: "Yes",
  no: "No",
};

export type NameKey = keyof typeof NAMES_EN;
