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

  idEmployeeId: "employee_id",
  idEmployeeNo: "employee number",
  idOpenId: "open_id",

  listJoin: "{first}, {second}",
  /** The warning Excel shows when a typed value is not in a drop-down list (both languages at once). */
  notInListTitle: "Feishu",
  notInList: "Not in the list. Use it anyway?",
};

export type NameKey = keyof typeof NAMES_EN;
