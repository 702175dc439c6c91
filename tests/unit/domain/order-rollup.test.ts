// What one order adds to its rollup row, worked out by hand.
import { describe, expect, it } from "vitest";
import { OrderRollupDelta, orderSegmentKey, type OrderForRollup } from "../../../app/domain/order-rollup";

const order = (o: Partial<OrderForRollup>): OrderForRollup => ({
  day: "2024-06-18", pillar: "A", campaignId: "", accountId: "kol", contentId: "", channel: "video",
  status: "paid", gmv: 10_000, refundAmount: null, paidAt: 1_718_700_000_000, ...o,
});

const sums = (d: OrderRollupDelta) => [...d.segments()].map(([s, m]) => [s.day, s.pillar, s.contentId, m]);

describe("OrderRollupDelta", () => {
  it("sums gmv, capped refunds, kept and refunded orders, and live GMV by rollup row", () => {
    const d = new OrderRollupDelta(new Set(["L1"]));
    d.add(order({}));                                                   // kept
    d.add(order({ refundAmount: 15_000, status: "refunded" }));         // refund capped at gmv
    d.add(order({ status: "refunded" }));                               // refunded in full
    d.add(order({ refundAmount: 2_500 }));                              // paid, partly refunded: not kept
    d.add(order({ contentId: "L1", gmv: 4_000 }));                      // live content: live GMV
    d.add(order({ channel: "live", gmv: 1_000, pillar: "F" }));         // live channel
    d.add(order({ status: "cancelled" }));                              // counts nowhere
    expect(sums(d)).toEqual([
      //                              gmv     refunds orders kept refunded live
      ["2024-06-18", "A", "", [40_000, 22_500, 4, 1, 3, 0]],
      ["2024-06-18", "A", "L1", [4_000, 0, 1, 1, 0, 4_000]],
      ["2024-06-18", "F", "", [1_000, 0, 1, 1, 0, 1_000]],
    ]);
    expect([...d.pillarDays().values()]).toEqual([
      { day: "2024-06-18", pillar: "A", sums: [44_000, 22_500, 5, 2, 3, 4_000] },
      { day: "2024-06-18", pillar: "F", sums: [1_000, 0, 1, 1, 0, 1_000] },
    ]);
  });

  it("takes an order out again with sign −1, and has no rollup row for a cancelled order", () => {
    const d = new OrderRollupDelta(new Set());
    d.add(order({ refundAmount: 500 }));
    d.add(order({ refundAmount: 500 }), -1);
    expect(sums(d)).toEqual([["2024-06-18", "A", "", [0, 0, 0, 0, 0, 0]]]);
    expect(orderSegmentKey(order({ status: "cancelled" }))).toBeNull();
    expect(orderSegmentKey(order({}))).not.toBe(orderSegmentKey(order({ campaignId: "618" })));
  });

  it("keeps each row's earliest paid time of the orders added, not of those taken out", () => {
    const d = new OrderRollupDelta(new Set());
    d.add(order({ paidAt: 300 }));
    d.add(order({ paidAt: 100 }));
    d.add(order({ paidAt: 50 }), -1);                                  // taken out: leaves the first paid time
    d.add(order({ paidAt: 20 }), 1, false);                            // a replaced order no earlier than before
    d.add(order({ pillar: "F", paidAt: 70 }), -1);                     // only taken out: none
    d.add(order({ status: "cancelled", paidAt: 1 }));                  // counts nowhere
    expect([...d.segments()].map(([s, , first]) => [s.pillar, first])).toEqual([["A", 100], ["F", null]]);
    d.clear();
    d.add(order({ paidAt: 500 }));
    expect([...d.segments()].map(([, , first]) => first)).toEqual([500]);
  });
});
