/**
 * The task pane's words in English (ICU MessageFormat: `{n, plural, …}`, `{name}`). The keys are
 * the catalogue's: pane.zh-CN.ts must have exactly the same. Names of sheets, columns, buttons
 * and states are the glossary's (glossary.ts); a message that names one quotes it exactly.
 */
export const PANE_EN = {
  appTitle: "Feishu Attendance",
  appSubtitle:
    "Write approved leave, out of office, overtime and business trip records into Feishu Attendance",
  language: "Language",
  dismiss: "Dismiss",
  loading: "Loading…",

  tabSetup: "Setup",
  tabCheck: "Check",
  tabSubmit: "Send",

  // Host missing
  hostTitle: "Open this in Excel",
  hostBody:
    'This page is the task pane of an Excel add-in and works inside Excel only: open it with the "Feishu Attendance" button on the "Home" tab.',
  hostHelp: "No button? Ask IT to deploy the add-in to you.",
  hostPlayground: "Developers: try it in the browser (development playground)",

  // Template
  templateTitle: "Workbook template",
  templateHelp:
    'Creates the "Leave", "Out of office", "Overtime" and "Business trip" sheets. Existing tables only get what is missing and never lose a row.',
  templateButton: "Create or repair the template",
  templateWorking: "Preparing the template…",
  templateCreated: "Created: {names}.",
  templateRepaired: "Repaired: {names}.",
  templateUnchanged: "Already fine: {names}.",
  templateConflicts:
    "These sheets hold other data where the table would go, so they were left alone. Move that data or rename the sheet, then try again: {sheets}.",

  // Connection
  connectionTitle: "Connection",
  proxyUrl: "Proxy address",
  proxyUrlHint: "From IT, e.g. https://attendance-proxy.example.com",
  proxyUrlRequired: "Enter the proxy address IT gave you.",
  apiKey: "API key",
  apiKeyHint: "Kept on this computer only, never written into the workbook.",
  apiKeyRequired: "Enter the API key IT gave you.",
  employeeType: "Employee ID type",
  employeeTypeHint: 'Which kind of ID the "Employee ID" column holds.',
  employeeTypeEmployeeId: "Employee ID (employee_id)",
  employeeTypeEmployeeNo: "Employee number (employee_no)",
  employeeTypeOpenId: "Open ID (open_id)",
  saveAndTest: "Save and test the connection",
  testing: "Testing the connection…",
  signInLater: "Sign in with Microsoft (coming later)",
  fixerClerk: "What to do: ",
  fixerIt: "What to do (IT): ",
  itDetails: "Details for IT",

  // Check
  checkTitle: "Check the workbook",
  checkAll: "Check everything",
  checking: "Checking…",
  liveOn: "Checking as you type: on",
  liveWorking: "Checking your last edit…",
  notChecked: 'Not checked yet. Press "Check everything".',
  colKind: "Sheet",
  colRows: "Rows",
  colErrors: "Errors",
  colPending: "To send",
  colSubmitted: "Written",
  colFailed: "Failed",
  issuesTitle: "Issues",
  noIssues: "No issues found.",
  severityError: "Error",
  severityWarning: "Warning",
  goToCell: "Go to cell",
  moreIssues: "Showing the first {n, plural, one {# row} other {# rows}} with issues.",
  rowLabel: "{sheet} · row {row}",
  headerRowLabel: "{sheet} · header row",

  // Submit
  submitTitle: "Send to Feishu",
  scope: "What to send",
  scopePending: "All rows not yet sent",
  scopeSelected: "The selected rows",
  scopeFailed: "The failed rows",
  refreshSelection: "Use the current selection",
  submitButton: "Send {n, plural, one {# row} other {# rows}}",
  submitNothing: "Nothing to send",
  needsCheck: "Check the workbook first.",
  needsKey: 'Enter the API key under "Setup" first.',
  preview: "Preview the selected rows (nothing is sent)",
  previewTitle: "What will be sent",
  previewNoRow: "Select one or more data rows in a table first.",
  previewNotReady:
    "{n, plural, one {# selected row still has} other {# selected rows still have}} errors and will not be sent until fixed.",
  previewPerson: "Person",
  previewKind: "Kind",
  previewType: "Type",
  previewStart: "Start",
  previewEnd: "End",
  previewLength: "Length",
  previewJson: "Show the request for IT",
  previewHideJson: "Hide the request",
  lengthDays: "{n, plural, one {# day} other {# days}}",
  lengthHalfDays: "{n, plural, one {# half day} other {# half days}}",
  lengthHours: "{n, plural, one {# hour} other {# hours}}",
  lengthMinutes: "{n, plural, one {# minute} other {# minutes}}",
  lengthSeconds: "{n, plural, one {# second} other {# seconds}}",
  progressTitle: "Sending",
  sent: "Sent",
  written: "Written",
  failed: "Failed",
  retrying: "Retrying",
  remaining: "Remaining",
  eta: "Time left",
  etaUnknown: "Estimating…",
  etaSeconds: "about {s} s",
  etaMinutes: "about {m} min {s} s",
  cancel: "Cancel",
  cancelling: "Cancelling: waiting for records already sent…",

  // Summary
  summaryTitle: "Result",
  summaryWritten: "Written to Feishu: {n}",
  summaryFailed: "Failed: {n}",
  summarySkipped: "Skipped (already sent before): {n}",
  summaryUnresolved: "Not confirmed (send again to settle them; nothing is written twice): {n}",
  summaryCancelled: "Cancelled (still to send): {n}",
  summaryFailedBy: "Why they failed",
  summaryFailedReason: "{reason}: {n}",
  summaryWhere:
    'Where to see them in Feishu: the records appear in the "Attendance statistics" report. They do not appear on the admin console\'s leave or overtime approval pages.',
  summaryFailedHint:
    'Each failed row says why in its "Message" column. Fix the row, choose "The failed rows" and press "Send" again.',
  resumeHint: 'Cancelled rows are still waiting: press "Send" again to carry on.',
  failedRows: "Failed rows",
  reportRow: "Row",
  reportReason: "Reason",
  goToRow: "Go to row",
  copyReport: "Copy the failure report",
  saveReport: "Save the failure report (CSV)",
  reportCopied: "Failure report copied. Paste it into a message to IT.",
  reportCopyFailed: 'Copying is not allowed here. Use "Save the failure report (CSV)" instead.',
  runLogged: 'This run was added to the "Run log" sheet.',
  runLogFailed: 'This run could not be added to the "Run log" sheet.',
  failedWork: "That did not work",

  // Failure reasons (the engine counts failed rows by outcome kind)
  reasonInvalid: "Data not accepted",
  reasonUnknownUser: "Unknown employee or outside the app's scope",
  reasonPermission: "No permission (ask IT)",
  reasonPeriodClosed: "Attendance period closed",
  reasonDuplicate: "Duplicate record",
  reasonRateLimited: "Too many requests",
  reasonRetryable: "Passing fault, still failing after retries",
  reasonFatal: "Configuration or quota problem (ask IT)",
  reasonUnknown: "Outcome not confirmed",
} as const;

export type PaneKey = keyof typeof PANE_EN;
