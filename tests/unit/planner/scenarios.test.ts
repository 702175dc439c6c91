// Budget scenarios: GMV never falls and the marginal GMV per extra ¥ never rises with budget.
import { describe, expect, it } from "vitest";
import { budgetScenarios } from "../../../app/domain/planner/scenarios";
import { suggest, type Candidate } from "../../../app/domain/planner/optimise";

describe("budget scenarios", () => {
  it("reads the marginal off the concave curve over the plans found", () => {
    // 0→100: +300 (3 per ¥); 100→200: +100 (1); 200→300: +250 (2.5) would be a rise — the curve bridges
    // 100→300 at (650 − 300) / 200 = 1.75 per ¥, under the first 3 per ¥; at 200 the curve gives 475
    const s = budgetScenarios([
      { budget: 100, gmv: 300, cost: 100 },
      { budget: 200, gmv: 400, cost: 200 },
      { budget: 300, gmv: 650, cost: 300 },
    ]);
    expect(s.map((x) => x.marginal)).toEqual([3, 1.75, 1.75]);
    expect(s[1].curveGmv).toBeCloseTo(475, 9);
    for (let i = 1; i < s.length; i++) expect(s[i].marginal!).toBeLessThanOrEqual(s[i - 1].marginal!);
  });

  it("never rises on plans the optimiser finds", () => {
    const cands: Candidate[] = Array.from({ length: 30 }, (_, i) => ({
      id: `c${i}|video`,
      accountId: `c${i}`,
      format: "video" as const,
      followers: i * 1000,
      gpm: i % 7,
      value: 500 + ((i * 389) % 900),
      gmvPerPost: 500 + ((i * 389) % 900),
      fixedPerPost: 100 + ((i * 211) % 400),
      commissionRate: 0.15,
      intent: "harvesting" as const,
    }));
    const budgets = [500, 1000, 1500, 2000, 3000, 4000, 6000];
    const points = budgets.map((budget) => {
      const r = suggest(cands, { budget, maxShare: 0.5, maxPosts: 3, minCreators: 0, minSeedingShare: 0 }, 0.85);
      return { budget, gmv: r.ok ? r.objective : 0, cost: r.ok ? r.cost : 0 };
    });
    const s = budgetScenarios(points);
    for (let i = 1; i < s.length; i++) {
      expect(s[i].curveGmv).toBeGreaterThanOrEqual(s[i - 1].curveGmv);
      expect(s[i].marginal!).toBeLessThanOrEqual(s[i - 1].marginal! + 1e-12);
    }
  });
});
