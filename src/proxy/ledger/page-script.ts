/**
 * The ledger page's script (runs in the browser; page.ts compiles it once and serves it at
 * /ledger/page.js). Signs in with a ledger key (kept for this tab only), asks
 * GET /ledger/records with the filter, draws the records, and exports the CSV. Every word comes
 * from the page's data (the catalogue, rendered by page.ts in the reader's language).
 */
import type { LedgerPageData } from "./page";
import type { LedgerRecord } from "./query";

const page = (window as unknown as { LEDGER_PAGE: LedgerPageData }).LEDGER_PAGE;
const KEY_STORE = "ledger-key";
const LIMIT = 500;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>("status");

const fill = (s: string, mark: string, value: string) => s.split(mark).join(value);
const number = (n: number) => n.toLocaleString(page.locale);

function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? "error" : "";
}

function countText(n: number): string {
  if (n === 0) return page.text.count0;
  if (n === 1) return page.text.count1;
  return page.countSentinel ? fill(page.text.countMany, page.countSentinel, number(n)) : String(n);
}

function filterQuery(): URLSearchParams {
  const q = new URLSearchParams();
  for (const el of Array.from($<HTMLFormElement>("filters").elements)) {
    const input = el as HTMLInputElement;
    if (input.name && input.value.trim()) q.set(input.name, input.value.trim());
  }
  return q;
}

async function ask(path: string): Promise<Response> {
  const key = sessionStorage.getItem(KEY_STORE) ?? "";
  return fetch(path, { headers: { authorization: `Bearer ${key}`, accept: "application/json" } });
}

async function refused(res: Response): Promise<boolean> {
  if (res.status !== 401 && res.status !== 403) return false;
  sessionStorage.removeItem(KEY_STORE);
  show(false);
  say(page.text.notAllowed, true);
  return true;
}

function cell(r: LedgerRecord, field: string): [string, string] {
  const v = (r as unknown as Record<string, string | null>)[field];
  if (field === "kind") return [page.kinds[r.kind] ?? r.kind, ""];
  if (field === "outcome") return [page.states[r.outcome] ?? r.outcome, `state-${r.outcome}`];
  if (field === "written_at") return [(r.written_at ?? r.created_at).replace("T", " ").slice(0, 19), ""];
  if (field === "approval_id" || field === "idempotent_id") return [v ?? "", "mono"];
  return [v ?? "", ""];
}

function draw(records: LedgerRecord[], total: number): void {
  const results = $<HTMLDivElement>("results");
  results.textContent = "";
  say(
    total > records.length
      ? fill(fill(page.text.more, page.marks.shown, number(records.length)), page.marks.count, number(total))
      : countText(total),
  );
  if (!records.length) return;
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const [, label] of page.columns) {
    const th = document.createElement("th");
    th.textContent = label;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const r of records) {
    const tr = body.insertRow();
    for (const [field, label] of page.columns) {
      const td = tr.insertCell();
      const [text, cls] = cell(r, field);
      td.textContent = text;
      td.dataset.label = label;
      if (cls) td.className = cls;
    }
  }
  results.appendChild(table);
}

async function search(): Promise<void> {
  say(page.text.loading);
  const q = filterQuery();
  q.set("limit", String(LIMIT));
  try {
    const res = await ask(`/ledger/records?${q}`);
    if (await refused(res)) return;
    const body = (await res.json()) as {
      code: number;
      msg?: string;
      data?: { records: LedgerRecord[]; total: number; reader: string };
    };
    if (body.code !== 0 || !body.data) throw new Error(body.msg ?? `HTTP ${res.status}`);
    $("who-text").textContent = fill(page.text.signedInAs, page.marks.who, body.data.reader);
    draw(body.data.records, body.data.total);
  } catch (e) {
    say(fill(page.text.failed, page.marks.why, e instanceof Error ? e.message : String(e)), true);
  }
}

async function exportCsv(): Promise<void> {
  const q = filterQuery();
  q.set("lang", page.locale);
  if ($<HTMLInputElement>("with-reasons").checked) q.set("include_reason", "1");
  const res = await ask(`/ledger/records.csv?${q}`);
  if (await refused(res)) return;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = "ledger.csv";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function show(signedIn: boolean): void {
  $("sign-in").hidden = signedIn;
  $("who").hidden = !signedIn;
  $("filters").hidden = !signedIn;
  if (!signedIn) $<HTMLDivElement>("results").textContent = "";
}

$<HTMLFormElement>("sign-in").addEventListener("submit", (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(KEY_STORE, $<HTMLInputElement>("key").value.trim());
  $<HTMLInputElement>("key").value = "";
  start();
});
$("sign-out").addEventListener("click", () => {
  sessionStorage.removeItem(KEY_STORE);
  show(false);
  say("");
});
$<HTMLFormElement>("filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  void search();
});
$("export").addEventListener("click", () => void exportCsv());

function start(): void {
  const signedIn = !!sessionStorage.getItem(KEY_STORE);
  show(signedIn);
  if (signedIn) void search();
}
start();
