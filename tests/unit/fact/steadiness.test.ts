import { describe, expect, it } from "vitest";
import { fillDays, steadiness, steadinessLabel } from "../../../app/domain/fact/steadiness";

describe("steadiness (coefficient of variation of daily GMV)", () => {
  it.each([
    // [daily, expected] worked by hand: population sd ÷ mean
    { daily: [100, 100, 100, 100], expected: 0, why: "flat days do not vary" },
    { daily: [100, 300], expected: 0.5, why: "mean 200, sd 100" },
    { daily: [0, 0, 0, 400], expected: Math.sqrt(3), why: "mean 100, sd √30000 = 173.2…; a one-day burst" },
    { daily: [200, 400, 600], expected: Math.sqrt(80000 / 3) / 400, why: "mean 400, variance (40000+0+40000)/3" },
  ])("$why", ({ daily, expected }) => {
    expect(steadiness(daily)).toBeCloseTo(expected, 12);
  });

  it("has no value for a period without sales (mean 0) or without days", () => {
    expect(steadiness([0, 0, 0])).toBeNull();
    expect(steadiness([])).toBeNull();
  });

  it("counts days without sales as 0 when the series is filled", () => {
    const days = fillDays("2026-03-01", "2026-03-04", new Map([["2026-03-02", 400]]));
    expect(days).toEqual([0, 400, 0, 0]);
    expect(steadiness(days)).toBeCloseTo(Math.sqrt(3), 12);
  });

  it("names the swing", () => {
    expect(steadinessLabel(0.2)).toBe("steady");
    expect(steadinessLabel(0.5)).toBe("variable");
    expect(steadinessLabel(1.7)).toBe("bursty");
    expect(steadinessLabel(null)).toBeNull();
  });
});
