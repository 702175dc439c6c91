import { describe, expect, it } from "vitest";
import { backtest, meanMase, planBacktest } from "../../../app/domain/forecast/backtest";
import { seasonalNaiveForecaster } from "../../../app/domain/forecast/seasonal-naive";

describe("planBacktest", () => {
  it("puts the last origin a horizon before the end and steps back, oldest first", () => {
    expect(planBacktest(100, { horizon: 10, maxOrigins: 4, step: 7, minTrain: 30, minOrigins: 3 })).toEqual({
      horizon: 10,
      trainLengths: [69, 76, 83, 90],
    });
  });

  it("keeps only origins with enough training data", () => {
    expect(planBacktest(60, { horizon: 10, maxOrigins: 8, step: 7, minTrain: 30, minOrigins: 3 })?.trainLengths).toEqual([
      36, 43, 50,
    ]);
  });

  it("shortens the scored horizon when the history cannot hold it at enough origins", () => {
    // room = 60 − 40 − 2 × 7 = 6 < 7: no plan; with 70 days: room 16 → horizon 16
    expect(planBacktest(60, { horizon: 28, maxOrigins: 8, step: 7, minTrain: 40, minOrigins: 3 })).toBeNull();
    expect(planBacktest(70, { horizon: 28, maxOrigins: 8, step: 7, minTrain: 40, minOrigins: 3 })?.horizon).toBe(16);
  });
});

describe("backtest", () => {
  it("fits on the history up to each origin only and scores the steps after it", () => {
    const series = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const run = backtest(series, seasonalNaiveForecaster(1), { period: 1 }, { horizon: 2, trainLengths: [6, 8] });
    expect(run.origins.map((o) => ({ point: o.point, actual: o.actual }))).toEqual([
      { point: [6, 6], actual: [7, 8] },
      { point: [8, 8], actual: [9, 10] },
    ]);
    // each origin: MAE (1 + 2) / 2 = 1.5 over an in-sample scale of 1
    expect(meanMase(run)).toBeCloseTo(1.5, 12);
  });

  it("reports a model that throws as failed instead of failing the whole choice", () => {
    const broken = { ...seasonalNaiveForecaster(1), id: "broken", forecast: () => { throw new Error("did not converge"); } };
    const run = backtest([1, 2, 3, 4, 5, 6], broken, { period: 1 }, { horizon: 1, trainLengths: [4, 5] });
    expect(run.failed).toBe("did not converge");
  });
});
