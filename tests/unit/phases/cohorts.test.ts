// Repurchase cohorts on buyers worked by hand.
import { describe, expect, it } from "vitest";
import { addMonths, monthsBetween, repurchaseCohorts } from "../../../app/domain/cohorts";

const rows = [
  // bought before the window: belongs to no cohort shown, even though they buy in it
  { buyer: "old", month: "2024-02" },
  { buyer: "old", month: "2024-03" },
  // 2024-03 cohort: a, b, c
  { buyer: "a", month: "2024-03" },
  { buyer: "a", month: "2024-04" },
  { buyer: "a", month: "2024-06" },
  { buyer: "b", month: "2024-03" },
  { buyer: "b", month: "2024-05" },
  { buyer: "c", month: "2024-03" },
  // 2024-04 cohort: d, e
  { buyer: "d", month: "2024-04" },
  { buyer: "d", month: "2024-05" },
  { buyer: "e", month: "2024-04" },
  { buyer: "e", month: "2024-07" }, // after the last month: ignored
  // nobody's first purchase in 2024-05
  // 2024-06 cohort: f
  { buyer: "f", month: "2024-06" },
  // rows without a buyer cannot be followed
  { buyer: "", month: "2024-03" },
];

describe("repurchaseCohorts", () => {
  const t = repurchaseCohorts(rows, { firstMonth: "2024-03", lastMonth: "2024-06" });

  it("lists every month of the window with its new buyers", () => {
    expect(t.offsets).toBe(3);
    expect(t.cohorts.map((c) => [c.month, c.buyers])).toEqual([
      ["2024-03", 3],
      ["2024-04", 2],
      ["2024-05", 0],
      ["2024-06", 1],
    ]);
  });

  it("counts who bought again in each later month, and nothing past the last month", () => {
    const [mar, apr, may, jun] = t.cohorts;
    // March: a in April (+1), b in May (+2), a in June (+3)
    expect(mar.returned).toEqual([1, 1, 1]);
    expect(mar.shares[0]).toBeCloseTo(1 / 3, 12);
    expect(mar.everReturned).toBe(2); // a and b
    expect(mar.everShare).toBeCloseTo(2 / 3, 12);
    // April: d in May (+1); e's July is after June; +3 would be July: not observed
    expect(apr.returned).toEqual([1, 0, null]);
    expect(apr.shares).toEqual([0.5, 0, null]);
    // May: nobody; shares have no value, not 0
    expect(may.returned).toEqual([0, null, null]);
    expect(may.shares).toEqual([null, null, null]);
    expect(may.everShare).toBeNull();
    // June: nothing observed after it yet
    expect(jun.returned).toEqual([null, null, null]);
    expect(jun.everShare).toBeNull();
  });

  it("averages each later month over the cohorts observed that far, weighted by buyers", () => {
    // +1: (1 + 1 + 0) ÷ (3 + 2 + 0); +2: (1 + 0) ÷ (3 + 2); +3: 1 ÷ 3
    expect(t.average[0]).toBeCloseTo(2 / 5, 12);
    expect(t.average[1]).toBeCloseTo(1 / 5, 12);
    expect(t.average[2]).toBeCloseTo(1 / 3, 12);
  });

  it("shows a single month as one cohort with no later months", () => {
    const one = repurchaseCohorts(rows, { firstMonth: "2024-06", lastMonth: "2024-06" });
    expect(one.offsets).toBe(0);
    expect(one.cohorts).toEqual([{ month: "2024-06", buyers: 1, returned: [], shares: [], everReturned: 0, everShare: null }]);
    expect(one.average).toEqual([]);
  });

  it("handles no buyers at all", () => {
    const none = repurchaseCohorts([], { firstMonth: "2024-01", lastMonth: "2024-02" });
    expect(none.cohorts.map((c) => c.buyers)).toEqual([0, 0]);
    expect(none.average).toEqual([null]);
  });

  it("refuses a window that runs backwards or a month it cannot read", () => {
    expect(() => repurchaseCohorts(rows, { firstMonth: "2024-06", lastMonth: "2024-03" })).toThrow(/after/);
    expect(() => repurchaseCohorts([{ buyer: "x", month: "2024-13" }], { firstMonth: "2024-01", lastMonth: "2024-02" })).toThrow(/not a month/);
  });
});

describe("month arithmetic", () => {
  it.each([
    ["2024-11", 2, "2025-01"],
    ["2024-01", -1, "2023-12"],
    ["2024-06", 0, "2024-06"],
    ["2024-06", -18, "2022-12"],
  ] as const)("%s + %s = %s", (m, n, out) => {
    expect(addMonths(m, n)).toBe(out);
    expect(monthsBetween(m, out)).toBe(n);
  });
});
