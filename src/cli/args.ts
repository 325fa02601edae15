/**
 * The command line's arguments (node's util.parseArgs): a command, a file and options. Never
 * the proxy key: an option that would carry it is refused with the reason (it would stay in
 * the shell history and the process list).
 */
import { parseArgs } from "node:util";
import { formatMessage, type MessageId, type MessageValues } from "../core/catalog";
import type { Locale } from "../core/i18n";
import { RECORD_KINDS, type RecordKind } from "../core/kinds";

export const COMMANDS = ["check", "push", "template"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  file: string;
  json: boolean;
  dryRun: boolean;
  only: "failed" | "pending";
  kind: RecordKind | null;
  lang: Locale;
  log: "text" | "json";
  config: string | null;
}

export type ParsedArgs =
  | { ok: true; args: CliArgs }
  | { ok: false; help: true; lang: Locale }
  | { ok: false; help: false; lang: Locale; message: string };

const KEY_OPTIONS = /^--?(key|proxy-key|api-key|secret|client-secret|token)(=|$)/i;

/** zh-CN when the environment's language is Chinese (LANG=zh_CN.UTF-8 and the like), else en-US. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(lang) ? "zh-CN" : "en-US";
}

const oneOf = <T extends string>(v: string | undefined, allowed: readonly T[]): T | null | undefined =>
  v === undefined ? undefined : (allowed as readonly string[]).includes(v) ? (v as T) : null;

export function parseCli(argv: readonly string[], env: Record<string, string | undefined>): ParsedArgs {
  const langArg = argv.find((a, i) => argv[i - 1] === "--lang" || a.startsWith("--lang="));
  const envLang = localeFromEnv(env);
  const early = oneOf(langArg?.replace(/^--lang=/, ""), ["zh-CN", "en-US"] as const) ?? envLang;
  const say = (id: MessageId, values: MessageValues = {}) => formatMessage(early, id, values);
  const fail = (id: MessageId, values: MessageValues = {}): ParsedArgs => ({
    ok: false,
    help: false,
    lang: early,
    message: say("cli.badArgs", { reason: say(id, values) }),
  });
  if (argv.some((a) => KEY_OPTIONS.test(a)))
    return { ok: false, help: false, lang: early, message: say("cli.keyAsArgument") };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        "dry-run": { type: "boolean" },
        only: { type: "string" },
        kind: { type: "string" },
        lang: { type: "string" },
        log: { type: "string" },
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return fail("cli.argNotUnderstood", { detail: e instanceof Error ? e.message : String(e) });
  }
  const { values: v, positionals } = parsed;
  if (v.help || positionals.length === 0) return { ok: false, help: true, lang: early };
  const [command, file, ...extra] = positionals;
  if (!(COMMANDS as readonly string[]).includes(command)) return fail("cli.unknownCommand", { command });
  if (!file) return fail("cli.needsFile", { command });
  if (extra.length) return fail("cli.extraArgument", { arg: extra[0] });
  const lang = oneOf(v.lang, ["zh-CN", "en-US"] as const);
  const only = oneOf(v.only, ["failed", "pending"] as const);
  const kind = oneOf(v.kind, RECORD_KINDS);
  const log = oneOf(v.log, ["text", "json"] as const);
  const bad = (option: string, allowed: readonly string[], value?: string) =>
    fail("cli.badChoice", { option, allowed: allowed.join(" | "), value: value ?? "" });
  if (lang === null) return bad("--lang", ["zh-CN", "en-US"], v.lang);
  if (only === null) return bad("--only", ["failed", "pending"], v.only);
  if (kind === null) return bad("--kind", RECORD_KINDS, v.kind);
  if (log === null) return bad("--log", ["json", "text"], v.log);
  return {
    ok: true,
    args: {
      command: command as Command,
      file,
      json: v.json === true,
      dryRun: v["dry-run"] === true,
      only: only ?? "pending",
      kind: kind ?? null,
      lang: lang ?? envLang,
      log: log ?? "text",
      config: v.config ?? null,
    },
  };
}
