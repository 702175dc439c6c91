// Plan against actual by hand: volume, efficiency and mix add up to the total variance.
import { describe, expect, it } from "vitest";
import { varianceSplit } from "../../../app/domain/planner/variance";

describe("variance split", () => {
  it("adds up, by hand", () => {
    // line 1 planned 1000 views at 2/view (2000); got 1500 views and 2400 GMV
    // line 2 planned 1000 views at 4/view (4000); got 500 views and 2500 GMV
    // plan: 2000 views, 6000 GMV, 3/view. actual: 2000 views, 4900 GMV. total −1100
    // volume = (2000 − 2000) × 3 = 0
    // at planned GPM: 1500 × 2 + 500 × 4 = 5000; mix = 5000 − 2000 × 3 = −1000
    // efficiency = 4900 − 5000 = −100
    const s = varianceSplit([
      { plannedViews: 1000, plannedGmv: 2000, actualViews: 1500, actualGmv: 2400, actualPosts: 2 },
      { plannedViews: 1000, plannedGmv: 4000, actualViews: 500, actualGmv: 2500, actualPosts: 1 },
    ]);
    expect(s.total).toBe(-1100);
    expect(s.volume).toBe(0);
    expect(s.mix).toBe(-1000);
    expect(s.efficiency).toBe(-100);
    expect(s.volume + s.mix + s.efficiency).toBe(s.total);
  });

  it("flags a line that never posted and still adds up", () => {
    const s = varianceSplit([
      { plannedViews: 1000, plannedGmv: 3000, actualViews: 0, actualGmv: 0, actualPosts: 0 },
      { plannedViews: 3000, plannedGmv: 3000, actualViews: 4000, actualGmv: 5000, actualPosts: 3 },
    ]);
    expect(s.lines[0].neverPosted).toBe(true);
    expect(s.lines[1].neverPosted).toBe(false);
    expect(s.volume + s.mix + s.efficiency).toBeCloseTo(s.total, 9);
    expect(s.total).toBe(-1000);
    const lines = s.lines.reduce((t, l) => t + l.volume + l.efficiency, 0);
    expect(lines).toBeCloseTo(s.total, 9);
  });
});
