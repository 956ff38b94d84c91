import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it). */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * A headless Chromium from Debian with a throwaway profile and nothing that phones home.
 *
 * @example
 * const browser = await openChromium();
 * try { ... } finally { await browser.close(); }
 */
export async function openChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const profile = await mkdtemp(join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * What a reader of `report.html` would see go wrong, as problems (empty when the page is sound): a request
 * to anything but the file itself, a console error or a script error, an identity or verdict not in the
 * first screen, and a status or tag filter that does not show exactly the matching rows.
 *
 * @example
 * expect(await checkReportPage(context, "results/report.html")).toEqual([]);
 */
export async function checkReportPage(context: BrowserContext, path: string): Promise<string[]> {
  const problems: string[] = [];
  const url = pathToFileURL(path).href;
  const page = await context.newPage();
  page.on("request", (request) => {
    if (request.url() !== url) problems.push(`request to ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    const verdict = await page.locator("#verdict").boundingBox();
    const identity = await page.locator("#identity").boundingBox();
    if (verdict === null || verdict.y + verdict.height > 800)
      problems.push("the verdict is not in the first screen");
    if (identity === null || identity.y > 800)
      problems.push("the identity does not start in the first screen");
    const rows = page.locator("#cases tbody tr");
    const all = await rows.count();
    const expectShown = async (label: string, expected: number): Promise<void> => {
      const shown = await page.locator("#cases tbody tr:visible").count();
      if (shown !== expected) problems.push(`${label}: ${shown} rows shown, expected ${expected}`);
    };
    const failed = await page.locator('#cases tbody tr[data-status="failed"]').count();
    await page.selectOption("#filter-status", "failed");
    await expectShown("status filter failed", failed);
    const tag = await page.locator("#filter-tag option").nth(1).getAttribute("value");
    await page.selectOption("#filter-status", "");
    await page.selectOption("#filter-tag", tag ?? "");
    const tagged = await page.locator(`#cases tbody tr[data-tags~="${tag}"]`).count();
    await expectShown(`tag filter ${tag}`, tagged);
    await page.selectOption("#filter-tag", "");
    await expectShown("no filter", all);
    return problems;
  } finally {
    await page.close();
  }
}
