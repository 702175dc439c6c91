// A weekly phase report split by pillar, built in the browser: the CSV it downloads holds the
// same totals the page shows, and the report can be saved and reopened by URL.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCell } from "../../app/components/phases/format";
import { formattersFor } from "../../app/components/use-format";
import { PHASE_COLUMNS } from "../../app/domain/report/phase-report";
import { browserAvailable, launchBrowser, startApp, type RunningApp, ownerPage } from "./harness";

const root = resolve(import.meta.dirname, "..", "..");

/** CSV text (BOM, CRLF, no quoted commas in this report) to rows keyed by header. */
function parseCsv(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [head, ...lines] = text.slice(1).trimEnd().split("\r\n");
  const keys = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [keys[i], v])));
}

/** A CSV cell as the page formats it: money back to hundredths, a blank ratio to null. */
function asPage(key: string, csv: string): string {
  const column = PHASE_COLUMNS.find((c) => c.key === key)!;
  const value = csv === "" ? null : column.type === "money" ? Math.round(Number(csv) * 100) : Number(csv);
  return formatCell(column, value, "CNY", formattersFor("en"));
}

describe.runIf(browserAvailable())("phase report in the browser", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ seed: "demo" });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("builds a weekly report split by pillar whose CSV has the page's totals", async () => {
    const page = await ownerPage(browser, app, { acceptDownloads: true });
    await page.goto(`${app.baseUrl}/m/demo/reports`);

    // four whole ISO weeks of the demo: Monday 2026-09-28 to Sunday 2026-10-25
    await page.getByLabel("From", { exact: true }).fill("2026-09-28");
    await page.getByLabel("To", { exact: true }).fill("2026-10-25");
    await page.getByLabel("Group by").selectOption("week");
    await page.getByLabel("Split by").selectOption("pillar");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.waitForURL(/split=pillar/);
    await page.waitForSelector('[data-col="pillar"]');
    expect(page.url()).toContain("by=week");

    // the page's rows: every cell by its column key
    const pageRows = await page.$$eval("table[aria-label='Phase report'] tbody tr", (trs) =>
      trs.map((tr) => Object.fromEntries([...tr.querySelectorAll("[data-col]")].map((el) => [el.getAttribute("data-col"), (el.textContent ?? "").trim()]))),
    );
    const pageTotals = pageRows.filter((r) => r.pillar === "ALL");
    // the page shows each week with its dates (2026-W40 · 9/28–10/4); the CSV keeps the ISO label
    const week = (p: unknown) => String(p).split(" · ")[0];
    expect(pageTotals.map((r) => week(r.period))).toEqual(["2026-W40", "2026-W41", "2026-W42", "2026-W43"]);
    expect(pageRows).toHaveLength(4 * 6); // five pillars and ALL per week

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-export="csv-canonical"]').click()]);
    expect(download.suggestedFilename()).toBe("demo-phases-2026-09-28_2026-10-25-week-by-pillar.csv");
    // the canonical CSV: the contract's snake_case keys, whatever the page's language
    const csv = parseCsv(readFileSync((await download.path())!, "utf8"));
    const csvTotals = csv.filter((r) => r.pillar === "ALL");
    expect(csvTotals.map((r) => week(r.period))).toEqual(pageTotals.map((r) => week(r.period)));

    for (const [i, total] of csvTotals.entries()) {
      for (const c of PHASE_COLUMNS) {
        expect(pageTotals[i][c.key], `${total.period} ${c.key}`).toBe(asPage(c.key, total[c.key]));
      }
    }
    // and real numbers, not an empty report
    const exploration = csvTotals.reduce((s, r) => s + Number(r.exploration), 0);
    expect(exploration).toBeGreaterThan(1_000_000);
    expect(csvTotals.every((r) => Number(r.purchase) > 0)).toBe(true);
    // the pillar rows add up to the ALL row the page shows
    for (const t of pageTotals) {
      const pillars = csv.filter((r) => week(r.period) === week(t.period) && r.pillar !== "ALL");
      expect(asPage("purchase", String(pillars.reduce((s, r) => s + Number(r.purchase), 0)))).toBe(t.purchase);
    }
    await page.screenshot({ path: resolve(root, "test-results", "phase-report.png"), fullPage: true });
    await page.close();
  });

  it("saves the report and reopens it by URL", async () => {
    const page = await ownerPage(browser, app);
    await page.goto(`${app.baseUrl}/m/demo/reports?from=2026-09-28&to=2026-10-25&by=week&split=pillar&measures=exploration,purchase,loop_rate`);
    await page.getByLabel("Report name").fill("Weekly loop by pillar");
    await page.getByRole("button", { name: "Save report" }).click();
    await page.waitForSelector('[data-saved="Weekly loop by pillar"]');
    const href = await page.locator('[data-saved="Weekly loop by pillar"] a').getAttribute("href");
    expect(href).toBe("/m/demo/reports?from=2026-09-28&to=2026-10-25&by=week&split=pillar&measures=exploration%2Cpurchase%2Cloop_rate");

    const again = await ownerPage(browser, app);
    await again.goto(`${app.baseUrl}${href}`);
    const headers = await again.$$eval("table[aria-label='Phase report'] thead th", (ths) => ths.map((th) => (th.textContent ?? "").replace(/[▲▼]/g, "").trim()));
    expect(headers).toEqual(["Period", "Pillar", "Exploration", "Purchase", "Loop rate"]);
    await again.close();
    await page.close();
  });
});
