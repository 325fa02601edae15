/**
 * The message catalogue: both languages have every key with the same placeholders, every message
 * parses, zh-CN keeps Chinese punctuation and one quote style, and every quoted name is a real
 * sheet, column, button, tab, choice or state (the glossary). And it is the only one: no source
 * file outside src/core/catalog/ writes a zh/en pair of its own.
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUE, formatMessage, type MessageId } from "../../../src/core/catalog";
import { glossary } from "../../../src/core/catalog/glossary";
import { RECORD_KINDS } from "../../../src/core/kinds";
import { templateColumns } from "../../../src/excel/template-plan";
import { ISSUES_EN } from "../../../src/core/catalog/issues.en-US";
import { ISSUES_ZH } from "../../../src/core/catalog/issues.zh-CN";
import { PANE_EN } from "../../../src/core/catalog/pane.en-US";
import { PANE_ZH } from "../../../src/core/catalog/pane.zh-CN";
import { foreignWords } from "../../support/foreign-words";
import { COMMANDS } from "../../../src/cli/args";

/** The command line's own tokens (src/cli/args.ts and its config file's fields). */
const CLI_TOKENS = new Set<string>([
  "feishu-attendance",
  ...COMMANDS,
  ...RECORD_KINDS,
  "failed",
  "pending",
  "json",
  "stderr",
  "LANG",
  "zh-CN",
  "en-US",
  "proxyUrl",
  "proxyKey",
]);

const ids = (l: "zh-CN" | "en-US") => Object.keys(CATALOGUE[l]).sort();
const entries = (l: "zh-CN" | "en-US") => Object.entries(CATALOGUE[l]) as [MessageId, string][];

/** Placeholder names of a message, nested ones included. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (n.type !== 0 && n.type !== 7 && typeof n.value === "string") names.add(n.value);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, "en-US", undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

const names = glossary();
const known = (lang: "zh" | "en") =>
  new Set(Object.values(names).flatMap((list: { zh: string; en: string }[]) => list.map((t) => t[lang])));

/** Quoted names: 「…」 in zh-CN, "…" in en-US; quotes around a placeholder hold a value, not a name. */
const quoted = (message: string, lang: "zh" | "en") =>
  [...message.matchAll(lang === "zh" ? /「([^」]*)」/g : /"([^"]*)"/g)]
    .map((m) => m[1])
    .filter((q) => !q.includes("{"));

/** A message's own words: its literal text, without placeholders or ICU syntax. */
function literalText(message: string): string {
  const out: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (n.type === 0 && typeof n.value === "string") out.push(n.value);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, "zh-CN", undefined, { ignoreTag: true }).getAst());
  return out.join(" ");
}

const HAN = "\\u3400-\\u9fff";
const ASCII_PUNCT_BETWEEN_HAN = new RegExp(`[${HAN}]\\s*[,.;:!?()"'\\[\\]]\\s*[${HAN}]`);

describe("catalogue", () => {
  test("both languages have exactly the same keys", () => {
    expect(ids("zh-CN")).toEqual(ids("en-US"));
    expect(Object.keys(PANE_ZH).sort()).toEqual(Object.keys(PANE_EN).sort());
    expect(Object.keys(ISSUES_ZH).sort()).toEqual(Object.keys(ISSUES_EN).sort());
  });

  test.each(entries("en-US"))("%s parses and has the same placeholders in zh-CN", (id, en) => {
    const zh = CATALOGUE["zh-CN"][id];
    expect(zh.trim()).not.toBe("");
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  test.each(entries("zh-CN"))("%s (zh-CN) uses Chinese punctuation and 「」 only", (_id, zh) => {
    expect(zh).not.toMatch(ASCII_PUNCT_BETWEEN_HAN);
    expect(zh).not.toMatch(/[“”‘’"]/);
    expect(zh).not.toMatch(/[\u3400-\u9fff]\s*[.;]\s*$/);
  });

  test.each(entries("zh-CN").filter(([id]) => !id.startsWith("proxy.")))(
    "%s (zh-CN) has no English words outside names and codes",
    (_id, zh) => {
      const words = foreignWords(literalText(zh), "zh-CN");
      // What IT types at the command line is code, not words: the program, its commands and options.
      const typed = _id.startsWith("cli.")
        ? words.filter((w) => !CLI_TOKENS.has(w) && !w.startsWith("-"))
        : words;
      expect(typed).toEqual([]);
    },
  );

  test.each(entries("en-US"))("%s (en-US) has no Chinese text or full-width punctuation", (_id, en) => {
    expect(en).not.toMatch(new RegExp(`[${HAN}，。：；「」（）]`));
  });

  test.each([
    ...entries("zh-CN").map(([id, m]) => [id, "zh", m] as const),
    ...entries("en-US").map(([id, m]) => [id, "en", m] as const),
  ])("%s (%s) names only things that exist", (_id, lang, message) => {
    const real = known(lang);
    for (const name of quoted(message, lang))
      expect(real.has(name) ? name : `not in the glossary: ${name}`).toBe(name);
  });

  test("the checks catch what they are for", () => {
    expect("已创建：请假, 外出").toMatch(ASCII_PUNCT_BETWEEN_HAN);
    expect(
      foreignWords(literalText("网络错误（Failed to fetch）{n, plural, other {# 行}}"), "zh-CN"),
    ).toEqual(["Failed", "to", "fetch"]);
    expect(foreignWords("请 IT 检查 FEISHU_APP_SECRET 和 https://open.feishu.cn/app", "zh-CN")).toEqual([]);
    expect(foreignWords("台账已关闭（PROXY_LEDGER=off）", "zh-CN")).toEqual([]);
    expect(foreignWords("台账已 off（PROXY_LEDGER）", "zh-CN")).toEqual(["off"]);
    expect(
      quoted('Use "Create/repair template" to add it.', "en").filter((q) => !known("en").has(q)),
    ).toEqual(["Create/repair template"]);
    expect(known("en").has("Out")).toBe(false);
  });

  test("every template.* note is a column's header note, and every column's note is one", () => {
    const notes = RECORD_KINDS.flatMap((k) => templateColumns(k)).map((c) => c.help.en);
    const templateIds = ids("en-US").filter((id) => id.startsWith("template."));
    expect(new Set(notes)).toEqual(new Set(templateIds.map((id) => CATALOGUE["en-US"][id as MessageId])));
    expect(templateIds.length).toBeGreaterThan(30);
  });

  test("plurals and placeholders", () => {
    expect(formatMessage("en-US", "pane.submitButton", { n: 1 })).toBe("Send 1 row");
    expect(formatMessage("en-US", "pane.submitButton", { n: 3 })).toBe("Send 3 rows");
    expect(formatMessage("zh-CN", "pane.submitButton", { n: 3 })).toBe("提交 3 行");
    expect(formatMessage("en-US", "issue.overlap", { row: 12345 })).toMatch(/row 12345 /);
    expect(formatMessage("zh-CN", "issue.type_required", { col: "类型", out: "yes" })).toMatch(
      /（外出必填）/,
    );
    expect(formatMessage("zh-CN", "issue.type_required", { col: "类型", out: "no" })).not.toMatch(/外出/);
  });
});

/**
 * Where Chinese may stand outside the catalogue, and why. Everything else the clerk or IT reads
 * comes from a catalogue message.
 */
const OUTSIDE_THE_CATALOGUE: Record<string, string> = {
  "src/core/template/":
    "the workbook template's vocabulary: headers (and former headers) are matched when a table is read back, and the type catalogue's names are sent to Feishu in three languages; the header cells' help notes are the catalogue's (template.*)",
  "src/core/enums.ts":
    "extra spellings a clerk may type for a choice (高铁, 动车), matched when a cell is read; the labels are the catalogue's",
  "src/core/cells/": "words a clerk may type in a cell (上午, 是), parsed, never shown",
  "src/excel/layout.ts": "the template's hidden marks column header, matched when a table is read back",
  "src/fake-excel/": "the fake workbook reads typed dates as Excel does",
  "src/emulator/": "stands in for Feishu: its answers imitate Feishu's own words",
  "src/playground/": "the development aid page around the pane, not the pane",
  "src/proxy/main.ts": "the operator's console at start-up, not a clerk's or a client's text",
  "src/taskpane/components/LanguageSwitch.tsx":
    "中文 is the language's own name, shown as such in either language",
};

const SRC = join(__dirname, "../../../src");
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Code without its comments (a `//` after a `:` is a URL, not a comment). */
const codeOf = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

/** Lines of a source file that write their own zh/en words: Chinese in code, or the `text(zh, en)` helper. */
function ownWords(source: string): string[] {
  const lines = codeOf(source).split("\n");
  const chinese = lines.filter((l) => new RegExp(`[${HAN}]`).test(l));
  const helper = /import\s*(type\s*)?\{[^}]*\btext\b[^}]*\}\s*from\s*["'][./]*(core\/)?i18n["']/.test(source)
    ? ["imports text() from i18n"]
    : [];
  return [...helper, ...chinese.map((l) => l.trim())];
}

describe("the catalogue is the only one", () => {
  const files = sourceFiles(SRC)
    .map((f) => relative(join(SRC, ".."), f).split("\\").join("/"))
    .filter((f) => !f.startsWith("src/core/catalog/"));
  const allowed = (f: string) =>
    Object.keys(OUTSIDE_THE_CATALOGUE).some((a) => f === a || (a.endsWith("/") && f.startsWith(a)));

  test("there are sources to scan", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("src/core/feishu/outcome-rules.ts");
  });

  test.each(files.filter((f) => !allowed(f)))("%s writes no zh/en words of its own", (f) => {
    expect(ownWords(readFileSync(join(SRC, "..", f), "utf8"))).toEqual([]);
  });

  test("every allow-listed path exists and has a reason", () => {
    for (const [path, reason] of Object.entries(OUTSIDE_THE_CATALOGUE)) {
      expect(files.some((f) => f === path || f.startsWith(path))).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  test("the scan catches what it is for", () => {
    expect(ownWords('const T = text("已写入飞书", "Written to Feishu");')).toHaveLength(1);
    expect(ownWords('import { text, type Text } from "../../i18n";\nconst x = 1;')).toEqual([
      "imports text() from i18n",
    ]);
    expect(ownWords("const s = `代理 ${url} 没有及时回答。`;")).toHaveLength(1);
    expect(ownWords('// 注释\n/** 说明 */\nconst url = "https://example.com"; // 说明')).toEqual([]);
    expect(ownWords('import { NO_TEXT, pick } from "../i18n";')).toEqual([]);
  });
});
