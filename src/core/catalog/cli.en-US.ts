/**
 * The command line's words, in English (src/cli): its usage, the one line that says why a run
 * could not start (exit code 2), the lines it prints per row and at the end. cli.zh-CN.ts has
 * the same keys. Placeholders: {path} a file, {reason} what went wrong, {n}/{total} counts,
 * {sheet}/{row} where a row is, {state} its state's label.
 */
export const CLI_EN = {
  usage: `Usage: feishu-attendance <command> <file> [options]

Commands:
  check <file>      read and check the file; print each row's problems and the request it would send
  push <file>       check, look at Feishu, send what is ready and write the results back
  template <file>   write an empty template workbook (.xlsx)

Options:
  --json                 print one JSON document instead of lines
  --dry-run              push: do everything but send (nothing is written to Feishu or the file)
  --only failed|pending  push: only rows that failed, or every row not written yet (default)
  --kind leave|out|overtime|trip   .csv: the kind of record the file holds (default: from its name)
  --lang zh-CN|en-US     language of the output (default: from LANG)
  --log json             progress as JSON lines on stderr
  --config <path>        a JSON config file (default: FEISHU_ATTENDANCE_CONFIG)
  --help                 this text

The proxy's address and key come from FEISHU_PROXY_URL and FEISHU_PROXY_KEY (or the config
file), or ENTRA_TENANT_ID, ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET for Microsoft Entra ID; never
from an argument. Exit codes: 0 every row fine, 1 some rows refused or failed, 2 setup or file problem.`,
  badArgs: "{reason}. Run feishu-attendance --help to see the commands and options.",
  argNotUnderstood: "The arguments could not be read ({detail})",
  unknownCommand: 'There is no command "{command}": use check, push or template',
  needsFile: "{command} needs a file name after it",
  extraArgument: 'One file at a time: "{arg}" is one too many',
  badChoice: '{option} takes {allowed}, not "{value}"',
  keyAsArgument:
    "The proxy key is never taken from the command line (it would stay in the shell history and the process list): set FEISHU_PROXY_KEY or put proxyKey in the config file.",
  noProxyUrl: "No proxy address: set FEISHU_PROXY_URL, or proxyUrl in the config file.",
  noCredential:
    "No way to sign in to the proxy: set FEISHU_PROXY_KEY (or proxyKey in the config file), or ENTRA_TENANT_ID, ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET for Microsoft Entra ID.",
  configUnreadable:
    "Cannot read the config file {path}: {reason}. Fix the file or point --config at another.",
  entraRefused:
    "Microsoft Entra ID gave no token: {reason}. Check ENTRA_TENANT_ID, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET and ENTRA_SCOPE.",
  fileMissing: "File not found: {path}. Check the path.",
  fileType: "Cannot read {path}: give an .xlsx workbook or a .csv file.",
  fileUnreadable: "Cannot open {path}: {reason}. Check that it is a workbook saved by Excel.",
  noTables:
    "{path} holds none of the four sheets (Leave, Out of office, Overtime, Business trip, in either language): start from feishu-attendance template.",
  csvKind:
    "Cannot tell which kind of record {path} holds: name the file after its sheet in either language (for example leave.csv) or pass --kind leave, out, overtime or trip.",
  fileUnwritable:
    "Cannot write {path}: {reason}. Close the file in Excel and run the same command again; nothing is sent twice.",
  templateExists: "{path} already exists: give another name (template never overwrites a file).",
  templateNeedsXlsx: "A template is a workbook: give a file name ending in .xlsx.",
  preflight: "Nothing was sent: the proxy's self-check failed. {reason}",
  lookFailed: "Nothing was sent: could not read what Feishu already holds. {reason}",
  setupStopped: "Stopped: the connection to Feishu needs fixing by IT. {reason} The rest stays pending.",
  lookupFailed: "Some work emails or mobiles could not be looked up; their rows are not sent. {reason}",
  rowLine: "{sheet} row {row}: {state}",
  wouldSend: "request: {body}",
  progress: "{done}/{total} sent · {ok} written · {failed} failed",
  summary:
    "{rows} rows: {written} written now, {submitted} already in Feishu, {ready} ready, {invalid} need fixing, {failed} failed, {pending} not sent yet.",
  dryRun: "Dry run: nothing was sent and the file was not changed.",
  cancelled:
    "Stopped: the sends in flight finished and every result is saved. Run the same command again to send the rest; nothing is sent twice.",
  resultsWritten: "Results written to {path}.",
  templateWritten: "Template written to {path}.",
};

export type CliKey = keyof typeof CLI_EN;
