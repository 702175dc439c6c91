import { describe, expect, it } from "vitest";
import { describeTier, tierRanges, tierTotals } from "../../../app/domain/fact/tiers";
import { DEFAULT_TIER_BANDS } from "../../../app/domain/settings";

describe("creator tiers", () => {
  it("orders bands from the top with their upper bounds", () => {
    const r = tierRanges(DEFAULT_TIER_BANDS);
    expect(r.map((x) => [x.name, x.minFollowers, x.maxFollowers])).toEqual([
      ["head", 5_000_000, null],
      ["shoulder", 1_000_000, 5_000_000],
      ["waist", 100_000, 1_000_000],
      ["tail", 0, 100_000],
    ]);
    expect(r.map(describeTier)).toEqual(["≥ 5.00M", "1.00M–5.00M", "100K–1.00M", "< 100K"]);
  });

  it("totals GMV, cost, GPM and ROI per tier; unknown costs stay out of ROI", () => {
    const totals = tierTotals(
      [
        { followers: 6_000_000, gmv: 500_000, orders: 10, views: 100_000, contents: 2, commissionCost: 100_000 },
        { followers: 5_000_000, gmv: 300_000, orders: 6, views: 50_000, contents: 1, commissionCost: null },
        { followers: 20_000, gmv: 200_000, orders: 8, views: 50_000, contents: 5, commissionCost: 25_000 },
      ],
      DEFAULT_TIER_BANDS,
    );
    const head = totals[0];
    expect(head).toMatchObject({ tier: "head", creators: 2, gmv: 800_000, orders: 16, views: 150_000, contents: 3, commissionCost: 100_000, unknownCost: 1 });
    expect(head.gpm).toBeCloseTo((800_000 / 150_000) * 1000, 9);
    expect(head.roi).toBe(5); // only the creator with a known cost: 500,000 ÷ 100,000
    expect(head.gmvShare).toBe(0.8);
    expect(totals[1]).toMatchObject({ tier: "shoulder", creators: 0, gmv: 0, gpm: null, roi: null, gmvShare: 0 });
    expect(totals[3]).toMatchObject({ tier: "tail", creators: 1, roi: 8, gmvShare: 0.2 });
  });

  it("has no shares for an empty matrix", () => {
    const totals = tierTotals([], DEFAULT_TIER_BANDS);
    expect(totals).toHaveLength(4);
    expect(totals.every((t) => t.gmvShare === null && t.roi === null && t.gpm === null)).toBe(true);
  });
});
