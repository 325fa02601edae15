/**
 * Words of the other language in a text the clerk reads: Latin words in zh-CN, Han characters in
 * en-US. Names and codes are not words to translate: product and field names (below), IDs and
 * setting names (digits, `_`, `@`, `.`, `:`), URLs and paths. The catalogue test, the outcome
 * tests and the browser's look at the pane (test/e2e/support/pane-measure.ts, bench:ui) share it.
 */
const NAMES = new Set([
  "Excel",
  "Office",
  "Microsoft",
  "Entra",
  "Lark",
  "IT",
  "API",
  "ID",
  "IP",
  "CSV",
  "JSON",
  "Open",
  "App",
  "Secret",
  "Ctrl",
  "TRUE",
  "FALSE",
  "POST",
  "apiScope",
]);

export function foreignWords(text: string, lang: "zh-CN" | "en-US"): string[] {
  if (lang === "en-US") return text.match(/[\u3400-\u9fff]+/g) ?? [];
  return (
    text
      .replace(/https?:\/\/\S+|\S+\/\S+/g, "")
      // A setting with its value, as IT types it (PROXY_LEDGER=off), is code.
      .replace(/\b[A-Z][A-Z0-9_]*=[^\s）)，。；]*/g, "")
      .split(/[^A-Za-z0-9_@.:-]+/)
      .filter((w) => /[A-Za-z]{2,}/.test(w) && !NAMES.has(w) && !/[_0-9@.:]/.test(w))
  );
}
