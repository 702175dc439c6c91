import { describe, expect, it } from "vitest";
import { benchmarkPeriod, seasonalNaive } from "../../../app/domain/forecast/seasonal-naive";

describe("seasonalNaive", () => {
  it("repeats the last full season", () => {
    expect(seasonalNaive([1, 2, 3, 4, 5, 6, 7, 8, 9], 5, 3)).toEqual([7, 8, 9, 7, 8]);
  });

  it("with period 1 repeats the last value", () => {
    expect(seasonalNaive([3, 1, 4], 3, 1)).toEqual([4, 4, 4]);
  });

  it("falls back to the plain naive benchmark when there is not one full season plus a step", () => {
    expect(benchmarkPeriod(7, 7)).toBe(1);
    expect(benchmarkPeriod(8, 7)).toBe(7);
  });

  it("refuses an empty history", () => {
    expect(() => seasonalNaive([], 3, 7)).toThrow(/empty/);
  });
});
