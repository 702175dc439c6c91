import { describe, expect, it } from "vitest";
import { mixAgainstTarget } from "../../../app/domain/fact/mix";

describe("actual mix against the target mix", () => {
  it("gives the gap in share points for each pillar in FACT+ order", () => {
    const gaps = mixAgainstTarget({ F: 0.4, A: 0.2, C: 0.1, T: 0.1, S: 0.2 }, { F: 0.3, A: 0.25, C: 0.15, T: 0.1, S: 0.2 });
    expect(gaps.map((g) => g.pillar)).toEqual(["F", "A", "C", "T", "S"]);
    expect(gaps[0].gap).toBeCloseTo(0.1, 12);
    expect(gaps[1].gap).toBeCloseTo(-0.05, 12);
    expect(gaps[3].gap).toBeCloseTo(0, 12);
  });

  it("has no gap in a period without sales, and a missing target is 0", () => {
    const gaps = mixAgainstTarget({ F: null, A: null, C: null, T: null, S: null }, { F: 1 });
    expect(gaps.every((g) => g.gap === null)).toBe(true);
    expect(gaps[1].target).toBe(0);
  });
});
