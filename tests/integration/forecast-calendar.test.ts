// The demo merchant's forecast with the history cut the day before Double 11 2026 begins: the
// campaign entered for 20 October – 11 November takes the shape of Double 11 2025.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { median } from "../../app/domain/forecast/quantile";
import { addDays, daysBetween } from "../../app/domain/time";
import { forecastGmv, withScenarios, type MerchantForecast } from "../../app/services/forecast.server";
import { findMerchant, type MerchantContext } from "../../app/services/merchants.server";
import { gmvByDay } from "../../app/queries/forecast/gmv-by-day.server";
import { seedDemo } from "../../seeds/demo.server";
import { memoryDb } from "../helpers/db";

let db: Db;
let merchant: MerchantContext;
let f: MerchantForecast;

beforeAll(async () => {
  db = memoryDb();
  await seedDemo(db);
  merchant = findMerchant(db, "demo")!;
  const r = forecastGmv(db, merchant, { pillar: "ALL", horizon: 28, level: 80, asOf: "2026-10-19" });
  if (!r.ok) throw new Error(r.message);
  f = r.forecast;
}, 240_000);

describe("the demo's Double 11 2026 forecast", () => {
  it("peaks on 11 November, the highest day of the forecast", () => {
    const top = [...f.points].sort((a, b) => b.value - a.value)[0];
    expect(top.date).toBe("2026-11-11");
  });

  it("says the shape came from Double 11 2025", () => {
    const d11 = f.calendar.campaigns.find((c) => c.startsOn === "2026-10-20")!;
    expect(d11.profile).toBe("edition");
    expect(d11.learnedFrom[0]).toBe("双11 Double 11 2025");
    expect(d11.peak?.date).toBe("2026-11-11");
    expect(f.calendar.modelUsesCalendar).toBe(true);
  });

  it("puts the peak within the range last year's profile implies", () => {
    // Last year's peak lift, by hand from the data: 11 November 2025 over the median of the free
    // Tuesdays within six weeks of Double 11 2025 and its tails (10-17 … 11-18): free means no
    // campaign, festival or holiday day, nor their tails.
    const rows = new Map(gmvByDay(db, { merchantId: merchant.id, asOf: "2026-10-19" }).map((r) => [r.day, r.gmv]));
    // busy: Double 11 2025 with its three days before and week after, National Day 2025
    // (1-8 October), and the default Double 12 festival with its tails (28 November - 19 December)
    const busy = (day: string) =>
      (day >= "2025-10-17" && day <= "2025-11-18") || (day >= "2025-10-01" && day <= "2025-10-08") || (day >= "2025-11-28" && day <= "2025-12-19");
    const around: number[] = [];
    for (let day = addDays("2025-10-17", -42); day <= addDays("2025-11-18", 42); day = addDays(day, 1)) {
      if (daysBetween(day, "2025-11-11") % 7 === 0 && rows.has(day) && !busy(day)) around.push(rows.get(day)!);
    }
    expect(around.length).toBe(4); // 10-14, 11-25, 12-23, 12-30
    const lastYearLift = rows.get("2025-11-11")! / median(around);
    // This year's ordinary day is the forecast without campaigns on 11 November 2026.
    const ordinary = f.withoutCampaigns!.find((p) => p.date === "2026-11-11")!.value;
    const peak = f.points.find((p) => p.date === "2026-11-11")!.value;
    // the lift is shrunk a little towards none and applied to this year's baseline: at most the
    // full lift, at least two thirds of it
    expect(peak).toBeLessThanOrEqual(ordinary * lastYearLift * 1.001);
    expect(peak).toBeGreaterThanOrEqual(ordinary * (1 + (lastYearLift - 1) * 0.66));
    expect(lastYearLift).toBeGreaterThan(3);
  });

  it("falls back after the peak", () => {
    const peak = f.points.find((p) => p.date === "2026-11-11")!.value;
    const after = f.points.filter((p) => p.date > "2026-11-11");
    expect(after.length).toBe(daysBetween("2026-11-11", f.points.at(-1)!.date));
    for (const p of after) expect(p.value).toBeLessThan(peak * 0.75);
    expect(after.reduce((s, p) => s + p.value, 0) / after.length).toBeLessThan(peak * 0.5);
  });
});

describe("the what-if", () => {
  it("leaves a campaign out when asked, and says so", () => {
    const r = forecastGmv(db, merchant, { pillar: "ALL", horizon: 28, level: 80, asOf: "2026-10-19", without: ["double-11@2026-10-20"] });
    if (!r.ok) throw new Error(r.message);
    const d11 = r.forecast.calendar.campaigns.find((c) => c.id === "double-11@2026-10-20")!;
    expect(d11.leftOut).toBe(true);
    const day = (x: MerchantForecast) => x.points.find((p) => p.date === "2026-11-11")!.value;
    expect(day(r.forecast)).toBe(f.withoutCampaigns!.find((p) => p.date === "2026-11-11")!.value);
    expect(day(r.forecast)).toBeLessThan(day(f) / 2);
  });

  it("adds a scenario series day by day to the points and bands", () => {
    const s = withScenarios(f, [{ id: "plan-1", label: "KOL plan", byDay: { "2026-11-11": 50_000_00 } }]);
    const before = f.points.find((p) => p.date === "2026-11-11")!;
    const after = s.points.find((p) => p.date === "2026-11-11")!;
    expect(after.value - before.value).toBe(50_000_00);
    expect(after.lo80! - before.lo80!).toBe(50_000_00);
    expect(s.points.find((p) => p.date === "2026-11-10")!.value).toBe(f.points.find((p) => p.date === "2026-11-10")!.value);
    expect(s.scenarios).toEqual([{ id: "plan-1", label: "KOL plan" }]);
  });
});

describe("festival settings", () => {
  it("switches a festival off, moves another, and the forecast's calendar follows", async () => {
    const { pillarDay } = await import("../../db/schema");
    const { makeMerchant } = await import("../helpers/db");
    const { saveFestivalChoice, calendarSettingsOf } = await import("../../app/services/forecast-calendar.server");
    const db2 = memoryDb();
    let m = makeMerchant(db2);
    const rows = Array.from({ length: 120 }, (_, i) => ({ merchantId: m.id, day: addDays("2026-06-01", i), pillar: "F", gmv: 100_00 + (i % 7) * 10_00 }));
    db2.insert(pillarDay).values(rows).run();
    const ahead = () => {
      const r = forecastGmv(db2, m, { pillar: "ALL", horizon: 90, level: 80 });
      if (!r.ok) throw new Error(r.message);
      return r.forecast.calendar.campaigns.map((c) => `${c.id} ${c.startsOn} ${c.endsOn}`);
    };
    // history to 28 September; 90 days ahead reach 27 December
    expect(ahead()).toEqual(["double-11@2026-10-20 2026-10-20 2026-11-11", "double-12@2026-12-01 2026-12-01 2026-12-12"]);
    m = saveFestivalChoice(db2, m, { festival: "double-12", enabled: "off" });
    m = saveFestivalChoice(db2, m, { festival: "double-11", enabled: "on", from: "10-31", to: "11-11" });
    expect(ahead()).toEqual(["double-11@2026-10-31 2026-10-31 2026-11-11"]);
    expect(calendarSettingsOf(m, 2026).festivals.find((f) => f.id === "double-12")!.enabled).toBe(false);
  });
});
