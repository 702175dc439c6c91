// A whole re-derivation that a killed process left half done (a settings change's chunks;
// migration 0012 marks how far they got) is finished by the server when it next starts.
import Database from "better-sqlite3";
import { copyFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { apiSession, demoTemplate, startApp, type RunningApp } from "./harness";

describe("a re-derivation left half done", () => {
  let app: RunningApp | undefined;
  afterAll(async () => {
    await app?.stop();
  });

  it("is resumed when the server starts, from the day after the one reached", async () => {
    const THROUGH = "2026-10-15";
    let expected = "";
    const pillars = (db: Database.Database) => JSON.stringify(db.prepare("SELECT order_id, pillar, pillar_rule FROM orders WHERE day > ? ORDER BY order_id").all(THROUGH));
    app = await startApp({
      seed: async (path) => {
        copyFileSync(await demoTemplate(), path);
        const db = new Database(path);
        expected = pillars(db);
        // as a process killed after deriving the days through THROUGH leaves it: the later days
        // still under other rules, and the mark
        db.prepare("UPDATE orders SET pillar = 'S', pillar_rule = 'shelf' WHERE day > ?").run(THROUGH);
        db.prepare("UPDATE merchants SET rederive_through = ? WHERE slug = 'demo'").run(THROUGH);
        expect(pillars(db)).not.toBe(expected);
        db.close();
      },
    });
    const db = new Database(app.dbPath, { readonly: true });
    try {
      const deadline = Date.now() + 60_000;
      while (db.prepare("SELECT rederive_through FROM merchants WHERE slug = 'demo'").pluck().get() !== null) {
        if (Date.now() > deadline) throw new Error("the re-derivation was not resumed within 60 s");
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(pillars(db)).toBe(expected);
    } finally {
      db.close();
    }
  });

  it("is told on every page of the merchant while it runs, in the reader's language", async () => {
    const { cookie } = await apiSession(app!.baseUrl, app!.owner.email, app!.owner.password);
    const page = async () => (await fetch(`${app!.baseUrl}/m/demo/fact`, { headers: { cookie, "Accept-Language": "zh-CN" } })).text();
    const db = new Database(app!.dbPath);
    try {
      expect(await page()).not.toContain('data-notice="rederiving"');
      db.prepare("UPDATE merchants SET rederive_through = '2026-10-15' WHERE slug = 'demo'").run();
      const html = await page();
      expect(html).toContain('data-notice="rederiving"');
      expect(html).toContain("正在按新的阵地设置重新计算数据");
      expect(html).toMatch(/2026.10.15|2026年10月15日/);
    } finally {
      db.prepare("UPDATE merchants SET rederive_through = NULL WHERE slug = 'demo'").run();
      db.close();
    }
    expect(await page()).not.toContain('data-notice="rederiving"');
  });
});
