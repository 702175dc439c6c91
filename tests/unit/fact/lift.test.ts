import { describe, expect, it } from "vitest";
import { campaignLift } from "../../../app/domain/fact/lift";
import { addDays, eachDay, weekday } from "../../../app/domain/time";

// 2026-03-02 is a Monday. Baseline window for a campaign starting then: 2026-02-02 … 2026-03-01,
// four of each weekday. Before the campaign the merchant sells 100 on weekdays and 200 on
// Saturday and Sunday.
const start = "2026-03-02";
const before = (d: string) => (weekday(d) >= 6 ? 200 : 100);

describe("campaign lift against a weekday-matched baseline", () => {
  it("weights the baseline to the campaign's weekdays", () => {
    // Campaign Fri 2026-03-06 … Sun 2026-03-08: baseline 100 + 200 + 200 = 500 over 3 days.
    const days = eachDay("2026-03-06", "2026-03-08");
    const gmv = new Map([["2026-03-06", 300], ["2026-03-07", 300], ["2026-03-08", 400]]);
    const l = campaignLift({
      startsOn: "2026-03-06",
      days,
      gmvOn: (d) => gmv.get(d) ?? before(d),
      firstDataDay: "2026-01-01",
    });
    expect(l.baselineFrom).toBe("2026-02-06");
    expect(l.baselineTo).toBe("2026-03-05");
    expect(l.baselineDaysUsed).toBe(28);
    expect(l.periodGmv).toBe(1000);
    expect(l.periodGmvPerDay).toBeCloseTo(1000 / 3, 10);
    expect(l.baselinePerDay).toBeCloseTo(500 / 3, 10);
    expect(l.lift).toBeCloseTo(1, 10); // (333.3 − 166.7) ÷ 166.7
    expect(l.incrementalGmv).toBe(500); // 1000 − 500
  });

  it("is negative when the campaign sold less than usual", () => {
    const days = eachDay(start, addDays(start, 6)); // one full week: baseline 5×100 + 2×200 = 900
    const l = campaignLift({ startsOn: start, days, gmvOn: (d) => (d >= start ? 90 : before(d)), firstDataDay: "2026-01-01" });
    expect(l.baselinePerDay).toBeCloseTo(900 / 7, 10);
    expect(l.incrementalGmv).toBe(630 - 900);
    expect(l.lift).toBeCloseTo((90 - 900 / 7) / (900 / 7), 10);
  });

  it("leaves out baseline days before the merchant's data starts", () => {
    // Data starts 2026-02-23 (a Monday): only the last 7 baseline days are known.
    const l = campaignLift({ startsOn: start, days: [start], gmvOn: (d) => (d === start ? 250 : before(d)), firstDataDay: "2026-02-23" });
    expect(l.baselineDaysUsed).toBe(7);
    expect(l.baselinePerDay).toBe(100);
    expect(l.lift).toBeCloseTo(1.5, 10);
    expect(l.incrementalGmv).toBe(150);
  });

  it("has no baseline when a campaign weekday has no known day before it", () => {
    // Data starts on Tuesday 2026-02-24: no Monday in the window is known.
    const l = campaignLift({ startsOn: start, days: [start], gmvOn: () => 100, firstDataDay: "2026-02-24" });
    expect(l.baselinePerDay).toBeNull();
    expect(l.lift).toBeNull();
    expect(l.incrementalGmv).toBeNull();
    expect(l.periodGmv).toBe(100);
  });

  it("has no lift when the baseline sold nothing (zero denominator), but counts incremental GMV", () => {
    const l = campaignLift({ startsOn: start, days: [start, addDays(start, 1)], gmvOn: (d) => (d >= start ? 50 : 0), firstDataDay: "2025-01-01" });
    expect(l.baselinePerDay).toBe(0);
    expect(l.lift).toBeNull();
    expect(l.incrementalGmv).toBe(100);
  });

  it("has nothing to measure before the campaign's first day with data", () => {
    const l = campaignLift({ startsOn: start, days: [], gmvOn: () => 100, firstDataDay: "2025-01-01" });
    expect(l.days).toBe(0);
    expect(l.periodGmvPerDay).toBeNull();
    expect(l.baselinePerDay).toBeNull();
    expect(l.lift).toBeNull();
    expect(l.incrementalGmv).toBeNull();
  });

  it("has no history at all for a merchant without data", () => {
    const l = campaignLift({ startsOn: start, days: [start], gmvOn: () => 0, firstDataDay: null });
    expect(l.baselineDaysUsed).toBe(0);
    expect(l.baselinePerDay).toBeNull();
  });
});
