/**
 * The words of a run, in English: what the engine writes in a row's Message column when it gives
 * up, is cancelled or held back (engine/*.ts), the line that says what will be sent, lengths as
 * the clerk typed them (validate/derive.ts), and the Run log sheet's columns and run kinds
 * (run-log.ts). run.zh-CN.ts has the same keys. Placeholders: {n} a count, {shown}/{hours} a
 * length and its hours, {secs} seconds, {start}/{end} times as sent, {note}/{reason} parts.
 */
export const RUN_EN = {
  submitting: "Submitting…",
  written: "Written to Feishu",
  cancelled: "Cancelled before sending",
  cancelledMaybe: "Cancelled; it may have been written: sending again confirms it, never twice",
  held: "Not sent: Feishu refused another row for this person: {reason}",
  noteWithOutcome: "{note} — {reason}",
  resolved: "An earlier send had reached Feishu; its approval ID was looked up",
  notFound: "Feishu says it already holds this record, but the query did not find its approval ID",
  gaveUpAttempts: "Still failing after {n} tries",
  gaveUpSends:
    "Sent to Feishu {n} times without success, the most allowed for one record; submit the unfinished rows again later",
  gaveUpTime: "Gave up retrying: out of time after {n} tries",
  maybeWritten: "It may have been written but could not be confirmed; sending again confirms it, never twice",
  notWritten: "Feishu was checked and holds none of these sends, so sending again writes it once",
  joined: "{first}; {second}",
  setupStop: "Not sent: the connection to Feishu needs fixing by IT; submit again once it is fixed",
  proxyLost:
    "Not sent: the proxy cannot be reached (it may be stopped, or the network is down). Ask IT to check the proxy, then send again: the run picks up where it stopped",
  proxyLostMaybe:
    "The proxy stopped answering while this row was being sent; it may have been written. Send again once the proxy is back: it is confirmed, never written twice",
  noApprovalId:
    "Feishu said it wrote this record but gave no approval ID, and the query could not find it yet; send again later to confirm it, never twice",
  willSend: "Will be sent as {start} to {end}.",
  revokeCutShort: "Cancelled before anything was revoked in Feishu",
  revokeSendPending:
    "The old record is revoked and the new one not confirmed yet; replacing again finishes it, never twice",
  revokedAt: "Revoked in Feishu at {when}",
  revokedAlready: "Feishu already holds this record as revoked (confirmed {when})",
  notRevoked: "Not revoked",
  labelled: "{label}: {text}",
  replacing: "Replacing…",
  replacedBy: "Written to Feishu in place of the revoked record {old}",
  replaceNotWritten: "The old record {old} was revoked; the new one was not written",
  rowGone: "The row was deleted before its result could be written: {result}",
  rowGoneWritten:
    "The row was deleted before its result could be written; Feishu holds its record {id} (kept in the history sheet): add the row back or revoke it",
  rowChanged: "Not touched: the row changed after you confirmed; check it and choose the action again",
  revokeStillLive: "Feishu still holds this record as approved",
  revokeOutOfTries: "Still not revoked after several tries; try again later",
  revokeMaybe: "It may have been revoked but could not be confirmed; revoking again confirms it safely",

  lengthDays: "{n, plural, one {{shown} day} other {{shown} days}}",
  lengthHours: "{hours} h",
  lengthDaysWithHours: "{n, plural, one {{shown} day} other {{shown} days}} ({hours} h)",
  lengthHalfDays: "{n, plural, one {{shown} half day} other {{shown} half days}} ({hours} h)",
  lengthHalfHours: "{n, plural, one {{shown} half hour} other {{shown} half hours}} ({hours} h)",
  lengthSeconds: "{secs} s ({hours} h)",

  logWhen: "When",
  logWho: "Who",
  logAction: "Action",
  logScope: "Scope",
  logRows: "Rows",
  logWritten: "Written",
  logFailed: "Failed",
  logSkipped: "Skipped",
  logDuration: "Duration (s)",
  kindSend: "Send",
  kindRevoke: "Revoke",
  kindReplace: "Replace",
  kindVerify: "Verify",
};

export type RunKey = keyof typeof RUN_EN;
