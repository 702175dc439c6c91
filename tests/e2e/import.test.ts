// The import page in the browser: preview of a GBK Douyin export, a dry run, the import with its
// report, progress of a big file that survives a reload, and undo from the history.
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, startApp, type RunningApp, ownerPage, emptyMerchant } from "./harness";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

async function bigOrders(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("order_id,paid_at,gmv,channel\n");
  let buf = "";
  for (let i = 0; i < rows; i++) {
    buf += `E${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${(i % 900) + 1}.50,mall\n`;
    if (buf.length > 1 << 16) {
      out.write(buf);
      buf = "";
    }
  }
  await new Promise<void>((r) => out.end(buf, () => r()));
}

describe.runIf(browserAvailable())("import page in the browser", () => {
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

  it("previews, dry-runs, imports and undoes a Douyin export", async () => {
    const page = await ownerPage(browser, app);
    await page.goto(`${app.baseUrl}/m/shop/import`);
    await page.setInputFiles("#import-files", [fixture("orders-douyin-gbk.csv")]);
    await page.click("button:has-text('Preview')");
    await page.waitForSelector("[data-preview-file='orders-douyin-gbk.csv']");
    expect((await page.locator("[data-read-as]").innerText()).toLowerCase()).toContain("gb18030"); // shown as GB18030
    expect(await page.locator("select[aria-label='Field for 子订单编号']").inputValue()).toBe("order_id");
    const firstRows = page.locator("table[aria-label='First rows of orders-douyin-gbk.csv'] tbody tr");
    expect(await firstRows.count()).toBe(4);
    // values as they will be stored, with the cell as the file gives it on hover
    const gmv = firstRows.nth(1).locator("td[data-field='gmv']");
    expect(await gmv.innerText()).toBe("1099.50");
    expect(await gmv.getAttribute("title")).toBe('In the file: "￥1,099.50"');
    // reading it as UTF-8 instead shows why that is wrong; back to detection, it reads again
    await page.selectOption("select[aria-label='Encoding of orders-douyin-gbk.csv']", "utf-8");
    await page.waitForSelector("[data-preview-file='orders-douyin-gbk.csv'] [role='alert'] >> text=is read as UTF-8");
    await page.selectOption("select[aria-label='Encoding of orders-douyin-gbk.csv']", "");
    await page.waitForSelector("table[aria-label='First rows of orders-douyin-gbk.csv']");

    await page.click("button:has-text('Dry run')");
    await page.waitForSelector("[data-import-report] >> text=Dry run: checked, nothing stored");
    // the file stays on the page after a dry run
    await page.click("button:has-text('Import file')");
    await page.waitForSelector("[data-import-report] >> text=Imported");
    expect(await page.locator("[data-import-report] [data-count='inserted']").innerText()).toBe("4");

    const row = page.locator("tr[data-batch]", { hasText: "done" }).first();
    // undo asks first, saying what it removes
    await row.locator("a:has-text('Undo')").click();
    await page.waitForSelector(".confirm");
    expect(await page.locator(".confirm").innerText()).toMatch(/removes \d/);
    await page.locator(".confirm button[type=submit]").click();
    await page.waitForSelector("[role='status'] >> text=4 rows removed");
    await page.waitForSelector("tr[data-batch] >> text=undone", { timeout: 5_000 });
    expect(await page.locator("tr[data-batch]", { hasText: "undone" }).count()).toBe(1);
  });

  it("shows the progress of a big import, also after a reload", async () => {
    const page = await ownerPage(browser, app);
    const csv = join(app.dbPath, "..", "big-orders.csv");
    await bigOrders(csv, 300_000);
    await page.goto(`${app.baseUrl}/m/shop/import`);
    await page.setInputFiles("#import-files", [csv]);
    await page.click("button:has-text('Preview')");
    await page.waitForSelector("[data-preview-file='big-orders.csv']");
    await page.click("button:has-text('Import file')");
    await page.waitForSelector("[data-import-progress='big-orders.csv']", { timeout: 20_000 });
    await page.reload();
    await page.waitForSelector("[data-import-progress='big-orders.csv']", { timeout: 10_000 });
    await page.waitForSelector("[data-import-report] >> text=big-orders.csv", { timeout: 240_000 });
    expect(await page.locator("[data-import-report] [data-count='inserted']").innerText()).toBe("300,000");
  });

  it("chooses files in the page's language and takes a file dropped anywhere on the zone", async () => {
    const page = await ownerPage(browser, app, { locale: "zh-CN" });
    await page.goto(`${app.baseUrl}/m/shop/import`);
    // the browser's own input would say "Choose Files / No file chosen" in the browser's language
    const chosen = page.locator("[data-chosen-files]");
    await chosen.waitFor();
    expect(await chosen.innerText()).toMatch(/^选择文件\s+未选择文件$/);
    await page.setInputFiles("#import-files", [fixture("orders-douyin-gbk.csv")]);
    await page.waitForSelector("[data-chosen-files='1'] >> text=orders-douyin-gbk.csv");

    // dropped on the zone's words, not on the input
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["order_id,paid_at,gmv\nD1,2024-06-01 10:00:00,12.50\n"], "dropped.csv", { type: "text/csv" }));
      return dt;
    });
    await page.dispatchEvent(".file-drop strong", "dragover", { dataTransfer: dropped });
    expect(await page.locator(".file-drop").getAttribute("class")).toContain("over");
    await page.dispatchEvent(".file-drop strong", "drop", { dataTransfer: dropped });
    await page.waitForSelector("[data-chosen-files='1'] >> text=dropped.csv");
    expect(await chosen.innerText()).not.toContain("orders-douyin-gbk.csv");
    await page.click("button:has-text('预览')");
    await page.waitForSelector("[data-preview-file='dropped.csv']");
    // what was detected is named in the page's language too
    const options = (await page.locator("[data-preview-file='dropped.csv'] select option").allTextContents()).join(" ");
    expect(options).toContain("（逗号）");
    expect(options).not.toMatch(/comma|semicolon/);

    // let go of a file outside the zone: the page keeps it instead of opening the file
    const kept = await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["x"], "x.csv"));
      const drop = new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true });
      document.querySelector("h1")!.dispatchEvent(drop);
      return drop.defaultPrevented;
    });
    expect(kept).toBe(true);
  });

  it("says so for an empty upload", async () => {
    const page = await ownerPage(browser, app);
    await page.goto(`${app.baseUrl}/m/shop/import`);
    await page.setInputFiles("#import-files", [{ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) }]);
    await page.click("button:has-text('Preview')");
    await page.waitForSelector("text=The file is empty (0 bytes): there is nothing to import");
  });
});
