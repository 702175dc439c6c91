// Cost of a line and break-even GPM, by hand.
import { describe, expect, it } from "vitest";
import { breakEvenGpm, lineCost, postsWorth } from "../../../app/domain/planner/cost";

const rate = { fee: 500_000, sampleCost: 20_000, commissionRate: 0.2, boost: 30_000 };

describe("line cost", () => {
  it("is posts × (fee + samples + boost) + commission × expected GMV", () => {
    // 2 × (5000 + 200 + 300) + 0.2 × 40,000.00 = 11,000 + 8,000 = 19,000.00
    expect(lineCost(rate, 2, 4_000_000)).toBe(1_900_000);
  });
  it("is 0 for no posts", () => {
    expect(lineCost(rate, 0, 4_000_000)).toBe(0);
  });
});

describe("break-even GPM", () => {
  it("is (fees + samples + boost) ÷ (1 − commission) ÷ expected views × 1000", () => {
    // 5,500.00 ÷ 0.8 = 6,875.00 of GMV needed from 100,000 views → ¥68.75 per 1,000 views
    expect(breakEvenGpm(rate, 1, 100_000)).toBeCloseTo(6_875, 9);
  });
  it("has no value without views or with a commission of 100%", () => {
    expect(breakEvenGpm(rate, 1, 0)).toBeNull();
    expect(breakEvenGpm({ ...rate, commissionRate: 1 }, 1, 100)).toBeNull();
  });
});

describe("diminishing returns", () => {
  it("n posts are worth 1 + d + d² + … of the first", () => {
    expect(postsWorth(0.5, 3)).toBeCloseTo(1.75, 12);
    expect(postsWorth(0.85, 1)).toBe(1);
  });
});
