/**
 * bench:pane's measurements, taken inside the page so the browser's own clock times them:
 * "Check everything" from click to ready, a cell edit from Enter to its highlight and message,
 * and the longest main-thread task in a time window (window.benchLongTasks, filled by a
 * PerformanceObserver the bench installs before the page loads).
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST } from "../e2e/support/stack";
import { PANE_EN } from "../../src/core/catalog/pane.en-US";

export function ensurePlaygroundBuild(): void {
  if (existsSync(join(DIST, "playground.html"))) return;
  console.log("build/playground/ missing: building…");
  execSync("npx webpack --mode production --env playground", { stdio: "inherit" });
}

/** Waits until the pane has checked the sheet once and neither a check nor a live re-check runs. */
export async function waitIdle(page: Page, checkAll: string, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    ([name, working]) => {
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
      const live = document.querySelector('[data-testid="live-status"]');
      return (
        !!button &&
        !button.disabled &&
        !!document.querySelector('[data-testid="check-counts"]') &&
        live?.textContent !== working
      );
    },
    [checkAll, PANE_EN.liveWorking] as const,
    { timeout: timeoutMs, polling: 50 },
  );
}

export async function longTaskMax(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { benchLongTasks: { start: number; ms: number }[] }).benchLongTasks;
      return Math.max(0, ...tasks.filter((t) => t.start + t.ms >= a && t.start <= b).map((t) => t.ms));
    },
    [from, to] as const,
  );
}

/** Clicks "Check everything" and times it until the button is ready again. */
export async function measureCheck(
  page: Page,
  checkAll: string,
): Promise<{ ms: number; longTaskMs: number }> {
  const { from, to } = await page.evaluate(async (name) => {
    const find = () => [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
    const button = find();
    if (!button) throw new Error(`no button "${name}"`);
    const start = performance.now();
    button.click();
    let seenBusy = false;
    for (;;) {
      await new Promise((r) => setTimeout(r, 2));
      const b = find();
      if (!b || b.disabled) seenBusy = true;
      else if (seenBusy) break;
      if (performance.now() - start > 120_000) throw new Error("Check everything never finished");
    }
    return { from: start, to: performance.now() };
  }, checkAll);
  return { ms: to - from, longTaskMs: await longTaskMax(page, from, to) };
}

/**
 * Types `value` into the cell labelled `cell` and presses Enter; resolves with the milliseconds
 * until that cell is highlighted and the Message cell `messageCell` shows a new, non-empty text.
 */
export async function measureEdit(
  page: Page,
  cell: string,
  value: string,
  messageCell: string,
): Promise<number> {
  return page.evaluate(
    async ([label, text, messageLabel]) => {
      const input = () => document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
      const message = () => document.querySelector<HTMLInputElement>(`input[aria-label="${messageLabel}"]`);
      const target = input();
      if (!target) throw new Error(`no cell ${label}`);
      const before = message()?.value ?? "";
      target.focus();
      await new Promise((r) => setTimeout(r, 50));
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      setValue?.call(input(), text);
      const start = performance.now();
      input()?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      for (;;) {
        await new Promise((r) => setTimeout(r, 1));
        const shown = message()?.value ?? "";
        const fill = (input()?.parentElement as HTMLElement | null)?.style.backgroundColor ?? "";
        if (shown && shown !== before && fill) return performance.now() - start;
        if (performance.now() - start > 30_000) throw new Error(`no highlight on ${label}`);
      }
    },
    [cell, value, messageCell] as const,
  );
}
