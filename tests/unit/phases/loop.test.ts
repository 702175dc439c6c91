// The loop: its picture, its measures and whether it is growing.
import { describe, expect, it } from "vitest";
import { loopGrowth, loopMeasures, loopPicture, loopVerdict } from "../../../app/domain/loop";

const volumes = { exploration: 10_000, connection: 500, verification: 200, purchase: 20, confirmation: 16, sharing: 36 };

describe("loopPicture", () => {
  it("draws six nodes, five steps and the return from Sharing to Exploration", () => {
    const p = loopPicture(volumes, 1_500);
    expect(p.nodes.map((n) => [n.phase, n.value])).toEqual([
      ["exploration", 10_000], ["connection", 500], ["verification", 200], ["purchase", 20], ["confirmation", 16], ["sharing", 36],
    ]);
    expect(p.edges.map((e) => `${e.from}>${e.to}:${e.kind}`)).toEqual([
      "exploration>connection:step", "connection>verification:step", "verification>purchase:step",
      "purchase>confirmation:step", "confirmation>sharing:step", "sharing>exploration:loop",
    ]);
    expect(p.edges[2].rate).toBeCloseTo(0.1, 12);
    expect(p.edges[5].rate).toBeCloseTo(0.15, 12); // UGC reach 1 500 ÷ 10 000
    expect(p.ugcImpressions).toBe(1_500);
  });

  it("has no rates when nothing was explored", () => {
    const p = loopPicture({ ...volumes, exploration: 0, connection: 0 }, 0);
    expect(p.edges[0].rate).toBeNull();
    expect(p.edges[1].rate).toBeNull();
    expect(p.edges[5].rate).toBeNull();
  });
});

describe("loopMeasures", () => {
  it("loop rate, UGC reach and positive review rate", () => {
    const m = loopMeasures({ exploration: 10_000, purchase: 20, sharing: 36, ugcImpressions: 1_500, reviews: 10, positiveReviews: 8 });
    expect(m.loopRate).toBeCloseTo(1.8, 12);
    expect(m.ugcReach).toBeCloseTo(0.15, 12);
    expect(m.positiveReviewRate).toBeCloseTo(0.8, 12);
    expect(loopMeasures({ exploration: 0, purchase: 0, sharing: 3, ugcImpressions: 0, reviews: 0, positiveReviews: 0 })).toEqual({
      loopRate: null, ugcReach: null, positiveReviewRate: null,
    });
  });
});

describe("loopVerdict", () => {
  it.each([
    [0.12, 0.1, "growing"], // +20 %
    [0.1021, 0.1, "growing"], // +2.1 %
    [0.1019, 0.1, "steady"], // +1.9 % is inside the band
    [0.0985, 0.1, "steady"],
    [0.0979, 0.1, "shrinking"],
    [0.05, 0, "growing"], // from nothing to something
    [0, 0, "steady"],
    [null, 0.1, "unknown"],
    [0.1, null, "unknown"],
  ] as const)("reach %s after %s is %s", (cur, prev, verdict) => {
    expect(loopVerdict(cur, prev)).toBe(verdict);
  });
});

describe("loopGrowth", () => {
  it("sets this period's loop against the last one's", () => {
    const g = loopGrowth(
      { exploration: 10_000, purchase: 20, sharing: 36, ugcImpressions: 1_500, reviews: 10, positiveReviews: 8 },
      { exploration: 8_000, purchase: 10, sharing: 30, ugcImpressions: 800, reviews: 4, positiveReviews: 4 },
    );
    expect(g.ugcReach.current).toBeCloseTo(0.15, 12);
    expect(g.ugcReach.previous).toBeCloseTo(0.1, 12);
    expect(g.ugcReach.change).toBeCloseTo(0.05, 12); // +5 pts
    expect(g.ugcImpressions).toEqual({ current: 1_500, previous: 800, change: 0.875 });
    expect(g.loopRate.change).toBeCloseTo(1.8 - 3, 12);
    expect(g.positiveReviewRate.change).toBeCloseTo(-0.2, 12);
    expect(g.verdict).toBe("growing");
  });
});
