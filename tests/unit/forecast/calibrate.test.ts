import { describe, expect, it } from "vitest";
import { calibrate, conformalP, intervalAt, recentSpread, scaleAt, smallSampleWidening, spreadWindow } from "../../../app/domain/forecast/calibrate";
import { normalQuantile, studentTQuantile } from "../../../app/domain/forecast/student-t";
import { coverage } from "../../../app/domain/forecast/coverage";
import { forecastSeries } from "../../../app/domain/forecast/pipeline";
import { seasonalNaiveForecaster } from "../../../app/domain/forecast/seasonal-naive";
import { thetaForecaster } from "../../../app/domain/forecast/theta";
import { normals } from "./helpers";

describe("calibrate", () => {
  it("sizes the interval from the backtest's own errors, at the conformal rank", () => {
    // errors at steps 1, 2, 3 are ±1, ±2, ±3 at four origins: MAE grows linearly with the step
    const origins = [1, -1, 1, -1].map((sign, i) => ({
      trainLength: 10 + i,
      point: [0, 0, 0],
      actual: [sign, 2 * sign, 3 * sign],
      scale: 1,
    }));
    const c = calibrate(origins)!;
    expect(c.b).toBeCloseTo(1, 9);
    expect(scaleAt(c, 1)).toBeCloseTo(1, 9);
    expect(scaleAt(c, 5)).toBeCloseTo(5, 9);
    // all 12 normalized errors are ±1; the 90% end is the ⌈13 · 0.9⌉ = 12th smallest, +1, and the
    // 10% end the 1st, −1: two steps ahead the 80% band is 10 ± 2, widened for resting on four
    // origins by t(0.9; 3) / z(0.9)
    expect(conformalP(12, 0.9)).toBe(1);
    const w = studentTQuantile(0.9, 3) / normalQuantile(0.9);
    expect(w).toBeGreaterThan(1.2);
    const iv = intervalAt(c, 10, 2, 0.8);
    expect(iv.lo).toBeCloseTo(10 - 2 * w, 9);
    expect(iv.hi).toBeCloseTo(10 + 2 * w, 9);
  });

  it("takes the ⌈(n + 1)·p⌉-th smallest error", () => {
    // 99 errors at 80%: ⌈100 · 0.8⌉ = 80th smallest, at position 79 of 0 … 98
    expect(conformalP(99, 0.8)).toBeCloseTo(79 / 98, 12);
  });

  it("gives campaign and holiday days their own quantiles once there are enough of them", () => {
    // 40 ordinary errors of ±1 and 40 campaign-day errors of ±3, one step each
    const origins = Array.from({ length: 80 }, (_, i) => ({
      trainLength: 10 + i,
      point: [0],
      actual: [(i % 2 ? 1 : -1) * (i < 40 ? 1 : 3)],
      scale: 1,
      special: [i >= 40],
    }));
    const c = calibrate(origins)!;
    // scale: mean absolute error 2; ordinary errors ±0.5, special ±1.5 (eighty origins: widened by under 1%)
    const w = smallSampleWidening(0.8, 80);
    expect(w).toBeLessThan(1.01);
    expect(intervalAt(c, 0, 1, 0.8).hi).toBeCloseTo(w, 9);
    expect(intervalAt(c, 0, 1, 0.8).lo).toBeCloseTo(-w, 9);
    expect(intervalAt(c, 0, 1, 0.8, true).hi).toBeCloseTo(3 * w, 9);
    expect(intervalAt(c, 0, 1, 0.8, true).lo).toBeCloseTo(-3 * w, 9);
  });

  it("calibrates in units of each origin's spread and scales the band by the spread now", () => {
    // the same misses relative to the series' liveliness: ±1 at origins with spread 1, ±10 at
    // origins with spread 10. In the series' own units every error is ±1.
    const origins = Array.from({ length: 40 }, (_, i) => {
      const spread = i < 20 ? 1 : 10;
      const sign = i % 2 ? 1 : -1;
      return { trainLength: 100 + i, point: [0], actual: [sign * spread], scale: 1, spread };
    });
    const c = calibrate(origins)!;
    expect(c.relative).toBe(true);
    const w = smallSampleWidening(0.8, 40);
    // calm now: a narrow band; lively now: ten times as wide, whatever the mix of the past
    expect(intervalAt(c, 50, 1, 0.8, false, 1).hi).toBeCloseTo(50 + w, 9);
    expect(intervalAt(c, 50, 1, 0.8, false, 10).hi).toBeCloseTo(50 + 10 * w, 9);
    expect(() => intervalAt(c, 50, 1, 0.8)).toThrow(/spread/);
    // an origin without a spread (a record cached before spreads) makes the calibration absolute
    const mixed = calibrate([...origins, { trainLength: 200, point: [0], actual: [1], scale: 1 }])!;
    expect(mixed.relative).toBe(false);
  });

  it("measures the spread over whole seasons of recent history, floored by the whole history's", () => {
    expect(spreadWindow(7)).toBe(112);
    expect(spreadWindow(52)).toBe(52);
    expect(spreadWindow(12)).toBe(12);
    // 300 lively days changing by 10 a day, then 112 calm ones changing by 1: the last 112 changes
    // are one of 10 and 111 of 1, but the spread is not taken below 0.3 of the whole history's
    const calmNow = [...Array.from({ length: 300 }, (_, i) => (i % 2 ? 110 : 100)), ...Array.from({ length: 112 }, (_, i) => (i % 2 ? 101 : 100))];
    const whole = (300 * 10 + 111 * 1) / 411;
    expect(recentSpread(calmNow, 7)).toBeCloseTo(0.3 * whole, 9);
    // the other way round, the recent changes of 10 are the spread
    const livelyNow = [...Array.from({ length: 300 }, (_, i) => (i % 2 ? 101 : 100)), ...Array.from({ length: 112 }, (_, i) => (i % 2 ? 110 : 100))];
    expect(recentSpread(livelyNow, 7)).toBeCloseTo((1 + 111 * 10) / 112, 9);
    // weeks: the last 52 changes
    expect(recentSpread([...Array(60).fill(0).map((_, i) => i), ...Array(52).fill(0).map((_, i) => 60 + 3 * (i + 1))], 52)).toBeCloseTo((4 + 51 * 3) / 52, 9);
    expect(recentSpread([5, 5, 5, 5], 7)).toBeNull();
  });

  it("widens less the more origins there are", () => {
    expect(smallSampleWidening(0.95, 11)).toBeCloseTo(2.2281 / 1.96, 2); // t(0.975; 10)
    expect(smallSampleWidening(0.95, 1000)).toBeCloseTo(1, 2);
  });

  it("takes Student t quantiles close to the tables", () => {
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.5706, 1);
    expect(studentTQuantile(0.9, 7)).toBeCloseTo(1.4149, 2);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 3);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });

  it("has nothing to calibrate on without origins", () => {
    expect(calibrate([])).toBeNull();
  });
});

describe("a calibrated 80% interval on held-out data", () => {
  it("covers between 75% and 85% of a synthetic series' held-out points", () => {
    // A weekly pattern on a slow random walk, with noise: 12 forecasts of 28 days, each made
    // only from the data before it, scored on the 28 days after it.
    const z = normals(42);
    const pattern = [0, -8, -5, 6, 20, 35, 25];
    let level = 200;
    const series = Array.from({ length: 900 }, (_, i) => {
      level += 1.2 * z();
      return level + pattern[i % 7] + 6 * z();
    });
    const actual: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    for (let k = 0; k < 12; k++) {
      const cut = 560 + 28 * k;
      const f = forecastSeries(series.slice(0, cut), [thetaForecaster], seasonalNaiveForecaster(), {
        horizon: 28,
        period: 7,
        minHistory: 56,
        originStep: 14,
        maxOrigins: 10,
        unit: "day",
        nonNegative: false,
      });
      const band = f.bands.find((b) => b.level === 0.8)!;
      actual.push(...series.slice(cut, cut + 28));
      lo.push(...(band.lo as number[]));
      hi.push(...(band.hi as number[]));
    }
    const c = coverage(actual, lo, hi)!;
    expect(actual).toHaveLength(336);
    expect(c).toBeGreaterThanOrEqual(0.75);
    expect(c).toBeLessThanOrEqual(0.85);
  });
});

describe("calibrated intervals on a series with known noise", () => {
  it("hold their nominal coverage over many origins: AR(1) Gaussian noise around a weekly pattern", () => {
    // y = 300 + weekly pattern + u, u(t) = 0.6·u(t − 1) + N(0, 8²): autocorrelated noise, so a
    // forecast's errors move together within an origin as real ones do. Forty forecasts of 28
    // days, each from the data before it only (its calibration included), scored on the 28 after.
    const z = normals(2026);
    const pattern = [0, -12, -6, 4, 18, 40, 26];
    let u = 0;
    const series = Array.from({ length: 1900 }, (_, i) => {
      u = 0.6 * u + 8 * z();
      return 300 + pattern[i % 7] + u;
    });
    const scored = { actual: [] as number[], lo80: [] as number[], hi80: [] as number[], lo95: [] as number[], hi95: [] as number[] };
    for (let k = 0; k < 40; k++) {
      const cut = 760 + 28 * k;
      const f = forecastSeries(series.slice(0, cut), [thetaForecaster], seasonalNaiveForecaster(), {
        horizon: 28,
        period: 7,
        minHistory: 56,
        originStep: 14,
        maxOrigins: 10,
        calibrationOrigins: 40,
        unit: "day",
        nonNegative: false,
      });
      const b80 = f.bands.find((b) => b.level === 0.8)!;
      const b95 = f.bands.find((b) => b.level === 0.95)!;
      scored.actual.push(...series.slice(cut, cut + 28));
      scored.lo80.push(...(b80.lo as number[]));
      scored.hi80.push(...(b80.hi as number[]));
      scored.lo95.push(...(b95.lo as number[]));
      scored.hi95.push(...(b95.hi as number[]));
    }
    expect(scored.actual).toHaveLength(1120);
    const c80 = coverage(scored.actual, scored.lo80, scored.hi80)!;
    const c95 = coverage(scored.actual, scored.lo95, scored.hi95)!;
    expect(c80).toBeGreaterThanOrEqual(0.75);
    expect(c80).toBeLessThanOrEqual(0.85);
    expect(c95).toBeGreaterThanOrEqual(0.92);
    expect(c95).toBeLessThanOrEqual(0.98);
  });
});
