// report.html in a real browser (Debian's headless Chromium): a report with failures renders with its
// identity and verdict first, filters by status and tag, and loads nothing; a broken page is caught.
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTML_FILTER_SCRIPT } from "../src/reporters/html-filter-script.js";
import { put200 } from "./support/breakages.js";
import { checkReportPage, openChromium } from "./support/check-report-page.js";
import { runAgainst } from "./support/run-against.js";

const dir = await mkdtemp(join(tmpdir(), "html-report-"));
let browser: Awaited<ReturnType<typeof openChromium>>;
let html: string;
beforeAll(async () => {
  await runAgainst(put200, ["--exclude-tag", "slow", "--reporter", "html,badge", "--output-dir", dir]);
  html = await readFile(join(dir, "report.html"), "utf8");
  browser = await openChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("report.html", () => {
  it("holds every failure's transcript, diff and reproduction, and no reference to anything outside", async () => {
    expect(html).toContain("put-status-204");
    expect(html).toMatch(/<pre class="diff">- status: expected 204, got 200/);
    expect(html).toMatch(/<pre class="reproduce">aws s3api put-bucket-inventory-configuration/);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    const { size } = await stat(join(dir, "report.html"));
    expect(size).toBeLessThan(2_000_000);
  });

  it("renders in Chromium: verdict and identity first, filters work, no request, no error", async () => {
    expect(await checkReportPage(browser.context, join(dir, "report.html"))).toEqual([]);
  }, 60_000);

  it("a broken page fails the check: a dead filter script, and a page that fetches", async () => {
    const deadScript = join(dir, "dead-script.html");
    await writeFile(deadScript, html.replace(HTML_FILTER_SCRIPT, "throw new Error('broken');"));
    const dead = await checkReportPage(browser.context, deadScript);
    expect(dead).toContain("script error: broken");
    expect(dead.some((p) => p.startsWith("status filter failed"))).toBe(true);
    const fetching = join(dir, "fetching.html");
    await writeFile(
      fetching,
      html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
        .replace("</body>", '<img src="http://127.0.0.1:9/pixel.png"></body>'),
    );
    expect((await checkReportPage(browser.context, fetching)).join("\n")).toContain(
      "request to http://127.0.0.1:9/pixel.png",
    );
  }, 60_000);

  it("badge.svg says not conformant with the passed count", async () => {
    expect(await readFile(join(dir, "badge.svg"), "utf8")).toMatch(
      /<title>S3 inventory: not conformant \d+\/\d+<\/title>/,
    );
  });
});
