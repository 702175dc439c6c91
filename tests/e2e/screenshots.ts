// Writes docs/screenshots/*.png: the overview, a pillar page, the phases page and the KOL planner
// in 简体中文 and 日本語, at desktop (1440 × 900) and phone (390 × 844) width.
// Run after `npm run build`: npx tsx tests/e2e/screenshots.ts
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchBrowser, ownerPage, startApp } from "./harness";

const out = resolve(import.meta.dirname, "..", "..", "docs", "screenshots");
const PAGES = [
  ["overview", "/m/demo"],
  ["pillar-alliance", "/m/demo/fact/alliance"],
  ["phases", "/m/demo/phases"],
  ["planner", "/m/demo/creators"],
] as const;
const SIZES = [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;

const app = await startApp({ seed: "demo" });
const browser = await launchBrowser();
mkdirSync(out, { recursive: true });
try {
  for (const locale of ["zh-CN", "ja"] as const) {
    for (const [size, viewport] of SIZES) {
      const page = await ownerPage(browser, app, { locale, viewport, deviceScaleFactor: 1 });
      for (const [name, path] of PAGES) {
        const res = await page.goto(`${app.baseUrl}${path}`, { waitUntil: "load" });
        if (!res || res.status() >= 400) {
          console.log(`skip ${path}: HTTP ${res?.status()}`);
          continue;
        }
        await page.locator(".recharts-surface").first().waitFor({ state: "attached", timeout: 5000 }).catch(() => undefined);
        await page.waitForTimeout(300);
        const file = resolve(out, `${name}-${locale}-${size}.png`);
        await page.screenshot({ path: file, type: "png" });
        console.log(file);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await app.stop();
}
