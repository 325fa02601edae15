/** Arguments: commands, options, the language default from LANG, and the key never taken as an argument. */
import { localeFromEnv, parseCli } from "../../src/cli/args";

const en = { LANG: "en_US.UTF-8" };

test.each([
  [
    ["check", "a.xlsx"],
    { command: "check", file: "a.xlsx", json: false, dryRun: false, only: "pending", log: "text" },
  ],
  [
    ["push", "b.csv", "--json", "--dry-run", "--only", "failed", "--kind", "trip", "--log", "json"],
    { command: "push", file: "b.csv", json: true, dryRun: true, only: "failed", kind: "trip", log: "json" },
  ],
  [["template", "t.xlsx", "--lang=zh-CN"], { command: "template", lang: "zh-CN" }],
  [["push", "c.xlsx", "--config", "/etc/fa.json"], { config: "/etc/fa.json" }],
])("%j", (argv, expected) => {
  const parsed = parseCli(argv, en);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(parsed.args).toMatchObject(expected);
});

test("the language follows LANG unless --lang says otherwise", () => {
  expect(localeFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
  expect(localeFromEnv({ LANG: "C.UTF-8" })).toBe("en-US");
  expect(localeFromEnv({ LC_ALL: "zh_TW", LANG: "en_US" })).toBe("zh-CN");
  const p = parseCli(["check", "a.csv", "--lang", "en-US"], { LANG: "zh_CN.UTF-8" });
  expect(p.ok && p.args.lang).toBe("en-US");
});

test.each([
  [["frobnicate", "a.xlsx"], /frobnicate/],
  [["push"], /push needs a file name/],
  [["check", "a.xlsx", "b.xlsx"], /b\.xlsx/],
  [["push", "a.xlsx", "--only", "everything"], /--only takes failed \| pending, not "everything"/],
  [["push", "a.xlsx", "--lang", "fr-FR"], /--lang takes zh-CN \| en-US/],
  [["push", "a.xlsx", "--kind", "holiday"], /--kind takes leave \| out \| overtime \| trip/],
  [["push", "a.xlsx", "--verbose"], /verbose/],
])("%j is refused with what to do", (argv, message) => {
  const parsed = parseCli(argv, en);
  expect(parsed).toMatchObject({ ok: false, help: false });
  if (!parsed.ok && !parsed.help) {
    expect(parsed.message).toMatch(message);
    expect(parsed.message).toMatch(/--help/);
  }
});

test.each([["--key", "pk_1"], ["--proxy-key=pk_1"], ["--client-secret", "s"]])(
  "a secret as an argument (%s) is refused, saying where it goes instead",
  (...opt) => {
    const parsed = parseCli(["push", "a.xlsx", ...opt], en);
    expect(parsed).toMatchObject({ ok: false, help: false });
    if (!parsed.ok && !parsed.help) expect(parsed.message).toMatch(/FEISHU_PROXY_KEY/);
  },
);

test("no arguments or --help asks for the usage, in Chinese too", () => {
  expect(parseCli([], en)).toEqual({ ok: false, help: true, lang: "en-US" });
  expect(parseCli(["--help"], { LANG: "zh_CN.UTF-8" })).toEqual({ ok: false, help: true, lang: "zh-CN" });
});
