// A clean yearly pattern is only seen with more than a year of history: two years of it forecast
// the next season better than one, through the same pipeline the app runs.
import { describe, expect, it } from "vitest";
import { forecastSeries } from "../../../app/domain/forecast/pipeline";
import { dayOfYear, yearlyIndex } from "../../../app/domain/forecast/yearly";
import { backtestShape, benchmarkModel, candidatesFor, minHistoryFor } from "../../../app/services/forecast/models.server";
import { normals } from "./helpers";

const DAY = 86_400_000;
const START = Date.parse("2023-01-01T00:00:00Z");
const WEEK = [1.0, 0.9, 0.95, 1.05, 1.15, 1.3, 1.2];

/** 1000 × weekly × (1 + 0.4 sin(yearly)) with 3% noise, from 1 January 2023. */
function yearlySeries(days: number): number[] {
  const z = normals(11);
  return Array.from({ length: days }, (_, t) => {
    const doy = dayOfYear(START + t * DAY);
    return 1000 * WEEK[t % 7] * (1 + 0.4 * Math.sin((2 * Math.PI * doy) / 365)) * (1 + 0.03 * z());
  });
}

describe("yearly pattern", () => {
  it("is learned from more than a year: each day of the year's level over the year's", () => {
    const index = yearlyIndex(yearlySeries(800), START)!;
    // peak of the sine at day 91 (1 April), trough at day 274 (1 October): 1.4 and 0.6 of the mean
    expect(index[91]).toBeCloseTo(1.4, 1);
    expect(index[274]).toBeCloseTo(0.6, 1);
    expect(yearlyIndex(yearlySeries(380), START)).toBeNull();
  });

  it("forecasts the next 90 days better with two years of history than with one", () => {
    const all = yearlySeries(2 * 365 + 90);
    const cut = 2 * 365; // forecast 1 January – 31 March 2025, the sine rising fastest
    const actual = all.slice(cut);
    const mae = (history: number[]) => {
      const startMs = START + (cut - history.length) * DAY;
      const f = forecastSeries(history, candidatesFor({ unit: "day", period: 7 }, { calendarInHistory: false, historyLength: history.length }), benchmarkModel, {
        horizon: 90,
        period: 7,
        timeline: { startMs, stepMs: DAY },
        minHistory: minHistoryFor({ unit: "day", period: 7 }),
        ...backtestShape({ unit: "day", period: 7 }),
        unit: "day",
        nonNegative: true,
      });
      return { mae: f.point.reduce((s, v, h) => s + Math.abs(v - actual[h]), 0) / 90, model: f.model.id };
    };
    const two = mae(all.slice(0, cut));
    const one = mae(all.slice(cut - 365, cut));
    expect(two.model).toContain("yearly");
    expect(two.mae).toBeLessThan(0.5 * one.mae);
  }, 60_000);
});
