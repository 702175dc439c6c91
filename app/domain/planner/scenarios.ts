// Budget scenarios: the best plan's expected GMV at several budgets, and the marginal GMV per
// extra ¥. Plans book whole posts, so the GMV of the best plan found at each budget can step
// unevenly; the marginal is read off the smallest concave curve over those points (the return
// the next ¥ can be counted on for), so it never rises with the budget.

export interface ScenarioPoint {
  /** hundredths */
  budget: number;
  /** expected GMV of the best plan found at this budget, hundredths */
  gmv: number;
  /** what that plan costs */
  cost: number;
}

export interface Scenario extends ScenarioPoint {
  /** GMV the curve gives at this budget (≥ the plan's when booking whole posts left money unspent) */
  curveGmv: number;
  /** extra GMV per extra ¥ from the previous budget level (from 0 for the first) */
  marginal: number | null;
}

/** Upper concave hull of points sorted by x (monotone chain), starting from (0, y0). */
function concaveHull(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const hull: { x: number; y: number }[] = [];
  for (const p of points) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2];
      const b = hull[hull.length - 1];
      // drop b when it lies on or under the segment a → p
      if ((b.y - a.y) * (p.x - a.x) <= (p.y - a.y) * (b.x - a.x)) hull.pop();
      else break;
    }
    hull.push(p);
  }
  return hull;
}

function curveAt(hull: { x: number; y: number }[], x: number): number {
  for (let i = 1; i < hull.length; i++) {
    if (x <= hull[i].x) {
      const a = hull[i - 1];
      const b = hull[i];
      return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
    }
  }
  return hull[hull.length - 1].y;
}

/** Scenarios from plans found at each budget; `atZero` is the GMV of what costs nothing (free creators). */
export function budgetScenarios(points: readonly ScenarioPoint[], atZero = 0): Scenario[] {
  const sorted = [...points].sort((a, b) => a.budget - b.budget);
  // a larger budget can always afford the smaller budget's plan: GMV never falls
  let best = atZero;
  const monotone = sorted.map((p) => {
    best = Math.max(best, p.gmv);
    return { x: p.budget, y: best };
  });
  const hull = concaveHull([{ x: 0, y: atZero }, ...monotone.filter((p) => p.x > 0)]);
  let prevX = 0;
  let prevY = atZero;
  return sorted.map((p) => {
    const curveGmv = p.budget > 0 ? curveAt(hull, p.budget) : atZero;
    const marginal = p.budget > prevX ? (curveGmv - prevY) / (p.budget - prevX) : null;
    prevX = p.budget;
    prevY = curveGmv;
    return { ...p, curveGmv, marginal };
  });
}

/** Budget levels around a budget: ¼, ½, ¾, 1, 1¼, 1½ and 2 times it. */
export function scenarioBudgets(budget: number): number[] {
  return [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2].map((f) => Math.round(budget * f));
}
