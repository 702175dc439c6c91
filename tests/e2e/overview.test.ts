// The overview shows the same GMV, orders and pillar shares as `factloop report fact`.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCount, formatMoney, formatPercent } from "../../app/domain/money";
import { browserAvailable, launchBrowser, startApp, type RunningApp, apiSession, ownerPage } from "./harness";

const root = resolve(import.meta.dirname, "..", "..");

describe.runIf(browserAvailable())("overview in the browser", () => {
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

  it("shows the figures the command line prints for the same period", async () => {
    // The package's bin, as an analyst would run it.
    const out = execFileSync(
      process.execPath,
      [resolve(root, "bin/factloop.js"), "report", "fact", "--merchant", "demo", "--by", "total", "--split", "pillar", "--format", "json", "--db", app.dbPath],
      { encoding: "utf8", cwd: root },
    );
    const report = JSON.parse(out) as { from: string; to: string; rows: Record<string, number | string | null>[] };
    const all = report.rows.find((r) => r.pillar === "ALL")!;
    expect(Number(all.gmv)).toBeGreaterThan(1_000_000);

    const page = await ownerPage(browser, app);
    await page.goto(`${app.baseUrl}/m/demo?from=${report.from}&to=${report.to}`);
    await page.waitForSelector("path.recharts-area-area", { state: "attached" });

    const text = async (sel: string) => (await page.locator(sel).first().innerText()).trim();
    expect(await text('[data-kpi="GMV"]')).toBe(formatMoney(Math.round(Number(all.gmv) * 100), "CNY"));
    expect(await text('[data-kpi="Orders"]')).toBe(formatCount(Number(all.orders)));
    for (const p of ["F", "A", "C", "T", "S"]) {
      const row = report.rows.find((r) => r.pillar === p)!;
      expect(await text(`[data-share="${p}"]`), `share of ${p}`).toBe(formatPercent(row.gmv_share as number));
    }
    await page.screenshot({ path: resolve(root, "test-results", "overview.png"), fullPage: true });
    await page.close();
  });

  it("opens a table's drill-down link in the page, without reloading it, and back returns", async () => {
    const page = await ownerPage(browser, app);
    await page.goto(`${app.baseUrl}/m/demo/fact`);
    // the charts draw in the browser only: once they are there, the page is hydrated
    await page.waitForSelector("path.recharts-area-area", { state: "attached" });
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const link = page.locator('[data-table] a[data-app-link][href*="/orders"]').first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/m\/demo\/orders\?/);
    await link.click();
    await page.waitForURL((u) => u.pathname === "/m/demo/orders");
    // the orders' own table (the FACT page's tables are [data-table], and may still be drawn
    // for a moment after the address changes)
    await page.waitForSelector("table.orders-table tbody tr");
    expect(await page.locator("[data-table]").count()).toBe(0);
    expect(new URL(page.url()).search).toBe(href!.slice(href!.indexOf("?")));
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === "/m/demo/fact");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.close();
  });

  it("answers an unknown merchant with a 404 page, not another merchant's data", async () => {
    const { cookie } = await apiSession(app.baseUrl, app.owner.email, app.owner.password);
    const r = await fetch(`${app.baseUrl}/m/not-a-shop`, { headers: { cookie } });
    expect(r.status).toBe(404);
    expect(await r.text()).toContain("does not exist");
  });

  it("shows and filters a table's tiers in the page's language", async () => {
    const page = await ownerPage(browser, app, { locale: "ja", viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.baseUrl}/m/demo/fact/alliance`, { waitUntil: "networkidle" });
    const matrix = page.locator("table").first();
    const tierCells = () => matrix.locator("tbody tr td:nth-child(3)").allInnerTexts();
    const before = await tierCells();
    expect(before.every((x) => ["トップ", "準トップ", "ミドル", "マイクロ"].includes(x))).toBe(true);
    expect(before).toContain("トップ");
    // the reader filters by the word they see, not the stored one
    await page.locator('input[type="search"]').first().fill("ミドル");
    await expect.poll(tierCells).toEqual(expect.arrayContaining(["ミドル"]));
    expect(new Set(await tierCells())).toEqual(new Set(["ミドル"]));
    await page.context().close();
  });
});
