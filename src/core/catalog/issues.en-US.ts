/**
 * Every validation issue code with its message in English: what is wrong AND what to do.
 * Placeholders: {col} column header, {value} the cell, {other} a second value, {row} a sheet
 * row, {sheet} another sheet's name, {options} the choices, {max} a limit, {out} yes/no.
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
  unexpected_boolean: '"{col}" holds TRUE/FALSE, which is not a valid value here. Enter the right value.',
  long_number_rounded:
    'The number in "{col}" is too long and Excel has rounded it ({value}). Format the column as "Text" and type the full ID again.',
  bad_enum: '"{value}" is not a valid choice for "{col}". Pick one from the list: {options}.',
  deprecated_enum: '"{value}" in "{col}" is no longer supported by Feishu. Pick another value.',
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
  trip_not_whole_days:
    "Feishu records whole-day trips only, so a part day counts as a full day ({value}). To be clear, start at 00:00 and end at 23:59:59, or give dates only.",
  duration_missing:
    'Fill in "Duration" (in the row\'s unit, e.g. 1.5), or "Length (seconds)" in the advanced columns.',
  interval_mismatch:
    '"Length (seconds)" is {value} but "Duration" × "Unit" gives {other} seconds. The seconds are used: check which is right.',
  date_outside_range:
    "The date {value} is not between the start and end ({other}). Check whether it is a mistake.",
  region_level_without_id:
    '"{col}" is filled in but there is no region ID. Enter the region ID, or clear the level.',
  region_id_without_level:
    '"{col}" has no region level, so Feishu may not recognise the place. Choose a level (or write l3:ID).',
  region_id_format:
    '"{value}" in "{col}" does not look like a Feishu region ID (a string of digits). Look the ID up in Feishu People\'s region library.',
  bad_region_item:
    '"{value}" in "{col}" cannot be read. Write each item as a region ID or l3:ID, separated by commas.',
  employee_format:
    '"{col}" "{value}" does not look like an open_id (they start with ou_). Check "Employee ID type" under "Setup".',
  // across rows
  duplicate_record: "This row is identical to row {row} and would be written twice. Delete one of them.",
  duplicate_content:
    'This row has the same content as row {row}, only the "External ID" differs. If that is not intended, delete one of them.',
  duplicate_external_id:
    'External ID "{value}" also appears in row {row}. Each record needs its own External ID: correct one of the rows.',
  overlap: "This row overlaps row {row} for the same employee. Check the start and end of both rows.",
  overlap_other_sheet:
    'This row overlaps row {row} of the "{sheet}" sheet for the same employee. Feishu may accept it, but it is usually a mistake: please check.',
  overlap_trip_day:
    'Trips count as whole days, so this row falls on the same day as row {row} of the "{sheet}" sheet (same employee). Check it is right.',
  edited_after_submission:
    'This row was changed after it was written to Feishu (approval ID {value}), so it is not sent again. Feishu cannot change a written record: revoke the old one in Feishu, clear "Approval ID", then send it again.',
  unexpected_error:
    "An unexpected error occurred while checking this row ({value}). Please send this message to IT.",
} as const;

export type IssueKey = keyof typeof ISSUES_EN;
