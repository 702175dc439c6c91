import { describe, expect, it } from "vitest";
import { emptyMeasures, effectiveRefund, isKept, type Measures } from "../../../app/domain/measures";
import { describeDefinition, phaseTotals } from "../../../app/domain/phases";
import { DEFAULT_PHASE_DEFINITIONS } from "../../../app/domain/settings";

function measures(m: Partial<Measures>): Measures {
  return { ...emptyMeasures(), ...m };
}

describe("phaseTotals on a hand-worked day", () => {
  // 10,000 impressions (2,000 of them ugc); 300 likes + 50 comments + 50 follows = 400;
  // 200 product clicks; 20 orders (¥3,000); 16 kept; 30 shares + 10 media reviews = 40.
  const m = measures({
    impressions: 10_000, ugcImpressions: 2_000, likes: 300, comments: 50, follows: 50, productClicks: 200,
    orders: 20, gmv: 300_000, keptOrders: 16, shares: 30, mediaReviews: 10, reviews: 25, positiveReviews: 20,
  });
  const t = phaseTotals(m);

  it("sums each phase's default measure", () => {
    expect(t).toMatchObject({ exploration: 10_000, connection: 400, verification: 200, purchase: 20, gmv: 300_000, confirmation: 16, sharing: 40 });
  });

  it("takes each step's conversion from the previous phase", () => {
    expect(t.connectionRate).toBeCloseTo(0.04);
    expect(t.verificationRate).toBeCloseTo(0.5);
    expect(t.purchaseRate).toBeCloseTo(0.1);
    expect(t.confirmationRate).toBeCloseTo(0.8);
    expect(t.sharingRate).toBeCloseTo(2.5);
    expect(t.overallConversion).toBeCloseTo(0.002);
  });

  it("measures the loop", () => {
    expect(t.loopRate).toBeCloseTo(2);
    expect(t.ugcReach).toBeCloseTo(0.2);
    expect(t.positiveReviewRate).toBeCloseTo(0.8);
  });

  it("uses a merchant's own definition", () => {
    const defs = { ...DEFAULT_PHASE_DEFINITIONS, verification: ["product_clicks", "cart_adds"] as ("product_clicks" | "cart_adds")[] };
    const r = phaseTotals(measures({ productClicks: 200, cartAdds: 60, likes: 400, orders: 13 }), defs);
    expect(r.verification).toBe(260);
    expect(r.purchaseRate).toBeCloseTo(0.05);
    expect(describeDefinition(defs)[2]).toBe("Verification = product_clicks + cart_adds");
  });
});

describe("phases with zero volume", () => {
  it("leave every rate null, never 0 or Infinity", () => {
    const t = phaseTotals(emptyMeasures());
    for (const k of ["connectionRate", "verificationRate", "purchaseRate", "confirmationRate", "sharingRate", "overallConversion", "loopRate", "ugcReach", "positiveReviewRate"] as const) {
      expect(t[k], k).toBeNull();
    }
  });

  it("orders without impressions still give no overall conversion", () => {
    const t = phaseTotals(measures({ orders: 5, keptOrders: 5 }));
    expect(t.overallConversion).toBeNull();
    expect(t.confirmationRate).toBe(1);
  });
});

describe("refunds and kept orders", () => {
  it.each([
    [{ gmv: 1000, status: "paid", refundAmount: null }, 0, true],
    [{ gmv: 1000, status: "refunded", refundAmount: null }, 1000, false],
    [{ gmv: 1000, status: "refunded", refundAmount: 400 }, 400, false],
    [{ gmv: 1000, status: "paid", refundAmount: 2500 }, 1000, false],
    [{ gmv: 1000, status: "cancelled", refundAmount: 1000 }, 0, false],
  ])("%j refunds %i", (order, refund, kept) => {
    expect(effectiveRefund(order)).toBe(refund);
    expect(isKept(order)).toBe(kept);
  });
});
