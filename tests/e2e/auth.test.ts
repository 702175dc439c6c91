// Sign-in as people meet it: the one-click demo, an agency owner across two merchants, and a
// viewer who has no import or settings controls and whose forged posts are refused.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { createUser, createWorkspace, grant, moveMerchantToWorkspace } from "../../app/services/auth/people.server";
import { importFile } from "../../app/services/import/import.server";
import { createMerchant, findMerchant } from "../../app/services/merchants.server";
import { browserAvailable, launchBrowser, openDemo, signIn, startApp, type RunningApp } from "./harness";

async function agency(dbPath: string): Promise<void> {
  const db = openDb(dbPath);
  const dir = mkdtempSync(join(tmpdir(), "factloop-agency-"));
  const ws = createWorkspace(db, { slug: "agency", name: "Agency" });
  if (!ws.ok) throw new Error(ws.error);
  for (const [slug, name, gmv] of [
    ["shop-one", "Shop One 一号店", "100.00"],
    ["shop-two", "Shop Two 二号店", "300.00"],
  ]) {
    const m = createMerchant(db, { slug, name, category: "beauty" });
    if (!m.ok) throw new Error(m.error);
    moveMerchantToWorkspace(db, m.merchant.id, ws.workspace.id);
    const file = join(dir, `${slug}.csv`);
    writeFileSync(file, `order_id,paid_at,gmv,channel,buyer_id\n${slug}-1,2026-10-20 10:00:00,${gmv},mall,b1\n`);
    await importFile(db, findMerchant(db, slug)!, { kind: "orders", path: file });
  }
  for (const [email, role] of [
    ["boss@agency.test", "owner"],
    ["viewer@agency.test", "viewer"],
  ] as const) {
    const u = await createUser(db, { email, password: "agency-password" });
    if (!u.ok) throw new Error(u.error);
    grant(db, u.user.id, { workspace: ws.workspace }, role);
  }
  db.$client.close();
}

describe.runIf(browserAvailable())("sign-in in the browser", () => {
  let demo: RunningApp;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [demo, app] = await Promise.all([startApp({ seed: "demo" }), startApp({ seed: agency })]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    await app?.stop();
  });

  it("opens the demo in one click from the start page, and sends a signed-out visitor to sign in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.baseUrl}/m/demo/fact`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await page.getByLabel(/Email|邮箱|メール/).count()).toBe(1);
    await openDemo(page, demo.baseUrl);
    expect(new URL(page.url()).pathname).toBe("/m/demo");
    await page.waitForSelector("h1");
    await context.close();
  });

  it("shows an agency owner both merchants on the portfolio, and switches between them", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "boss@agency.test", "agency-password");
    expect(new URL(page.url()).pathname).toBe("/");
    await page.waitForSelector("tr[data-merchant]");
    const rows = page.locator("tr[data-merchant]");
    expect(await rows.count()).toBe(2);
    expect(await page.locator("tr[data-merchant='shop-one']").innerText()).toContain("Shop One");
    await page.locator("tr[data-merchant='shop-two'] a").first().click();
    await page.waitForURL(/\/m\/shop-two/);
    await page.locator(".merchant-switch select").selectOption("shop-one");
    await page.waitForURL(/\/m\/shop-one/);
    // an owner has the owner's controls
    await page.waitForSelector('nav a[href="/m/shop-one/members"]', { state: "attached", timeout: 10_000 });
    await context.close();
  });

  it("gives a viewer no import or settings controls, and refuses their forged posts with 403", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "viewer@agency.test", "agency-password", "/m/shop-one");
    await page.waitForURL(/\/m\/shop-one/);
    expect(await page.locator('a[href^="/m/shop-one/import"]').count()).toBe(0);
    expect(await page.locator('a[href^="/m/shop-one/settings"]').count()).toBe(0);
    expect(await page.locator('a[href^="/m/shop-one/members"]').count()).toBe(0);
    const statuses = await page.evaluate(async () => {
      const csrf = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? "";
      const send = (path: string, body: Record<string, string>) =>
        fetch(path, { method: "POST", body: new URLSearchParams({ _csrf: csrf, ...body }) }).then((r) => r.status);
      return [
        await send("/m/shop-one/settings", { intent: "apply" }),
        await send("/m/shop-one/import", { intent: "undo", batch: "1", confirm: "yes" }),
        await send("/m/shop-one/members", { intent: "invite", role: "owner", scope: "workspace" }),
      ];
    });
    expect(statuses).toEqual([403, 403, 403]);
    const forbidden = await page.goto(`${app.baseUrl}/m/shop-one/members`);
    expect(forbidden?.status()).toBe(403);
    expect(await page.locator("body").innerText()).toMatch(/owner/);
    await context.close();
  });
});
