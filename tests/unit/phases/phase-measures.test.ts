// Every phase measure and rate on a hand-worked fixture, including phases with zero volume.
import { describe, expect, it } from "vitest";
import { emptyMeasures, type Measures } from "../../../app/domain/measures";
import { phaseTotals, phaseVolumes } from "../../../app/domain/phases";
import { phaseRow } from "../../../app/domain/report/phase-report";
import { DEFAULT_PHASE_DEFINITIONS } from "../../../app/domain/settings";

/** One shop-day worked by hand (money in hundredths). */
function fixture(over: Partial<Measures> = {}): Measures {
  return {
    ...emptyMeasures(),
    impressions: 10_000,
    views: 4_000,
    likes: 300,
    comments: 100,
    follows: 100,
    productClicks: 200,
    cartAdds: 50,
    orders: 20,
    keptOrders: 16,
    refundedOrders: 3,
    refunds: 4_500,
    gmv: 123_456,
    shares: 30,
    mediaReviews: 6,
    reviews: 10,
    positiveReviews: 8,
    ugcImpressions: 1_500,
    ...over,
  };
}

describe("phase volumes under the contract's definitions", () => {
  it("sums each phase's counters", () => {
    // Exploration Σ impressions; Connection likes + comments + follows = 300 + 100 + 100;
    // Verification product_clicks; Purchase orders; Confirmation kept orders; Sharing shares + media reviews = 30 + 6
    expect(phaseVolumes(fixture())).toEqual({
      exploration: 10_000,
      connection: 500,
      verification: 200,
      purchase: 20,
      confirmation: 16,
      sharing: 36,
    });
  });

  it("takes every step conversion, the overall conversion and the loop measures from those sums", () => {
    const t = phaseTotals(fixture());
    expect(t.gmv).toBe(123_456);
    expect(t.connectionRate).toBeCloseTo(500 / 10_000, 12); // 0.05
    expect(t.verificationRate).toBeCloseTo(200 / 500, 12); // 0.4
    expect(t.purchaseRate).toBeCloseTo(20 / 200, 12); // 0.1
    expect(t.confirmationRate).toBeCloseTo(16 / 20, 12); // 0.8
    expect(t.sharingRate).toBeCloseTo(36 / 16, 12); // 2.25
    expect(t.overallConversion).toBeCloseTo(20 / 10_000, 12); // 0.002
    expect(t.loopRate).toBeCloseTo(36 / 20, 12); // 1.8
    expect(t.ugcReach).toBeCloseTo(1_500 / 10_000, 12); // 0.15
    expect(t.positiveReviewRate).toBeCloseTo(8 / 10, 12); // 0.8
  });

  it("adds the confirmation and loop counters a report can ask for", () => {
    const r = phaseRow(fixture(), DEFAULT_PHASE_DEFINITIONS);
    expect(r).toMatchObject({ orders: 20, kept_orders: 16, refunded_orders: 3, refunds: 4_500, shares: 30, ugc_impressions: 1_500, reviews: 10, positive_reviews: 8, media_reviews: 6 });
    expect(r.kept_rate).toBeCloseTo(0.8, 12);
    expect(r.refunded_order_rate).toBeCloseTo(3 / 20, 12);
    expect(r.refund_rate).toBeCloseTo(4_500 / 123_456, 12);
  });
});

describe("a merchant's own definitions", () => {
  it("Verification = product_clicks + cart_adds moves Verification and both steps around it", () => {
    const defs = { ...DEFAULT_PHASE_DEFINITIONS, verification: ["product_clicks", "cart_adds"] as ("product_clicks" | "cart_adds")[] };
    const t = phaseTotals(fixture(), defs);
    expect(t.verification).toBe(250);
    expect(t.verificationRate).toBeCloseTo(250 / 500, 12); // 0.5
    expect(t.purchaseRate).toBeCloseTo(20 / 250, 12); // 0.08
    // untouched phases and the loop keep their values
    expect(t.connectionRate).toBeCloseTo(0.05, 12);
    expect(t.loopRate).toBeCloseTo(1.8, 12);
  });
});

describe("phases with zero volume", () => {
  it("an empty period has no rates at all: null, never 0, NaN or Infinity", () => {
    const t = phaseTotals(emptyMeasures());
    for (const k of ["connectionRate", "verificationRate", "purchaseRate", "confirmationRate", "sharingRate", "overallConversion", "loopRate", "ugcReach", "positiveReviewRate"] as const) {
      expect(t[k], k).toBeNull();
    }
    const r = phaseRow(emptyMeasures(), DEFAULT_PHASE_DEFINITIONS);
    for (const k of ["kept_rate", "refunded_order_rate", "refund_rate"]) expect(r[k], k).toBeNull();
  });

  it("shelf sales without content: rates out of Exploration are null, rates after Purchase still count", () => {
    const t = phaseTotals(fixture({ impressions: 0, likes: 0, comments: 0, follows: 0, productClicks: 0, cartAdds: 0, ugcImpressions: 0, shares: 0 }));
    expect(t.exploration).toBe(0);
    expect(t.connectionRate).toBeNull(); // 0 ÷ 0
    expect(t.verificationRate).toBeNull(); // 0 ÷ 0
    expect(t.purchaseRate).toBeNull(); // 20 ÷ 0
    expect(t.overallConversion).toBeNull(); // 20 ÷ 0
    expect(t.ugcReach).toBeNull(); // 0 ÷ 0
    expect(t.confirmationRate).toBeCloseTo(0.8, 12);
    expect(t.sharingRate).toBeCloseTo(6 / 16, 12); // only media reviews share
    expect(t.loopRate).toBeCloseTo(6 / 20, 12);
  });

  it("content without sales: a real 0 conversion where the denominator is not 0", () => {
    const t = phaseTotals(fixture({ orders: 0, keptOrders: 0, gmv: 0, mediaReviews: 0, reviews: 0, positiveReviews: 0 }));
    expect(t.purchaseRate).toBe(0); // 0 ÷ 200
    expect(t.overallConversion).toBe(0);
    expect(t.confirmationRate).toBeNull(); // 0 ÷ 0
    expect(t.loopRate).toBeNull(); // 30 ÷ 0
    expect(t.sharingRate).toBeNull(); // 30 ÷ 0
    expect(t.positiveReviewRate).toBeNull();
  });
});
