import { describe, expect, it } from "vitest";
import { chooseModel } from "../../../app/domain/forecast/choose";
import { runChoice } from "../../../app/domain/forecast/pipeline";
import { seasonalNaiveForecaster } from "../../../app/domain/forecast/seasonal-naive";
import { thetaForecaster } from "../../../app/domain/forecast/theta";
import { flatMean, weeklySeries } from "./helpers";

const options = { horizon: 28, period: 7, minHistory: 56, originStep: 7, maxOrigins: 8, unit: "day", nonNegative: true };

describe("model choice", () => {
  it("picks a seasonal model for a weekly pattern, never the one that ignores the week", () => {
    const series = weeklySeries(280, 6);
    const choice = chooseModel(series, [flatMean, thetaForecaster], seasonalNaiveForecaster(), options);
    expect(choice.decision).toBe("model-beats");
    expect(choice.chosen.id).toBe("theta");
    const flat = choice.scores.find((s) => s.id === "flat-mean")!;
    const naive = choice.scores.find((s) => s.id === "seasonal-naive")!;
    expect(flat.mase!).toBeGreaterThan(naive.mase!);
    expect(choice.plan?.trainLengths).toHaveLength(8);
  });

  it("keeps seasonal naive when nothing beats it", () => {
    // an exact weekly pattern: seasonal naive never misses, so nothing can do better
    const series = weeklySeries(200, 0);
    const record = runChoice(series, [flatMean], seasonalNaiveForecaster(), options);
    expect(record.decision).toBe("benchmark-kept");
    expect(record.chosen.id).toBe("seasonal-naive");
    expect(record.reason).toMatch(/none predicted better than simply repeating/);
  });

  it("falls back to seasonal naive with less than 8 weeks of history, and says why", () => {
    const series = weeklySeries(40, 5);
    const record = runChoice(series, [flatMean, thetaForecaster], seasonalNaiveForecaster(), options);
    expect(record.decision).toBe("short-history");
    expect(record.chosen.id).toBe("seasonal-naive");
    expect(record.reason).toBe(
      "The forecast is seasonal naive (each day repeats the same weekday of the week before) because there are " +
        "only 40 days of history: a model needs at least 8 weeks before it can be tested on past days it did not see.",
    );
    // the candidates were not fitted at all
    expect(record.scores.map((s) => s.id)).toEqual(["seasonal-naive"]);
  });

  it("says how much better the chosen model was, in words", () => {
    const record = runChoice(weeklySeries(280, 6), [thetaForecaster], seasonalNaiveForecaster(), options);
    expect(record.reason).toMatch(/^Theta is used because, tested at 8 past cut-off points, its errors were \d+% smaller than simply repeating/);
  });
});
