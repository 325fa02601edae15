/**
 * The ledger's words, in English: the proxy's answers about it (a key reused for another body)
 * and IT's ledger page (src/proxy/ledger/page*.ts). ledger.zh-CN.ts has the same keys.
 * Placeholders: {key} an idempotent_id, {time} an ISO time, {caller} a key name or user,
 * {outcome} a ledger state, {approval} an approval ID, {count} a number, {version} a schema version.
 */
export const LEDGER_EN = {
  keyConflict:
    "The idempotent_id {key} was already used by {caller} at {time} for a different request ({outcome}, approval {approval}); nothing was sent. Use a new idempotent_id for different content",
  notForLedger: "{who} may not read the ledger; ask IT for the ledger role or key",
  badFilter: "The ledger filter is not valid: {why}",
  off: "The ledger is switched off on this proxy (PROXY_LEDGER=off)",

  pageTitle: "Attendance ledger",
  pageIntro: "Every record written or revoked through this proxy, newest first.",
  signInKey: "Ledger key",
  signIn: "Sign in",
  signOut: "Sign out",
  signInEntra: "Sign in with Microsoft",
  signedInAs: "Signed in as {who}",
  filterEmployee: "Employee",
  filterFrom: "From",
  filterTo: "To",
  filterKind: "Kind",
  filterClerk: "Clerk",
  filterState: "State",
  any: "Any",
  search: "Search",
  exportCsv: "Export CSV",
  withReasons: "Include reasons in the export",
  languageName: "English",
  loading: "Loading…",
  count: "{count, plural, =0 {No records match.} one {1 record} other {# records}}",
  more: "Showing the newest {shown} of {count}. Narrow the filter to see the others.",
  notAllowed: "This sign-in may not read the ledger. Ask IT for the ledger role or a ledger key.",
  failed: "The ledger could not be read: {why}",
  colKey: "Key",
  colEmployee: "Employee",
  colKind: "Kind",
  colType: "Type",
  colStart: "Start",
  colEnd: "End",
  colApproval: "Approval ID",
  colState: "State",
  colClerk: "Clerk",
  colWritten: "Time",
  colRevoked: "Revoked at",
  colReason: "Reason",
  colCode: "Code",
  stateSending: "Sending",
  stateWritten: "Written",
  stateRefused: "Refused",
  stateUncertain: "Uncertain",
  stateRevoked: "Revoked",
};

export type LedgerKey = keyof typeof LEDGER_EN;
