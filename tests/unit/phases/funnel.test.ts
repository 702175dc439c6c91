// The funnel view of the phases: step conversion, share of Exploration, the previous period.
import { describe, expect, it } from "vitest";
import { biggestDrop, compareFunnels, funnelSteps, volumesOf } from "../../../app/domain/phases/funnel";

const current = { exploration: 10_000, connection: 500, verification: 200, purchase: 20, confirmation: 16, sharing: 36 };
const previous = { exploration: 8_000, connection: 400, verification: 100, purchase: 20, confirmation: 18, sharing: 0 };

describe("funnelSteps", () => {
  it("gives each phase its step conversion and its share of Exploration", () => {
    const s = funnelSteps(current);
    expect(s.map((x) => x.phase)).toEqual(["exploration", "connection", "verification", "purchase", "confirmation", "sharing"]);
    expect(s[0]).toMatchObject({ label: "Exploration", value: 10_000, stepRate: null, shareOfFirst: 1 });
    expect(s[1].stepRate).toBeCloseTo(0.05, 12);
    expect(s[2].stepRate).toBeCloseTo(0.4, 12);
    expect(s[3].stepRate).toBeCloseTo(0.1, 12);
    expect(s[4].stepRate).toBeCloseTo(0.8, 12);
    expect(s[5].stepRate).toBeCloseTo(2.25, 12);
    expect(s[3].shareOfFirst).toBeCloseTo(0.002, 12);
    expect(s[5].shareOfFirst).toBeCloseTo(0.0036, 12);
  });

  it("leaves every rate empty when nothing was explored or bought", () => {
    const s = funnelSteps({ exploration: 0, connection: 0, verification: 0, purchase: 0, confirmation: 0, sharing: 0 });
    expect(s.every((x) => x.stepRate === null && x.shareOfFirst === null)).toBe(true);
  });
});

describe("compareFunnels", () => {
  const c = compareFunnels(current, previous);

  it("compares volumes as relative change and rates in points", () => {
    expect(c[0].volume).toEqual({ current: 10_000, previous: 8_000, change: 0.25 });
    // verification rate 0.4 now, 0.25 before: +0.15
    expect(c[2].stepRate.current).toBeCloseTo(0.4, 12);
    expect(c[2].stepRate.previous).toBeCloseTo(0.25, 12);
    expect(c[2].stepRate.change).toBeCloseTo(0.15, 12);
    // purchase rate 0.1 now, 0.2 before: −0.1
    expect(c[3].stepRate.change).toBeCloseTo(-0.1, 12);
    // share of Exploration for Purchase: 0.002 now, 0.0025 before
    expect(c[3].shareOfFirst.change).toBeCloseTo(-0.0005, 12);
  });

  it("has no change where the previous period had nothing", () => {
    expect(c[5].volume.change).toBeNull(); // sharing was 0
    expect(c[5].stepRate.previous).toBeCloseTo(0, 12); // 0 ÷ 18 is a real 0
    expect(compareFunnels(current, { ...previous, confirmation: 0, sharing: 0 })[5].stepRate.change).toBeNull(); // 0 ÷ 0 before
  });

  it("names the step that fell most against its own past, ignoring Sharing", () => {
    // purchase rate halved (−50 %); confirmation 0.8 vs 0.9 (−11 %); sharing is not a leak
    const drop = biggestDrop(c);
    expect(drop?.step.phase).toBe("purchase");
    expect(drop?.relative).toBeCloseTo(-0.5, 12);
    expect(biggestDrop(compareFunnels(current, current))).toBeNull();
  });
});

describe("volumesOf", () => {
  it("reads the phase volumes of a report row, 0 where missing", () => {
    expect(volumesOf({ exploration: 5, purchase: 2, gmv: 100, sharing: null })).toEqual({
      exploration: 5, connection: 0, verification: 0, purchase: 2, confirmation: 0, sharing: 0,
    });
  });
});
