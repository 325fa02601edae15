/**
 * How a run shows its progress, on stderr (stdout holds the report): one bar redrawn with \r on
 * a terminal, a plain line every few seconds otherwise (a log file, a scheduler), or one JSON
 * object per line with --log json. Hand-written: one line of text is not worth a library.
 */
import { formatMessage } from "../core/catalog";
import type { SubmitProgress } from "../core/engine";
import type { Locale } from "../core/i18n";

export interface ProgressSink {
  update(p: SubmitProgress): void;
  /** A line of its own (a notice), kept apart from the bar. */
  note(event: string, text: string): void;
  done(): void;
}

export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const WIDTH = 24;
const PLAIN_EVERY_MS = 5000;

export function progressSink(
  mode: "text" | "json",
  out: Stream,
  locale: Locale,
  now: () => number = Date.now,
): ProgressSink {
  const text = (p: SubmitProgress) =>
    formatMessage(locale, "cli.progress", {
      done: p.total - p.remaining,
      total: p.total,
      ok: p.ok,
      failed: p.failed,
    });
  if (mode === "json") {
    let last = Number.NEGATIVE_INFINITY;
    return {
      update(p) {
        const t = now();
        if (t - last < 1000 && p.remaining > 0) return;
        last = t;
        out.write(`${JSON.stringify({ event: "progress", at: new Date(t).toISOString(), ...p })}\n`);
      },
      note: (event, message) =>
        out.write(`${JSON.stringify({ event, at: new Date(now()).toISOString(), message })}\n`),
      done: () => undefined,
    };
  }
  if (out.isTTY) {
    let drawn = false;
    return {
      update(p) {
        const share = p.total ? (p.total - p.remaining) / p.total : 1;
        const full = Math.round(share * WIDTH);
        const eta = p.etaMs === null ? "" : ` ~${Math.ceil(p.etaMs / 1000)}s`;
        out.write(`\r[${"#".repeat(full)}${"-".repeat(WIDTH - full)}] ${text(p)}${eta}\u001b[K`);
        drawn = true;
      },
      note(_event, message) {
        out.write(`${drawn ? "\r\u001b[K" : ""}${message}\n`);
        drawn = false;
      },
      done() {
        if (drawn) out.write("\n");
        drawn = false;
      },
    };
  }
  let last = Number.NEGATIVE_INFINITY;
  return {
    update(p) {
      const t = now();
      if (t - last < PLAIN_EVERY_MS && p.remaining > 0) return;
      last = t;
      out.write(`${text(p)}\n`);
    },
    note: (_event, message) => out.write(`${message}\n`),
    done: () => undefined,
  };
}
