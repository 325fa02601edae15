/**
 * What a clerk would see go wrong in the pane, measured in the page: horizontal overflow at a
 * given pane width, and visible text in the other language. Used by the browser tests and by
 * bench:ui.
 */
import type { Page } from "playwright-core";
import type { Lang } from "./playground";
import { foreignWords } from "../../support/foreign-words";

/** Sets the playground's task pane column to `width` CSS pixels (Excel's pane is 320–450 wide). */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    const aside = document.querySelector<HTMLElement>('aside[aria-label="Task pane"]');
    if (!aside) throw new Error("no task pane column");
    aside.style.width = `${w}px`;
  }, width);
}

/**
 * The widest horizontal overflow inside the pane, in px: anything drawn past the pane's right
 * edge, and any element whose content is wider than its box (scrolled or clipped).
 */
export async function paneOverflow(page: Page): Promise<{ px: number; worst: string }> {
  return page.evaluate(() => {
    const aside = document.querySelector<HTMLElement>('aside[aria-label="Task pane"]');
    if (!aside) throw new Error("no task pane column");
    const edge = aside.getBoundingClientRect().left + aside.clientLeft + aside.clientWidth;
    let px = Math.max(0, aside.scrollWidth - aside.clientWidth);
    let worst = px > 0 ? "pane" : "";
    for (const el of aside.querySelectorAll<HTMLElement>("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      const past = r.right - edge;
      // Visually hidden helpers (1px, clipped) are for screen readers only.
      // Table cells: text wider than its cell runs into the next column even when nothing is clipped.
      const cell = el.tagName === "TD" || el.tagName === "TH" || el.getAttribute("role") === "cell";
      const inner =
        (style.overflowX !== "visible" || cell) && r.width > 2 ? el.scrollWidth - el.clientWidth : 0;
      const over = Math.max(past, inner);
      if (over > px + 0.5) {
        px = over;
        worst = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""}: ${(el.textContent ?? "").slice(0, 40)}`;
      }
    }
    return { px: Math.round(px), worst };
  });
}

/**
 * Visible text in the pane that is in the wrong language: Latin words in the zh-CN pane, Han
 * characters in the en-US pane (the rule, and the names and codes it leaves alone, are
 * test/support/foreign-words.ts). Text inside an element marked with another `lang` (the
 * language switch), `translate="no"`, `pre` or `code` is not read.
 */
export async function untranslated(page: Page, lang: Lang): Promise<string[]> {
  const texts = await page.evaluate((l) => {
    const main = document.querySelector("main[data-ready]");
    if (!main) throw new Error("no pane");
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest("[translate=no], pre, code")) continue;
      const own = parent.closest("[lang]")?.getAttribute("lang");
      if (own && own !== l) continue;
      const r = parent.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(parent).visibility === "hidden") continue;
      const s = (n.textContent ?? "").trim();
      if (s) out.push(s);
    }
    return out;
  }, lang);
  return texts.filter((s) => foreignWords(s, lang).length > 0);
}
