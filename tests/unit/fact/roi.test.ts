import { describe, expect, it } from "vitest";
import { commissionCost, roi } from "../../../app/domain/fact/roi";

describe("commission cost and ROI", () => {
  it("costs GMV × rate in hundredths, rounded to the hundredth", () => {
    expect(commissionCost(100_000, 0.2)).toBe(20_000); // ¥1,000 at 20% = ¥200
    expect(commissionCost(333, 0.15)).toBe(50); // 49.95 hundredths rounds to 50
    expect(commissionCost(0, 0.2)).toBe(0);
  });

  it("does not know the cost when the rate is unknown", () => {
    expect(commissionCost(100_000, null)).toBeNull();
    expect(commissionCost(100_000, undefined)).toBeNull();
  });

  it("is GMV ÷ cost, with no value for a zero or unknown cost", () => {
    expect(roi(100_000, 20_000)).toBe(5);
    expect(roi(0, 20_000)).toBe(0);
    expect(roi(100_000, 0)).toBeNull();
    expect(roi(100_000, null)).toBeNull();
  });
});
