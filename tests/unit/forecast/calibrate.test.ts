import { describe, expect, it } from "vitest";
import { calibrate, intervalAt, scaleAt } from "../../../app/domain/forecast/calibrate";
import { coverage } from "../../../app/domain/forecast/coverage";
import { forecastSeries } from "../../../app/domain/forecast/pipeline";
import { seasonalNaiveForecaster } from "../../../app/domain/forecast/seasonal-naive";
import { thetaForecaster } from "../../../app/domain/forecast/theta";
import { normals } from "./helpers";

describe("calibrate", () => {
  it("sizes the interval from the backtest's own errors", () => {
    // errors at steps 1 and 2 are ±1 and ±2 at four origins: MAE grows linearly with the step
    const origins = [1, -1, 1, -1].map((sign, i) => ({
      trainLength: 10 + i,
      point: [0, 0],
      actual: [sign, 2 * sign],
      scale: 1,
    }));
    const c = calibrate(origins)!;
    expect(c.b).toBeCloseTo(1, 9);
    expect(scaleAt(c, 1)).toBeCloseTo(1, 9);
    expect(scaleAt(c, 3)).toBeCloseTo(3, 9);
    // every normalized error is ±1, so any central interval is point ± scale
    const iv = intervalAt(c, 10, 2, 0.8);
    expect(iv.lo).toBeCloseTo(8, 9);
    expect(iv.hi).toBeCloseTo(12, 9);
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
