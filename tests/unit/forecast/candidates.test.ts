// The new candidates by hand: the robust weekly profile, the levelled seasonal average, damped
// trend ETS, and the backtest's own combinations of its best three.
import { describe, expect, it } from "vitest";
import { combinationsOf } from "../../../app/domain/forecast/choose";
import { combinationFromId, combinePoints, medianId, weightedId } from "../../../app/domain/forecast/combine";
import { dampedTrendForecast } from "../../../app/domain/forecast/damped-trend";
import type { Forecaster } from "../../../app/domain/forecast/types";
import { levelledSeasonal, robustProfile } from "../../../app/domain/forecast/weekly-profile";

const constant = (id: string, v: number, usesEvents = false): Forecaster => ({
  id,
  label: id,
  usesEvents,
  minHistory: () => 1,
  forecast: ({ horizon }) => new Array(horizon).fill(v),
});

describe("robust weekly profile", () => {
  it("takes the median of the same position over the last cycles", () => {
    // period 3, three cycles: positions 0, 1, 2 were [1, 10, 100], [3, 20, 900], [2, 30, 200]
    const history = [1, 10, 100, 3, 20, 900, 2, 30, 200];
    expect(robustProfile(history, 4, 3, 3)).toEqual([2, 20, 200, 2]);
  });
});

describe("levelled seasonal average", () => {
  it("scales each past cycle by the recent level over that cycle's", () => {
    // period 2, two cycles, level window 2, history [2, 3, 4, 6]: the recent level is (4 + 6)/2 = 5.
    // Last cycle (4, 6): the window before it, (2 + 3)/2 = 2.5, so ×2. The cycle before (2, 3)
    // has no data before it: ×1. Step 1 = (4·2 + 2)/2 = 5, step 2 = (6·2 + 3)/2 = 7.5.
    expect(levelledSeasonal([2, 3, 4, 6], 2, 2, 2, 2)).toEqual([5, 7.5]);
  });
});

describe("damped trend ETS", () => {
  it("keeps a flat series flat", () => {
    expect(dampedTrendForecast(new Array(20).fill(5), 3, 1)).toEqual([5, 5, 5]);
  });

  it("follows a rising line with increments that shrink by the same φ each step", () => {
    const y = Array.from({ length: 30 }, (_, t) => 10 + 2 * t);
    const f = dampedTrendForecast(y, 3, 1);
    const phi = (f[2] - f[1]) / (f[1] - f[0]);
    expect(f[0]).toBeGreaterThan(y[29]);
    expect([0.8, 0.9, 0.95, 0.98].some((p) => Math.abs(p - phi) < 1e-9)).toBe(true);
  });
});

describe("combinations", () => {
  it("take the per-step median or weighted mean", () => {
    expect(combinePoints([[1, 10], [2, 30], [9, 20]], "median")).toEqual([2, 20]);
    // weights 2, 1, 1: (2·1 + 2 + 9) / 4 = 3.25
    expect(combinePoints([[1], [2], [9]], [2, 1, 1])).toEqual([3.25]);
  });

  it("are rebuilt from their ids", () => {
    const members = [constant("a", 1), constant("b", 2), constant("c", 9)];
    const find = (id: string) => members.find((m) => m.id === id);
    const med = combinationFromId(medianId(["a", "b", "c"]), find)!;
    expect(med.forecast({ history: [0], horizon: 2, period: 1 })).toEqual([2, 2]);
    const w = combinationFromId(weightedId(["a", "c"], [0.75, 0.25]), find)!;
    expect(w.forecast({ history: [0], horizon: 1, period: 1 })).toEqual([3]);
    expect(combinationFromId("median(a|zz)", find)).toBeUndefined();
  });

  it("combine the best three that read the calendar the same way, scored without refitting", () => {
    const run = (id: string, point: number) => ({ model: id, msPerFit: 1, origins: [{ trainLength: 5, actual: [5], point: [point], scale: 1 }] });
    const models = [constant("a", 4), constant("b", 7), constant("c+calendar", 5, true), constant("d", 3), constant("e", 0)];
    const runs = [
      { model: models[0], run: run("a", 4), mase: 1 },
      { model: models[1], run: run("b", 7), mase: 2 },
      { model: models[2], run: run("c+calendar", 5), mase: 0.5 },
      { model: models[3], run: run("d", 3), mase: 2 },
      { model: models[4], run: run("e", 0), mase: 5 },
    ];
    // the best is c+calendar, alone in its family: nothing to combine
    expect(combinationsOf(models, runs)).toEqual([]);
    // without it: a (1), b (2), d (2); weights 1, 1/2, 1/2 → (4 + 3.5 + 1.5) / 2 = 4.5; median 4
    const combos = combinationsOf(models, runs.filter((r) => r.model.id !== "c+calendar"));
    expect(combos.map((c) => c.model.id)).toEqual(["wmean(a*0.500|b*0.250|d*0.250)", "median(a|b|d)"]);
    expect(combos[0].run.origins[0].point).toEqual([4.5]);
    expect(combos[1].run.origins[0].point).toEqual([4]);
  });
});
