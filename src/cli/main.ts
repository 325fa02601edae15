/**
 * The `feishu-attendance` command (bin/feishu-attendance.mjs runs this file through tsx):
 * arguments in, the core's work, a report and an exit code out. 0: every row fine; 1: some rows
 * need fixing, were refused or failed; 2: a setup or file problem, said in one line.
 */
import { formatMessage } from "../core/catalog";
import type { Locale } from "../core/i18n";
import { createProxyClient } from "../client/proxy-client";
import { runBlocker, verdictText } from "../taskpane/connection";
import { parseCli, type CliArgs } from "./args";
import { entraTokenSource } from "./entra-token";
import { openSource } from "./open-file";
import { CliProblem } from "./problem";
import { progressSink, type Stream } from "./progress";
import { lookUpPeople, prepareFile, push } from "./push";
import { needsAttention, reportLines, rowReports, runSummary, tableReports, type RunReport } from "./report";
import { readSettings, readSetup, type CliSetup } from "./setup";
import { writeTemplate } from "./template";

export interface CliIo {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  stdout: Stream;
  stderr: Stream;
  /** Aborted on Ctrl+C: the engine's cancel (in-flight sends finish, results are saved). */
  signal: AbortSignal;
}

const credentialOf = (setup: CliSetup) =>
  "key" in setup.credential ? setup.credential : entraTokenSource(setup.credential.entra);

/** `check` looks up emails and mobiles when a proxy is configured, and works without one. */
async function optionalClient(io: CliIo, args: CliArgs) {
  const setup = await readSetup(io.env, args.config).catch(() => null);
  return setup && createProxyClient({ baseUrl: setup.proxyUrl, credential: credentialOf(setup) });
}

async function check(args: CliArgs, io: CliIo): Promise<RunReport> {
  const { settings } = await readSettings(io.env, args.config);
  const file = await openSource(args.file, args.kind);
  const client = await optionalClient(io, args);
  const progress = progressSink(args.log, io.stderr, args.lang);
  const context = { file, settings, locale: args.lang, signal: io.signal, progress };
  const book = client ? await lookUpPeople({ ...context, client }, false) : undefined;
  const prepared = prepareFile(file, settings, book);
  const rows = [
    ...tableReports(file.tables, prepared.issues, args.lang),
    ...rowReports(file.tables, prepared, new Map(), args.lang),
  ];
  return { file: file.path, rows, summary: runSummary(rows, null, true) };
}

async function pushCommand(args: CliArgs, io: CliIo): Promise<RunReport> {
  const setup = await readSetup(io.env, args.config);
  const credential = credentialOf(setup);
  // An Entra ID token first: when Entra refuses the credentials, its own reason is the one line said.
  if (typeof credential === "function") await credential();
  const client = createProxyClient({ baseUrl: setup.proxyUrl, credential });
  // The proxy's self-check and the file's reading, together (as the pane's Send does).
  const [answer, file] = await Promise.all([client.selfCheck(), openSource(args.file, args.kind)]);
  const blocker = runBlocker(answer, setup.proxyUrl);
  if (blocker) {
    const t = verdictText(blocker);
    throw new CliProblem("cli.preflight", { reason: args.lang === "zh-CN" ? t.zh : t.en });
  }
  const progress = progressSink(args.log, io.stderr, args.lang);
  const report = await push({
    file,
    client,
    settings: setup.settings,
    locale: args.lang,
    dryRun: args.dryRun,
    only: args.only,
    signal: io.signal,
    progress,
  });
  if (!args.json)
    progress.note(
      "done",
      formatMessage(args.lang, args.dryRun ? "cli.dryRun" : "cli.resultsWritten", { path: file.resultsPath }),
    );
  return report;
}

function print(report: RunReport, args: CliArgs, io: CliIo): void {
  if (args.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    for (const line of reportLines(report, args.lang, args.command === "check")) io.stdout.write(`${line}\n`);
}

export async function runCli(io: CliIo): Promise<number> {
  const parsed = parseCli(io.argv, io.env);
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout.write(`${formatMessage(parsed.lang, "cli.usage")}\n`);
      return 0;
    }
    io.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { args } = parsed;
  const lang: Locale = args.lang;
  try {
    if (args.command === "template") {
      await writeTemplate(args.file, lang);
      io.stdout.write(`${formatMessage(lang, "cli.templateWritten", { path: args.file })}\n`);
      return 0;
    }
    const report = args.command === "check" ? await check(args, io) : await pushCommand(args, io);
    print(report, args, io);
    return needsAttention(report.rows) || Number(report.summary.cancelled) > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof CliProblem) {
      io.stderr.write(`${e.text(lang)}\n`);
      return 2;
    }
    if (isWriteError(e))
      io.stderr.write(
        `${formatMessage(lang, "cli.fileUnwritable", { path: args.file, reason: (e as Error).message })}\n`,
      );
    else io.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

const isWriteError = (e: unknown): boolean =>
  ["EACCES", "EBUSY", "EPERM", "EROFS", "ENOSPC"].includes((e as NodeJS.ErrnoException | null)?.code ?? "");

/** Run as a program: Ctrl+C once cancels safely; a second Ctrl+C ends at once. */
export function main(): void {
  const controller = new AbortController();
  let interrupts = 0;
  process.on("SIGINT", () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    controller.abort();
  });
  void runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
  }).then((code) => {
    process.exitCode = code;
  });
}
