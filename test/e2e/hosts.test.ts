/**
 * The browser flow on every Excel host the fake plays: the real pane creates (and repairs) the
 * template, live-checks typed rows and shows the issues, reads a Ctrl+click selection (or says
 * why it cannot), and uses no Excel member its host
 * lacks or that it did not feature-check first. Short on purpose: the full flow is clerk-flow.
 */
import type { ApiUsageReport, HostProfile } from "../../src/fake-excel";
import { HOST_PROFILES, versionAtMost } from "../../src/fake-excel/profiles";
import { launchBrowser, type Browser } from "./support/browser";
import { PlaygroundPage } from "./support/playground";
import { startStack, type Stack } from "./support/stack";

jest.setTimeout(120_000);

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser("en-US");
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test.each(HOST_PROFILES.map((h): [string, HostProfile] => [h.name, h]))("%s", async (_name, host) => {
  const page = await browser.newPage();
  try {
    await page.goto(`${stack.url}/playground.html?lang=en-US&host=${host.id}`);
    await page.waitForSelector("main[data-ready]");
    const p = new PlaygroundPage(page, "en-US");
    const template = page.getByRole("button", { name: p.w.createTemplate });
    await template.click();
    await page.getByTestId("template-report").waitFor();
    await p.cell("A1").waitFor();
    // The second run is the repair pass (it broke Office 2019 when it loaded a 1.8 member unchecked).
    await template.click();
    await p.waitFor(
      async () => /Already fine/.test((await page.getByTestId("template-report").textContent()) ?? ""),
      "second template run reported",
    );
    await p.typeRow(2, [
      "E0001",
      "Annual leave",
      "2026-01-05 09:00",
      "2026-01-05 18:00",
      "Day",
      "1",
      "Family",
    ]);
    await p.typeRow(3, ["#N/A", "Holiday", "2026-01-07 09:00", "2026-01-07 18:00", "Week", "1", "x"]);
    const message = await p.column(p.w.message);
    await p.waitFor(
      async () => (await p.text(`${message}3`)).includes("Excel error #N/A"),
      "row 3 explained",
    );
    // A good row says exactly what will be sent.
    expect([await p.text(`${message}2`)]).toEqual([
      "Will be sent as 2026-01-05 09:00:00 to 2026-01-05 18:00:00.",
    ]);
    expect(await p.fill("A3")).not.toBe("");
    // Two separate areas (Ctrl+click): read from ExcelApi 1.9, a clear warning before.
    await p.cell("A2").click();
    await p.cell("C3").click({ modifiers: ["Control"] });
    await p.tab(p.w.tabSubmit);
    await page.getByRole("radio", { name: p.w.scopeSelected }).click();
    const warning = page.getByText(/Several separate areas are selected/);
    if (versionAtMost("1.9", host.apiVersion)) {
      await page.getByRole("radio", { name: /The selected rows \(1\)/ }).waitFor();
      expect(await warning.count()).toBe(0);
    } else await warning.waitFor();
    const usage = await page.evaluate(() =>
      (window as unknown as { fakeExcel: { apiUsage(): ApiUsageReport } }).fakeExcel.apiUsage(),
    );
    expect({ unguarded: usage.unguarded, refused: usage.refused }).toEqual({ unguarded: [], refused: [] });
  } finally {
    await page.close();
  }
});
