/**
 * Every validation issue code with its message in English: what is wrong AND what to do.
 * Placeholders: {col} column header, {value} the cell, {other} a second value, {row} a sheet
 * row, {sheet} another sheet's name, {options} the choices, {max} a limit, {out} yes/no,
 * {amount} a length as given, {span} the time from start to end, {person} an employee,
 * {what} a record's type as Feishu names it.
 * Keys are the issue codes (src/core/validate/messages.ts); issues.zh-CN.ts has the same.
 */
export const ISSUES_EN = {
  // table level (row -1)
  missing_column:
    'The table has no "{col}" column. Press "Create or repair the template" to add it, or rename the header back to "{col}".',
  unknown_header:
    'Unknown header "{value}": this column is ignored. If it is meant to be a template column, rename it to the template\'s name.',
  duplicate_header:
    'The "{col}" column appears more than once and only the first is used. Delete or rename the extra column.',
  table_failed:
    "An unexpected error occurred while checking this table ({value}). Please send this message to IT.",
  // one cell
  required: '"{col}" is required: please fill it in.',
  bad_datetime: '"{value}" in "{col}" is not a valid date and time. Write it like 2026-01-04 09:00.',
  bad_date: '"{value}" in "{col}" is not a valid date. Write it like 2026-01-04 or 20260104.',
  time_only: '"{col}" holds only a time ("{value}") and no date. Write both, e.g. 2026-01-04 09:00.',
  timezone_offset:
    '"{value}" in "{col}" carries a time zone. Remove it and write the local time only (Feishu applies the attendance group\'s zone).',
  date_out_of_range:
    '"{value}" in "{col}" does not look like a real date (the year must be 2000–2099). Check it, or format the cell as a date and type it again.',
  bad_number: '"{value}" in "{col}" is not a number. Enter a number, e.g. 1.5.',
  not_positive: '"{col}" must be more than 0 (it is {value}). Enter a positive number.',
  too_large: '"{col}" is {value}, far too large for a real length. Check the number and the unit.',
  not_integer: '"{col}" must be a whole number (it is {value}). Remove the decimals.',
  number_is_date:
    'The "{col}" cell is formatted as a date, so {value} may have been taken for one. Set the format to "General" or "Number" and type it again.',
  excel_error:
    'The "{col}" cell holds an Excel error {value} (usually a formula that failed or refers to deleted cells). Fix the formula, or type the right value.',
  unexpected_boolean: '"{col}" holds TRUE/FALSE, which is not a valid value here. Enter the right value.',
  long_number_rounded:
    'The number in "{col}" is too long and Excel has rounded it ({value}). Format the column as "Text" and type the full ID again.',
  bad_enum: '"{value}" is not a valid choice for "{col}". Pick one from the list: {options}.',
  deprecated_enum:
    '"{value}" in "{col}" is no longer supported by Feishu and would be refused. Pick one of: {options}.',
  unknown_type:
    '"{value}" in "{col}" is not in the list of types. Pick a type from the list, or ask your admin to add it to the list.',
  type_required:
    '"{col}" is missing. Pick a type from the list, or fill in the advanced columns: a type ID{out, select, yes { (required for out of office)} other {}} and at least one name.',
  too_long: '"{col}" has {value} characters, more than the limit of {max}. Shorten it.',
  may_be_too_long:
    '"{col}" has {value} characters and Feishu documents at most {max} (its own examples are longer, so it may still be accepted). If Feishu rejects it, use a shorter ID.',
  end_before_start: "The end ({value}) must be after the start ({other}). Check both times.",
  pass_before_apply:
    '"Approved at" ({value}) is before "Applied at" ({other}). An approval is applied for first, then approved: check both times.',
  length_exceeds_span:
    '"{col}" is {amount}, longer than the {span} from start to end ({other}), so Feishu would record the wrong length. Check "{col}", "Unit" and both times.',
  duration_missing:
    'Fill in "Duration" (in the row\'s unit, e.g. 1.5), or "Length (seconds)" in the advanced columns.',
  interval_mismatch:
    '"Length (seconds)" is {value} but "Duration" × "Unit" gives {other} seconds, and Feishu records the {value} seconds. If "Duration" is right, clear "Length (seconds)".',
  date_outside_range:
    "The date {value} is not between the start and end ({other}), and the record is filed under that day's attendance. If it is a mistake, correct it or clear \"Date\" (the start's date is used).",
  region_level_without_id:
    '"{col}" is filled in but there is no region ID. Enter the region ID, or clear the level.',
  region_id_without_level:
    '"{col}" has no region level, so Feishu may not recognise the place. Choose a level (or write l3:ID).',
  region_id_format:
    '"{value}" in "{col}" does not look like a Feishu region ID (a string of digits), so Feishu may refuse it or record the wrong place. Look the ID up in Feishu People\'s region library.',
  bad_region_item:
    '"{value}" in "{col}" cannot be read. Write each item as a region ID or l3:ID, separated by commas.',
  employee_wrong_type:
    '"{col}" "{value}" is not of the "Employee ID type" chosen under "Setup" ({options}). Write an ID of that type, a work email or a mobile number, or change the type under "Setup".',
  employee_bad_contact:
    '"{col}" "{value}" looks like an email or a mobile number but is not a whole one. Write an email like name@company.com, a mobile like 13800000000, or with its country code like +852 9123 4567.',
  employee_lookup_unsupported:
    'With employee numbers as the "Employee ID type", "{value}" (an email or mobile) cannot be looked up. Write the employee number, or choose employee_id as the type under "Setup".',
  employee_not_looked_up:
    '{ready, select, yes {"{col}" "{value}" has not been looked up in Feishu yet: it is looked up when you check or send.} other {"{col}" "{value}" has not been looked up in Feishu yet. Connect to the proxy under "Setup", then check or send: it is looked up then.}}',
  employee_not_found:
    'Feishu has no current employee with the email or mobile "{value}". Correct it from the Feishu address book; if it is right, ask IT to add the person to the app\'s availability range.',
  employee_ambiguous:
    '"{value}" matches more than one person in Feishu. Write the person\'s employee ID instead.',
  employee_refused_unknown:
    "Feishu refused this person when writing or searching: employee \"{person}\" does not exist or is outside the app's range, so this row is not sent. Check the employee; if it is right, ask IT to add the person to the app's range.",
  employee_refused_out_of_scope:
    'Feishu refused this person when writing or searching: employee "{person}" is outside the app\'s attendance data range, so this row is not sent. Ask IT to add the person to the data range in the attendance admin console.',
  // across rows
  duplicate_record: "This row is identical to row {row} and would be written twice. Delete one of them.",
  duplicate_content:
    'This row has the same content as row {row}, only the "External ID" differs, so Feishu would hold two records. If that is not intended, delete one of them.',
  duplicate_external_id:
    'External ID "{value}" also appears in row {row}. Each record needs its own External ID: correct one of the rows.',
  overlap: "This row overlaps row {row} for the same employee. Check the start and end of both rows.",
  overlap_other_sheet:
    'This row overlaps row {row} of the "{sheet}" sheet for the same employee. Feishu may write both, counting the same hours twice. If one is a mistake, correct its times.',
  overlap_trip_day:
    'Trips count as whole days, so this row falls on the same day as row {row} of the "{sheet}" sheet (same employee), and Feishu counts both on that day. Check it is right.',
  edited_after_submission:
    'This row was changed after it was written to Feishu (approval ID {value}), so it is not sent again. Feishu cannot change a written record: press "Replace in Feishu" to revoke the old record and send this row instead.',
  // against what Feishu holds (look before writing, verify)
  feishu_overlap:
    "Feishu already has {what} for {person} on {span}, approval {value}, not written from this workbook. This row overlaps it and is not sent: check the times, or have that record revoked in Feishu first.",
  feishu_overlap_other_kind:
    "Feishu already has {what} for {person} on {span}, approval {value}, which overlaps this row. Check that both should count.",
  feishu_written_before:
    "Feishu already holds the same {what} for {person} on {span}, approval {value}: it was probably written before, perhaps with another reason. This row is not sent: adopt that approval ID, or delete the row.",
  verify_ok: "Verified: Feishu holds {what} on {span}, approval {value}, as this row says.",
  verify_not_found:
    "Feishu holds no record with approval ID {value}. It may have been revoked, or the ID is wrong: check with IT before sending the row again.",
  verify_revoked: "Revoked in Feishu: approval {value} ({what} on {span}) is no longer in effect.",
  verify_differs:
    'Feishu\'s record (approval {value}, {what} on {span}) differs from this row in "{col}". Replace it in Feishu, or correct the row.',
  verify_not_checkable:
    "Approval {value} could not be checked yet: its days are after tomorrow and it was written more than 93 days ago, so Feishu cannot search for it. Verify it again nearer the date.",
  unexpected_error:
    "An unexpected error occurred while checking this row ({value}). Please send this message to IT.",
} as const;

export type IssueKey = keyof typeof ISSUES_EN;
