// The forecast use case on a migrated in-memory database: history from pillar_day, campaigns
// from the calendar, the cache keyed by the merchant's data version.
import { describe, expect, it } from "vitest";
import { campaigns, pillarDay } from "../../db/schema";
import type { Db } from "../../db/client";
import { addDays } from "../../app/domain/time";
import { bumpDataVersion } from "../../app/queries/merchants.server";
import { forecastGmv, forecastRequestSchema } from "../../app/services/forecast.server";
import { findMerchant } from "../../app/services/merchants.server";
import { makeMerchant, memoryDb } from "../helpers/db";

const START = "2024-01-01"; // a Monday
const WEEK = [100_00, 90_00, 95_00, 110_00, 140_00, 180_00, 160_00]; // hundredths, Monday first

/** Field sells the weekly pattern; Shelf a steady 20.00 a day; campaign days sell 3× on Field. */
function seed(db: Db, merchantId: number, days: number, campaignDays: Set<number> = new Set()): void {
  const rows = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(START, i);
    const wobble = ((i * 37) % 11) - 5; // a deterministic ±5.00 wobble
    const field = (WEEK[i % 7] + wobble * 100) * (campaignDays.has(i) ? 3 : 1);
    rows.push({ merchantId, day, pillar: "F", gmv: field });
    rows.push({ merchantId, day, pillar: "S", gmv: 20_00 });
  }
  db.insert(pillarDay).values(rows).run();
}

const request = (over: Record<string, unknown> = {}) => forecastRequestSchema.parse({ horizon: 14, ...over });

describe("forecastGmv", () => {
  it("forecasts daily GMV with both bands, from the day after the last day of history", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    seed(db, m.id, 182);
    const r = forecastGmv(db, m, request());
    if (!r.ok) throw new Error(r.message);
    const f = r.forecast;
    expect(f.asOf).toBe(addDays(START, 181));
    expect(f.points).toHaveLength(14);
    expect(f.points[0].date).toBe(addDays(START, 182));
    for (const p of f.points) {
      expect(p.value).toBeGreaterThanOrEqual(0);
      expect(p.lo95!).toBeLessThanOrEqual(p.lo80!);
      expect(p.hi95!).toBeGreaterThanOrEqual(p.hi80!);
    }
    // the weekly pattern survives: the forecast Saturday is well above the forecast Monday
    const saturday = f.points.find((p) => new Date(`${p.date}T00:00:00Z`).getUTCDay() === 6)!;
    const monday = f.points.find((p) => new Date(`${p.date}T00:00:00Z`).getUTCDay() === 1)!;
    expect(saturday.value).toBeGreaterThan(monday.value + 50_00);
    expect(f.decision).not.toBe("short-history");
    expect(f.accuracy.origins.length).toBeGreaterThanOrEqual(3);
    expect(f.accuracy.horizon).toBe(14);
    expect(f.accuracy.coverage80).not.toBeNull();
    expect(f.reason.length).toBeGreaterThan(40);
    // total = Field + Shelf on the last day of history
    expect(f.history.at(-1)!.value).toBe(WEEK[181 % 7] + (((181 * 37) % 11) - 5) * 100 + 20_00);
  });

  it("forecasts one pillar from that pillar's rows only", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    seed(db, m.id, 120);
    const r = forecastGmv(db, m, request({ pillar: "S" }));
    if (!r.ok) throw new Error(r.message);
    expect(r.forecast.history.every((h) => h.value === 20_00)).toBe(true);
    // a constant series: whichever model, the forecast is 20.00 a day
    for (const p of r.forecast.points) expect(Math.abs(p.value - 20_00)).toBeLessThanOrEqual(1);
  });

  it("cuts history at --as-of, so anyone can backtest", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    seed(db, m.id, 150);
    const asOf = addDays(START, 99);
    const r = forecastGmv(db, m, request({ asOf }));
    if (!r.ok) throw new Error(r.message);
    expect(r.forecast.asOf).toBe(asOf);
    expect(r.forecast.history.at(-1)!.date).toBe(asOf);
    expect(r.forecast.points[0].date).toBe(addDays(asOf, 1));
  });

  it("says the forecast is seasonal naive, and why, with less than 8 weeks of history", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    seed(db, m.id, 30);
    const r = forecastGmv(db, m, request());
    if (!r.ok) throw new Error(r.message);
    expect(r.forecast.model.id).toBe("seasonal-naive");
    expect(r.forecast.decision).toBe("short-history");
    expect(r.forecast.reason).toMatch(/only 30 days of history: a model needs at least 8 weeks/);
    // seasonal naive: each forecast day repeats the same weekday of the last week
    expect(r.forecast.points[0].value).toBe(r.forecast.history.at(-7)!.value);
  });

  it("is cached per data version and recomputed after the version moves on", () => {
    const db = memoryDb();
    let m = makeMerchant(db);
    seed(db, m.id, 90);
    expect(forecastGmv(db, m, request())).toMatchObject({ ok: true, cached: false });
    expect(forecastGmv(db, m, request())).toMatchObject({ ok: true, cached: true });
    // an import adds a day and bumps the version: the cache must not answer
    db.insert(pillarDay).values({ merchantId: m.id, day: addDays(START, 90), pillar: "F", gmv: 500_00 }).run();
    bumpDataVersion(db, m.id);
    m = findMerchant(db, m.slug)!;
    const again = forecastGmv(db, m, request());
    if (!again.ok) throw new Error(again.message);
    expect(again.cached).toBe(false);
    expect(again.forecast.asOf).toBe(addDays(START, 90));
  });

  it("lays entered future campaigns on the forecast and shows it without them too", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    // a three-day platform campaign every four weeks, and one entered for the days ahead
    const campaignDays = new Set<number>();
    const rows = [];
    for (let start = 20; start < 200; start += 28) {
      for (let k = 0; k < 3; k++) campaignDays.add(start + k);
      rows.push({ merchantId: m.id, campaignId: `c${start}`, name: `Sale ${start}`, startsOn: addDays(START, start), endsOn: addDays(START, start + 2), kind: "platform" as const, batchId: 1 });
    }
    seed(db, m.id, 186, campaignDays);
    db.insert(campaigns).values(rows).run();
    const r = forecastGmv(db, m, request({ horizon: 14 }));
    if (!r.ok) throw new Error(r.message);
    const f = r.forecast;
    // the campaign starting on day 188 is entered and falls in the forecast
    expect(f.upcomingCampaigns.map((c) => c.campaignId)).toEqual(["c188"]);
    expect(f.model.usesEvents).toBe(true);
    expect(f.withoutCampaigns).not.toBeNull();
    const i = f.points.findIndex((p) => p.date === addDays(START, 188));
    expect(f.points[i].value).toBeGreaterThan(2 * f.withoutCampaigns![i].value);
    // a day outside the campaign and its shape (three days before, a week after: 185 … 197) is
    // the same with or without, but for the last history day: with the campaign it is the
    // campaign's "day before" and the model sees its baseline instead, which moves the level a hair
    const free = f.points.findIndex((p) => p.date === addDays(START, 198));
    expect(Math.abs(f.points[free].value - f.withoutCampaigns![free].value)).toBeLessThan(0.01 * f.withoutCampaigns![free].value);
  });

  it("says there is nothing to forecast when there are no sales", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    // the English for the command line, the message code for the page to say in its language
    expect(forecastGmv(db, m, request())).toEqual({
      ok: false,
      message: "There are no sales yet to forecast from: import orders first.",
      why: { code: "forecastExplain.noSalesYet" },
    });
  });
});
