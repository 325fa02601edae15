/**
 * The help notes of the workbook template, in English: the note Excel shows when the clerk selects
 * a header cell, one per column (template/column-def.ts, columns*.ts and the marks column of
 * excel/template-plan.ts). The headers themselves stay in the template, matched when a sheet is
 * read back. template.zh-CN.ts has the same keys.
 */
export const TEMPLATE_EN = {
  employee:
    'The employee\'s Feishu ID (of the kind chosen as "Employee ID type" on the "Setup" tab: employee_id, employee number or open_id), or their work email or mobile number (looked up in Feishu).',
  externalId:
    "Your own approval system's record ID (optional). When present it is the key that prevents duplicates.",
  date: "The day the approval applies to. Blank: the start time's date.",
  start: "Start, e.g. 2026-01-04 09:00.",
  end: "End; must be after the start.",
  unit: "Duration unit: day, hour, half day or half hour.",
  reason: "Reason given in the approval.",
  leaveOutType: "Pick a type from the list; its ID and names come from the types catalog.",
  leaveOutDuration: "Length in the row's unit, e.g. 1.5 (hours). Used to work out the length in seconds.",
  interval: 'Approval length in seconds. Blank: worked out from "Duration" and "Unit".',
  uniqId: "Overrides the catalog's type ID (Feishu documents fewer than 14 characters).",
  nameCh: "Overrides the type's Chinese name.",
  nameEn: "Overrides the type's English name.",
  nameJa: "Overrides the type's Japanese name.",
  defaultLocale: "Which name to show when the client's language has none.",
  overtimeDuration: "Overtime length in the row's unit. Blank: worked out from start and end.",
  overtimeCategory: "Workday, rest day or public holiday.",
  overtimeType: "Record only, time off in lieu, or overtime pay.",
  overtimeReason: "Reason (optional).",
  tripStart: "Trip start. Feishu supports whole days only; a part day counts as a full day.",
  approveApplyTime: "When the approval was applied for.",
  approvePassTime: "When the approval passed; not before it was applied for.",
  tripType: "One-way or round trip (optional).",
  transportation: "One or more, separated by commas, e.g. Plane, Train.",
  departureLevel: "Level of the departure region.",
  departureId: "Departure region ID (from Feishu People Enterprise's region library).",
  destinationLevel: "Level of the destination regions.",
  destinationIds: "One or more destination region IDs, comma-separated; write l3:ID to give a level per ID.",
  remarks: "Trip remarks (optional).",
  status: "Filled in by the add-in.",
  approvalId: "The approval_id Feishu returned.",
  message: "Issues or the result, in words.",
  submittedAt: "When the record was written to Feishu.",
  key: "Filled in by the add-in so a record is never written to Feishu twice. Do not change it.",
  fingerprint: "Content fingerprint at submission, to spot edits made afterwards.",
  issueMarks: "Used by the add-in to highlight cells with issues.",
};

export type TemplateKey = keyof typeof TEMPLATE_EN;
