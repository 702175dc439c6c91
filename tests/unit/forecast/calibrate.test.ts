import { describe, expect, it } from "vitest";
import { calibrate, conformalP, intervalAt, scaleAt, smallSampleWidening } from "../../../app/domain/forecast/calibrate";
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
    // 10% end the 1st, −1: two steps ahead the 80% band is 10 ± 2
    expect(conformalP(12, 0.9)).toBe(1);
    const iv = intervalAt(c, 10, 2, 0.8);
    expect(iv.lo).toBeCloseTo(8, 9);
    expect(iv.hi).toBeCloseTo(12, 9);
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
    // scale: mean absolute error 2; ordinary errors ±0.5, special ±1.5
    expect(intervalAt(c, 0, 1, 0.8)).toEqual({ lo: -1, hi: 1 });
    expect(intervalAt(c, 0, 1, 0.8, true)).toEqual({ lo: -3, hi: 3 });
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
