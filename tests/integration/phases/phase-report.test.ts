// The phase report on a migrated database equals the numbers worked by hand from the fixture.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { reportJson } from "../../../app/domain/report/serialize";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { savePhaseDefinitions } from "../../../app/services/phases/definitions.server";
import { phasesReport } from "../../../app/services/reports.server";
import { DEFAULT_PHASE_DEFINITIONS } from "../../../app/domain/settings";
import { memoryDb } from "../../helpers/db";
import { FORMULA_CAMPAIGN, seedPhaseFixture, TOTAL } from "./fixture";

describe("phase report from rollups", () => {
  let db: Db;
  let m: MerchantContext;
  const range = { from: "2024-06-03", to: "2024-06-16" };

  beforeEach(() => {
    db = memoryDb();
    m = seedPhaseFixture(db);
  });

  it("gives every phase measure and rate of the whole period", () => {
    const [row] = phasesReport(db, m, { ...range, by: "total", split: "none" }).rows;
    expect(row).toMatchObject({ period: "total", ...TOTAL });
    expect(row.connection_rate).toBeCloseTo(260 / 7000, 12);
    expect(row.verification_rate).toBeCloseTo(130 / 260, 12);
    expect(row.purchase_rate).toBeCloseTo(4 / 130, 12);
    expect(row.confirmation_rate).toBeCloseTo(2 / 4, 12);
    expect(row.sharing_rate).toBeCloseTo(37 / 2, 12);
    expect(row.overall_conversion).toBeCloseTo(4 / 7000, 12);
    expect(row.loop_rate).toBeCloseTo(37 / 4, 12);
    expect(row.ugc_reach).toBeCloseTo(1000 / 7000, 12);
    expect(row.positive_review_rate).toBeCloseTo(2 / 3, 12); // r1 (5) and r3 (4) of three
  });

  it("groups by ISO week", () => {
    const t = phasesReport(db, m, { ...range, by: "week", split: "none" });
    expect(t.rows.map((r) => [r.period, r.exploration, r.connection, r.verification, r.purchase, r.gmv, r.confirmation, r.sharing])).toEqual([
      ["2024-W23", 4000, 200, 100, 2, 30000, 1, 21], // sharing 5 + 15 + r1
      ["2024-W24", 3000, 60, 30, 2, 20000, 1, 16], // sharing 10 + 5 + r3
    ]);
    expect(t.rows[0].ugc_reach).toBe(0); // 0 ÷ 4000 is a real 0
    expect(t.rows[1].ugc_reach).toBeCloseTo(1000 / 3000, 12);
  });

  it("splits by pillar with an ALL row that equals the total", () => {
    const t = phasesReport(db, m, { ...range, by: "total", split: "pillar" });
    const by = Object.fromEntries(t.rows.map((r) => [r.pillar, r]));
    expect(t.rows.map((r) => r.pillar)).toEqual(["F", "A", "C", "T", "S", "ALL"]);
    expect(by.F).toMatchObject({ exploration: 1000, connection: 80, verification: 40, purchase: 1, gmv: 10000, confirmation: 1, sharing: 6 });
    expect(by.A).toMatchObject({ exploration: 1000, connection: 20, verification: 0, purchase: 0, confirmation: 0, sharing: 10, loop_rate: null, purchase_rate: null });
    expect(by.A.ugc_reach).toBe(1);
    expect(by.C).toMatchObject({ exploration: 2000, connection: 40, verification: 30, purchase: 1, gmv: 5000, confirmation: 0, sharing: 5, confirmation_rate: 0 });
    expect(by.T).toMatchObject({ exploration: 3000, connection: 120, verification: 60, purchase: 1, gmv: 20000, confirmation: 0, sharing: 15 });
    // Shelf: sales without content — nothing explored, so no rate out of Exploration
    expect(by.S).toMatchObject({ exploration: 0, purchase: 1, gmv: 15000, confirmation: 1, sharing: 1, connection_rate: null, overall_conversion: null, ugc_reach: null });
    expect(by.S.loop_rate).toBe(1);
    expect(by.ALL).toMatchObject(TOTAL);
  });

  it("splits by campaign and by content, with (none) for what has none", () => {
    const c = phasesReport(db, m, { ...range, by: "total", split: "campaign" });
    expect(c.rows.map((r) => [r.campaign, r.exploration, r.purchase])).toEqual([
      ["(none)", 5000, 3],
      [FORMULA_CAMPAIGN, 2000, 1],
      ["ALL", 7000, 4],
    ]);
    const t = phasesReport(db, m, { ...range, by: "total", split: "content" });
    const by = Object.fromEntries(t.rows.map((r) => [r.content, r]));
    expect(t.rows.map((r) => r.content)).toEqual(["vid-1", "camp-1", "live-1", "ugc-1", "(none)", "ALL"]);
    // live-1 shares 5 plus r1's media (r1 reviews o1, which came from live-1)
    expect(by["live-1"]).toMatchObject({ exploration: 1000, purchase: 1, sharing: 6 });
    // shelf order o4, its review r2 and the order-less r3
    expect(by["(none)"]).toMatchObject({ exploration: 0, purchase: 1, sharing: 1, positive_review_rate: 0.5 });
  });

  it("has volumes of 0 and rates of null (JSON null) for a period without data", () => {
    const t = phasesReport(db, m, { from: "2024-06-20", to: "2024-06-21", by: "day", split: "none" });
    expect(t.rows).toHaveLength(2);
    for (const r of t.rows) {
      expect(r).toMatchObject({ exploration: 0, connection: 0, verification: 0, purchase: 0, gmv: 0, confirmation: 0, sharing: 0 });
      for (const k of ["connection_rate", "verification_rate", "purchase_rate", "confirmation_rate", "sharing_rate", "overall_conversion", "loop_rate", "ugc_reach", "positive_review_rate"]) {
        expect(r[k], k).toBeNull();
      }
    }
    const json = JSON.stringify(reportJson(t));
    expect(json).not.toMatch(/NaN|Infinity/);
    expect((reportJson(t).rows as Record<string, unknown>[])[0].loop_rate).toBeNull();
  });

  it("uses and names a merchant's own definition", () => {
    const saved = savePhaseDefinitions(db, m, { ...DEFAULT_PHASE_DEFINITIONS, verification: ["product_clicks", "cart_adds"] });
    expect(saved.ok).toBe(true);
    const own = findMerchant(db, m.slug)!;
    expect(own.dataVersion).toBe(m.dataVersion + 1);
    const t = phasesReport(db, own, { ...range, by: "total", split: "none" });
    expect(t.rows[0].verification).toBe(140); // 130 product clicks + 10 cart adds
    expect(t.rows[0].verification_rate).toBeCloseTo(140 / 260, 12);
    expect(t.rows[0].purchase_rate).toBeCloseTo(4 / 140, 12);
    expect(t.notes[0]).toBe(
      "Phase definitions (this merchant's own): Exploration = impressions; Connection = likes + comments + follows; Verification = product_clicks + cart_adds; Purchase = orders; Confirmation = kept_orders; Sharing = shares + media_reviews.",
    );
    expect(t.columns.find((c) => c.key === "verification")?.definition).toContain("this merchant's definition");

    // back to the defaults: stored as no definition at all
    expect(savePhaseDefinitions(db, own, DEFAULT_PHASE_DEFINITIONS)).toMatchObject({ ok: true, usesDefaults: true });
    const raw = db.$client.prepare("SELECT settings FROM merchants WHERE id = ?").get(m.id) as { settings: string };
    expect(JSON.parse(raw.settings)).not.toHaveProperty("phaseDefinitions");
    expect(phasesReport(db, findMerchant(db, m.slug)!, { ...range, by: "total", split: "none" }).notes[0]).toContain("(the contract's defaults)");
  });

  it("keeps other settings when saving definitions", () => {
    db.$client.prepare("UPDATE merchants SET settings = ? WHERE id = ?").run(JSON.stringify({ topKolThreshold: 500_000 }), m.id);
    savePhaseDefinitions(db, m, { ...DEFAULT_PHASE_DEFINITIONS, exploration: ["impressions", "views"] });
    const after = findMerchant(db, m.slug)!;
    expect(after.settings.topKolThreshold).toBe(500_000);
    expect(after.settings.phaseDefinitions.exploration).toEqual(["impressions", "views"]);
  });

  it("picks measures without changing the numbers", () => {
    const t = phasesReport(db, m, { ...range, by: "total", split: "none", measures: ["purchase", "kept_orders", "refund_rate", "ugc_impressions"] });
    expect(t.columns.map((c) => c.key)).toEqual(["period", "purchase", "kept_orders", "refund_rate", "ugc_impressions"]);
    const json = reportJson(t).rows as Record<string, unknown>[];
    // refunds: o2 whole 200.00 + o3 10.00 = 21 000 hundredths of 50 000 GMV
    expect(json[0]).toEqual({ period: "total", purchase: 4, kept_orders: 2, refund_rate: 0.42, ugc_impressions: 1000 });
  });
});
