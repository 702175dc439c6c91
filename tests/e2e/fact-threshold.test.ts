// Raising the Top-KOL threshold in Settings moves a creator's order from T to A, and the order's
// page says why, in the browser against the built app.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { refreshAll } from "../../app/services/derive.server";
import { formatMoney } from "../../app/domain/money";
import { makeMerchant } from "../helpers/db";
import { FIXTURE, insertRows } from "../integration/fact/fixture";
import { browserAvailable, launchBrowser, startApp, type RunningApp, apiSession, ownerPage } from "./harness";

async function seed(dbPath: string): Promise<void> {
  const db = openDb(dbPath);
  const m = makeMerchant(db, "shop");
  insertRows(db, m.id, FIXTURE);
  refreshAll(db, m);
  db.$client.close();
}

describe.runIf(browserAvailable())("Top-KOL threshold in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp({ seed });
    browser = await launchBrowser();
    page = await ownerPage(browser, app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const text = async (sel: string) => (await page.locator(sel).first().innerText()).trim();
  const range = "from=2026-03-02&to=2026-03-10";

  it("moves kol-big's order from T to A and explains why", async () => {
    // Before: kol-big (2,000,000 followers) is a Top-KOL; its order o4 is in T.
    await page.goto(`${app.baseUrl}/m/shop/orders/o4`);
    expect(await page.locator("[data-order-pillar]").getAttribute("data-order-pillar")).toBe("T");
    expect(await text("[data-explanation]")).toContain("at or above the Top-KOL threshold of 1,000,000");
    expect(await page.locator('[data-rule="top_kol"]').getAttribute("data-decided")).toBe("true");

    await page.goto(`${app.baseUrl}/m/shop/fact?${range}`);
    expect(await text('[data-pillar-gmv="T"]')).toBe(formatMoney(30_000, "CNY"));
    expect(await text('[data-pillar-gmv="A"]')).toBe(formatMoney(10_000, "CNY"));

    // Settings: raise the threshold to 3,000,000 and preview; nothing is saved yet.
    await page.goto(`${app.baseUrl}/m/shop/settings`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Top-KOL threshold").fill("3,000,000");
    await page.getByRole("button", { name: "Preview the change" }).click();
    await page.waitForSelector("[data-preview-card]");
    expect(await text('[data-after="T"]')).toBe(formatMoney(0, "CNY"));
    expect(await text('[data-after="A"]')).toBe(formatMoney(40_000, "CNY"));
    expect(await text(".moves")).toContain("kol-big");

    const { cookie } = await apiSession(app.baseUrl, app.owner.email, app.owner.password);
    const stillT = await fetch(`${app.baseUrl}/m/shop/orders/o4`, { headers: { cookie } }).then((r) => r.text());
    expect(stillT).toContain('data-order-pillar="T"');

    // Apply: every order is re-attributed and the figures rebuilt.
    await page.getByRole("button", { name: "Apply these settings" }).click();
    await page.waitForSelector("[data-applied]");
    expect(await text("[data-applied]")).toContain(`${formatMoney(30_000, "CNY")} of GMV (1 order) changed pillar`);

    // After: the order is in A, and its page says it is below the new threshold.
    await page.goto(`${app.baseUrl}/m/shop/orders/o4`);
    expect(await page.locator("[data-order-pillar]").getAttribute("data-order-pillar")).toBe("A");
    expect(await text("[data-explanation]")).toContain("2,000,000 followers, below the Top-KOL threshold of 3,000,000: Alliance.");
    expect(await page.locator('[data-rule="top_kol"]').getAttribute("data-matched")).toBe("false");
    expect(await page.locator('[data-rule="creator"]').getAttribute("data-decided")).toBe("true");

    // The pillar figures moved with it, and the T drill-down is empty.
    await page.goto(`${app.baseUrl}/m/shop/fact?${range}`);
    expect(await text('[data-pillar-gmv="T"]')).toBe(formatMoney(0, "CNY"));
    expect(await text('[data-pillar-gmv="A"]')).toBe(formatMoney(40_000, "CNY"));
    await page.click('[data-pillar-gmv="A"]');
    await page.waitForURL(/\/orders\?/);
    expect(await text("[data-orders-total]")).toContain("3 orders");
    expect(await page.locator('[data-order="o4"]').count()).toBe(1);
  });
});
