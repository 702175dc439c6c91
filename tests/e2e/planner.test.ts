// The KOL planner in the browser: build a plan from the roster, suggest one under a budget,
// save both, compare them, export one as CSV and XLSX.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, ownerPage, startApp, type RunningApp } from "./harness";

describe.runIf(browserAvailable())("KOL planner in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp({ seed: "demo" });
    browser = await launchBrowser();
    page = await ownerPage(browser, app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("builds, suggests, saves, compares and exports", async () => {
    const base = `${app.baseUrl}/m/demo`;
    // the roster: pick two creators and build a plan from them
    await page.goto(`${base}/creators`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("[data-calibration]").innerText()).toContain("P10–P90");
    const boxes = page.locator('table[aria-label="Creator roster"] input[name="line"]');
    expect(await boxes.count()).toBeGreaterThan(10);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await Promise.all([page.waitForURL(/\/plans\/new\?/), page.locator("[data-build-plan]").click()]);
    await page.waitForSelector('table[aria-label="Plan lines"] tbody tr[data-line]');
    expect(await page.locator('table[aria-label="Plan lines"] tbody tr[data-line]').count()).toBe(2);
    await page.locator('form[aria-label="Save plan"] input[name="name"]').fill("From the roster");
    await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.locator('form[aria-label="Save plan"] button[type="submit"]').click()]);
    await page.waitForSelector("[data-plan-name]");
    expect((await page.locator("[data-plan-name]").innerText()).trim()).toBe("From the roster");

    // a suggestion under a budget
    await page.goto(`${base}/plans/suggest`);
    await page.locator('input[name="budget"]').fill("100000");
    await page.locator('input[name="minCreators"]').fill("4");
    await Promise.all([page.waitForURL(/budget=100000/), page.locator("[data-suggest]").click()]);
    await page.waitForSelector("[data-plan-totals]");
    const cost = await page.locator("[data-plan-cost]").innerText();
    expect(Number(cost.replace(/[^\d.]/g, ""))).toBeLessThanOrEqual(100000);
    expect(await page.locator('table[aria-label="Plan lines"] tbody tr').count()).toBeGreaterThanOrEqual(4);
    const marginals = (await page.locator("[data-marginal]").allInnerTexts()).map(Number);
    for (let i = 1; i < marginals.length; i++) expect(marginals[i]).toBeLessThanOrEqual(marginals[i - 1] + 1e-9);
    await page.locator('form[aria-label="Save plan"] input[name="name"]').fill("Suggested ¥100k");
    await Promise.all([page.waitForURL(/\/plans\/\d+$/), page.locator('form[aria-label="Save plan"] button[type="submit"]').click()]);
    const planUrl = page.url();

    // compare the two
    await page.goto(`${base}/plans`);
    await page.locator('input[aria-label="Compare From the roster"]').check();
    await page.locator('input[aria-label="Compare Suggested ¥100k"]').check();
    await Promise.all([page.waitForURL(/\/plans\/compare\?/), page.locator("[data-compare]").click()]);
    await page.waitForSelector("[data-compared]");
    expect(await page.locator("[data-compared]").count()).toBe(2);

    // export the suggestion
    await page.goto(planUrl);
    const csvHref = await page.locator('[data-export="csv-canonical"]').getAttribute("href");
    const xlsxHref = await page.locator('[data-export="xlsx"]').getAttribute("href");
    const csv = await page.request.get(`${app.baseUrl}${csvHref}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^account_id,name,format,posts/);
    // the page's own CSV speaks its language (English here): the columns' names
    const named = await page.request.get(`${app.baseUrl}${await page.locator('[data-export="csv"]').getAttribute("href")}`);
    expect((await named.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Account id,Creator,Format,Posts/);
    const xlsx = await page.request.get(`${app.baseUrl}${xlsxHref}`);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });
});
