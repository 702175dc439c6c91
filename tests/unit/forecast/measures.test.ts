// Accuracy measures against values worked out by hand.
import { describe, expect, it } from "vitest";
import { coverage } from "../../../app/domain/forecast/coverage";
import { mase, naiveScale } from "../../../app/domain/forecast/mase";
import { geometricMean, owa } from "../../../app/domain/forecast/owa";
import { smape } from "../../../app/domain/forecast/smape";
import { meanWinkler, winklerScore } from "../../../app/domain/forecast/winkler";

describe("mase", () => {
  it("scales the forecast's MAE by seasonal naive's in-sample MAE", () => {
    // training 1,2,4,7 with period 1: |2-1| + |4-2| + |7-4| = 6 over 3 = 2
    // errors |10-8| + |10-13| = 5 over 2 = 2.5 → 2.5 / 2 = 1.25
    expect(mase([10, 10], [8, 13], [1, 2, 4, 7], 1)).toBeCloseTo(1.25, 12);
  });

  it("uses the seasonal lag for the scale", () => {
    // period 2 on 1,5,2,7,4,8: |2-1| |7-5| |4-2| |8-7| = 1+2+2+1 = 6 over 4 = 1.5; MAE 3 → 2
    expect(naiveScale([1, 5, 2, 7, 4, 8], 2)).toBeCloseTo(1.5, 12);
    expect(mase([5, 5], [2, 8], [1, 5, 2, 7, 4, 8], 2)).toBeCloseTo(2, 12);
  });

  it("has no value when the training data never changed (0 scale) or nothing was scored", () => {
    expect(mase([3], [2], [5, 5, 5, 5], 1)).toBeNull();
    expect(mase([], [], [1, 2, 3], 1)).toBeNull();
    expect(naiveScale([4], 7)).toBeNull();
  });
});

describe("smape", () => {
  it("is 200/h · Σ|y−ŷ|/(|y|+|ŷ|)", () => {
    // |100-110|/210 = 0.047619…, |50-40|/90 = 0.111…; mean 0.079365…, ×200 = 15.873015…
    expect(smape([100, 50], [110, 40])).toBeCloseTo(15.873015873, 8);
  });

  it("counts a step where actual and forecast are both 0 as a perfect one", () => {
    // (0 + |4-0|/(4+0)) / 2 × 200 = 100
    expect(smape([0, 4], [0, 0])).toBeCloseTo(100, 12);
  });

  it("has no value for an empty forecast", () => {
    expect(smape([], [])).toBeNull();
  });
});

describe("coverage", () => {
  it("is the share of actuals inside their interval, ends included", () => {
    // 5 in [4,6]; 6 on the upper end; 9 above [1,8]; 0 below [1,2] → 2 of 4
    expect(coverage([5, 6, 9, 0], [4, 4, 1, 1], [6, 6, 8, 2])).toBe(0.5);
  });

  it("has no value with no points", () => {
    expect(coverage([], [], [])).toBeNull();
  });
});

describe("winkler", () => {
  it("is the width when the actual falls inside", () => {
    expect(winklerScore(5, 4, 7, 0.8)).toBe(3);
  });

  it("adds 2/α times the miss below or above", () => {
    // 80%: α = 0.2, 2/α = 10. Below: width 3 + 10 × (4 − 2) = 23; above: 3 + 10 × (9 − 7) = 23
    expect(winklerScore(2, 4, 7, 0.8)).toBeCloseTo(23, 12);
    expect(winklerScore(9, 4, 7, 0.8)).toBeCloseTo(23, 12);
    // 95%: 2/α = 40: width 3 + 40 × 0.5 = 23
    expect(winklerScore(7.5, 4, 7, 0.95)).toBeCloseTo(23, 9);
  });

  it("averages over points", () => {
    expect(meanWinkler([5, 2], [4, 4], [7, 7], 0.8)).toBeCloseTo((3 + 23) / 2, 12);
  });

  it("refuses a level outside (0, 1)", () => {
    expect(() => winklerScore(1, 0, 2, 80)).toThrow(/level/);
  });
});

describe("owa", () => {
  it("averages sMAPE and MASE relative to Naive2", () => {
    // (9 / 10 + 2.4 / 3) / 2 = (0.9 + 0.8) / 2 = 0.85
    expect(owa(9, 2.4, 10, 3)).toBeCloseTo(0.85, 12);
  });

  it("has no value when Naive2 scored 0", () => {
    expect(owa(1, 1, 0, 1)).toBeNull();
  });

  it("takes geometric means of positive values only", () => {
    expect(geometricMean([1, 4])).toBeCloseTo(2, 12);
    expect(geometricMean([2, 8, 4])).toBeCloseTo(4, 12);
    expect(geometricMean([])).toBeNull();
    expect(geometricMean([1, 0])).toBeNull();
  });
});
