// Preview and apply of pillar settings on the fixture: the preview writes nothing, the apply
// moves rows and keeps the rollups exact.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { pillarSettingsOf } from "../../../app/domain/fact/pillar-settings";
import { refreshAll } from "../../../app/services/derive.server";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { applySettings, previewSettings } from "../../../app/services/fact/settings.server";
import { applySettingsInJob } from "../../../app/services/fact/settings-job.server";
import { listJobs } from "../../../app/services/jobs/writer-queue.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { openDb } from "../../../db/client";
import { memoryDb, tempDbPath } from "../../helpers/db";
import { seedFixture } from "./fixture";

let db: Db;
let m: MerchantContext;
beforeEach(() => {
  db = memoryDb();
  m = seedFixture(db);
});

const pillarGmv = () =>
  Object.fromEntries(
    (db.$client.prepare("SELECT pillar, SUM(gmv) AS gmv FROM pillar_day WHERE merchant_id = ? GROUP BY pillar").all(m.id) as { pillar: string; gmv: number }[]).map((r) => [r.pillar, r.gmv]),
  );
const snapshot = () => JSON.stringify([db.$client.prepare("SELECT * FROM segment_day ORDER BY 1,2,3,4,5,6").all(), db.$client.prepare("SELECT order_id, pillar, pillar_rule FROM orders ORDER BY 1").all()]);

describe("pillar settings", () => {
  it("previews the current figures as 'before', equal to the rollups", () => {
    const p = previewSettings(db, m, pillarSettingsOf(m.settings));
    const now = pillarGmv();
    for (const x of p.pillars) {
      expect(x.beforeGmv).toBe(now[x.pillar] ?? 0);
      expect(x.afterGmv).toBe(x.beforeGmv);
    }
    expect(p.moves).toEqual([]);
    expect(p.changesPillars).toBe(false);
  });

  it("previews a raised Top-KOL threshold without writing anything", () => {
    const before = snapshot();
    const p = previewSettings(db, m, { ...pillarSettingsOf(m.settings), topKolThreshold: 3_000_000 });
    expect(p.moves).toEqual([{ from: "T", to: "A", gmv: 30_000, orders: 1, accounts: ["kol-big"] }]);
    expect(p.pillars.find((x) => x.pillar === "A")).toMatchObject({ beforeGmv: 10_000, afterGmv: 40_000 });
    expect(snapshot()).toBe(before);
    expect(m.settings.topKolThreshold).toBe(1_000_000);
  });

  it("applies the change: rows move, rollups equal a full rebuild, other settings kept", async () => {
    const { merchant, preview } = await applySettings(db, m, { ...pillarSettingsOf(m.settings), topKolThreshold: 3_000_000 });
    expect(merchant.settings.topKolThreshold).toBe(3_000_000);
    expect(merchant.settings.phaseDefinitions).toEqual(m.settings.phaseDefinitions);
    expect(merchant.dataVersion).toBeGreaterThan(m.dataVersion);
    const after = pillarGmv();
    expect(after.T ?? 0).toBe(0);
    expect(after.A).toBe(40_000);
    for (const x of preview.pillars) expect(after[x.pillar] ?? 0).toBe(x.afterGmv);
    const o4 = db.$client.prepare("SELECT pillar, pillar_rule FROM orders WHERE order_id = 'o4'").get();
    expect(o4).toEqual({ pillar: "A", pillar_rule: "creator" });
    const applied = snapshot();
    refreshAll(db, merchant);
    expect(snapshot()).toBe(applied);
  });

  it("moves campaign orders when Campaign is ordered after the account rules", async () => {
    const order = ["self", "top_kol", "creator", "campaign", "shelf"] as const;
    const { preview } = await applySettings(db, m, { ...pillarSettingsOf(m.settings), ruleOrder: [...order] });
    expect(preview.moves.map((x) => [x.from, x.to, x.gmv])).toEqual([
      ["C", "A", 40_000],
      ["C", "F", 6_000],
    ]);
    expect(pillarGmv().C ?? 0).toBe(0);
  });

  it("saves tier bands and the target mix without re-attributing", async () => {
    const next = { ...pillarSettingsOf(m.settings), tierBands: [{ name: "big", minFollowers: 1_000_000 }, { name: "small", minFollowers: 0 }] };
    const before = snapshot();
    const { merchant, preview } = await applySettings(db, m, next);
    expect(preview.changesPillars).toBe(false);
    expect(merchant.settings.tierBands).toEqual(next.tierBands);
    expect(snapshot()).toBe(before);
  });
});

describe("pillar settings applied from the page", () => {
  it("run in a job process of their own, which saves them, re-derives the rows and answers what moved", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const file = openDb(path);
      const shop = seedFixture(file);
      const next = { ...pillarSettingsOf(shop.settings), topKolThreshold: 3_000_000 };
      const expected = previewSettings(file, shop, next);
      // the same change applied here, in a copy, to compare the rows with
      const here = memoryDb();
      const copy = seedFixture(here);
      await applySettings(here, copy, next);

      const preview = await applySettingsInJob(file, shop, next);
      expect(preview).toEqual(expected);
      const after = findMerchant(file, "shop")!;
      expect(after.settings.topKolThreshold).toBe(3_000_000);
      expect(after.dataVersion).toBeGreaterThan(shop.dataVersion);
      const rows = (db: Db) => JSON.stringify([db.$client.prepare("SELECT * FROM segment_day ORDER BY 1,2,3,4,5,6").all(), db.$client.prepare("SELECT order_id, pillar, pillar_rule FROM orders ORDER BY 1").all()]);
      expect(rows(file)).toBe(rows(here));
      // the job left the queue
      expect(listJobs(file)).toEqual([]);
      file.$client.close();
      here.$client.close();
    } finally {
      cleanup();
    }
  }, 60_000);
});
