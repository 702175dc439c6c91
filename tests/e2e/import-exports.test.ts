// The import page with the platforms' own exports: an 抖店 order export, a Compass live list and a
// review export dropped together are each recognised, imported in order and shown in the history.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPASS_LIVE, DOUYIN_CHOSEN, DOUYIN_ORDERS, DOUYIN_REVIEWS } from "../integration/import/exports/data";
import { COMPASS_LIVE_HEADERS, DOUYIN_ORDER_HEADERS, DOUYIN_REVIEW_HEADERS, writeExport } from "../integration/import/exports/write";
import { browserAvailable, launchBrowser, signIn, startApp, type RunningApp, emptyMerchant } from "./harness";

describe.runIf(browserAvailable())("platform exports on the import page", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ seed: emptyMerchant("shop") });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("recognises an order export, a live list and a reviews file dropped together", async () => {
    const files = [
      writeExport("抖店订单.csv", DOUYIN_ORDER_HEADERS, DOUYIN_ORDERS, { bom: true }),
      writeExport("直播间列表.csv", COMPASS_LIVE_HEADERS, COMPASS_LIVE),
      writeExport("评价.csv", DOUYIN_REVIEW_HEADERS, DOUYIN_REVIEWS, { bom: true }),
    ];
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, app.owner.email, app.owner.password, "/m/shop/import");
    await page.goto(`${app.baseUrl}/m/shop/import`);
    await page.setInputFiles("#import-files", files);
    await page.click("button:has-text('Preview')");
    await page.waitForSelector("[data-preview-file='评价.csv']");

    const summary = (file: string) => page.locator(`[data-preview-file='${file}'] [data-export] strong`).innerText();
    expect(await summary("抖店订单.csv")).toBe(`抖店 order export (${DOUYIN_ORDER_HEADERS.length} columns, ${DOUYIN_CHOSEN.length} used)`);
    expect(await summary("直播间列表.csv")).toBe(`Compass live-session list (${COMPASS_LIVE_HEADERS.length} columns, 9 used)`);
    expect(await summary("评价.csv")).toBe(`抖店 review export (${DOUYIN_REVIEW_HEADERS.length} columns, 5 used)`);
    // each is read as its kind, and the columns factloop does not use are listed as ignored
    expect(await page.locator("select[aria-label='Kind of 直播间列表.csv']").inputValue()).toBe("views");
    expect(await page.locator("[data-preview-file='抖店订单.csv'] [data-column-use='收件人']").innerText()).toBe("(ignored)");
    expect(await page.locator("[data-preview-file='抖店订单.csv'] [data-column-use='流量体裁']").innerText()).toBe("channel");
    const firstOrder = page.locator("table[aria-label='First rows of 抖店订单.csv'] tbody tr").first();
    expect(await firstOrder.locator("td[data-field='order_id']").innerText()).toBe("4987001");
    expect(await firstOrder.locator("td[data-field='gmv']").innerText()).toBe("299.00");

    await page.locator("button[name='mode'][value='import']").click();
    await page.waitForFunction(() => document.querySelectorAll("tr[data-batch]").length >= 3, undefined, { timeout: 30_000 });
    await page.waitForFunction(
      () => [...document.querySelectorAll("tr[data-batch]")].filter((r) => r.textContent?.includes("done")).length === 3,
      undefined,
      { timeout: 30_000 },
    );
  });
});
