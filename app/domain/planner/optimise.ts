// Suggests a plan: how many posts to book of which creator and format so the plan's objective
// (expected GMV, or the risk-averse P10) is as high as the budget and constraints allow, with
// diminishing returns for repeated posts. Deterministic: every tie is broken by id.
//
// How: a constrained greedy by value per ¥ of the next post, the two baselines an agency would
// use by hand (greedy by GPM, greedy by followers), then a local search from the best of them
// (take a line's last post out, keep it out, refill) that only accepts strict improvements. The
// result is never worse than either baseline because both are among the starting points.
import { plannerEnglish } from "./messages";
import { repeatFactor } from "./cost";
import type { Format, Intent } from "./types";

export interface Candidate {
  /** `${accountId}|${format}` */
  id: string;
  accountId: string;
  format: Format;
  followers: number;
  /** estimated GPM, for the greedy-by-GPM baseline */
  gpm: number;
  /** the objective's value of the first post: expected GMV, or its P10 */
  value: number;
  /** expected GMV of the first post (commission is paid on it), hundredths */
  gmvPerPost: number;
  /** fee + samples + boost per post, hundredths */
  fixedPerPost: number;
  commissionRate: number;
  intent: Intent;
}

export interface Constraints {
  /** hundredths */
  budget: number;
  /** largest share of the budget one creator's lines may cost, 0..1 */
  maxShare: number;
  /** posts of one creator and format */
  maxPosts: number;
  minCreators: number;
  /** smallest share of the plan's cost on seeding lines, 0..1 */
  minSeedingShare: number;
}

export type ConstraintId = "budget" | "maxShare" | "maxPosts" | "minCreators" | "minSeedingShare";

export interface Suggestion {
  ok: true;
  /** posts per candidate id (only those with posts) */
  posts: Map<string, number>;
  objective: number;
  cost: number;
  baselines: { byGpm: number; byFollowers: number; byValuePerCost: number };
  improvedBySearch: boolean;
}
export interface Infeasible {
  ok: false;
  constraint: ConstraintId;
  message: string;
}

interface Ctx {
  cands: Candidate[];
  k: Constraints;
  decay: number;
  /** factor sums: worth[n] = Σ_{j ≤ n} decay^(j−1) */
  worth: number[];
  creatorOf: number[];
  creatorCount: number;
  /** cheapest one-post cost per creator, and creators ordered by it */
  cheapest: number[];
  creatorsByCheapest: number[];
  eligible: boolean[];
}

interface State {
  posts: Int32Array;
  cost: number;
  creatorCost: Float64Array;
  creatorPosts: Int32Array;
  distinct: number;
  seedCost: number;
}

/** Cost of n posts of a candidate, exactly as the plan computes a line's cost. */
export function candidateCost(c: Candidate, n: number, decay: number): number {
  if (n <= 0) return 0;
  let w = 0;
  for (let j = 1; j <= n; j++) w += repeatFactor(decay, j);
  return Math.round(n * c.fixedPerPost + c.commissionRate * (c.gmvPerPost * w));
}

function context(cands: Candidate[], k: Constraints, decay: number): Ctx {
  const worth = [0];
  for (let n = 1; n <= k.maxPosts; n++) worth.push(worth[n - 1] + repeatFactor(decay, n));
  const creatorIds = new Map<string, number>();
  const creatorOf = cands.map((c) => {
    let id = creatorIds.get(c.accountId);
    if (id === undefined) {
      id = creatorIds.size;
      creatorIds.set(c.accountId, id);
    }
    return id;
  });
  const cheapest = new Array<number>(creatorIds.size).fill(Infinity);
  cands.forEach((c, i) => {
    cheapest[creatorOf[i]] = Math.min(cheapest[creatorOf[i]], candidateCost(c, 1, decay));
  });
  const cap = k.maxShare * k.budget;
  const eligible = cheapest.map((x) => x <= cap && x <= k.budget);
  const creatorsByCheapest = cheapest.map((_, i) => i).filter((i) => eligible[i]).sort((a, b) => cheapest[a] - cheapest[b] || a - b);
  return { cands, k, decay, worth, creatorOf, creatorCount: creatorIds.size, cheapest, creatorsByCheapest, eligible };
}

function emptyState(x: Ctx): State {
  return {
    posts: new Int32Array(x.cands.length),
    cost: 0,
    creatorCost: new Float64Array(x.creatorCount),
    creatorPosts: new Int32Array(x.creatorCount),
    distinct: 0,
    seedCost: 0,
  };
}

function copy(s: State): State {
  return { posts: s.posts.slice(), cost: s.cost, creatorCost: s.creatorCost.slice(), creatorPosts: s.creatorPosts.slice(), distinct: s.distinct, seedCost: s.seedCost };
}

const lineCostOf = (x: Ctx, i: number, n: number) => {
  if (n <= 0) return 0;
  const c = x.cands[i];
  return Math.round(n * c.fixedPerPost + c.commissionRate * (c.gmvPerPost * x.worth[n]));
};
const lineValueOf = (x: Ctx, i: number, n: number) => x.cands[i].value * x.worth[n];

export function objectiveOf(x: Ctx, s: State): number {
  let v = 0;
  for (let i = 0; i < s.posts.length; i++) if (s.posts[i] > 0) v += lineValueOf(x, i, s.posts[i]);
  return v;
}

/** Budget left must still buy one post of enough new creators to reach the minimum. */
function reserveHolds(x: Ctx, s: State, creator: number, budgetLeft: number): boolean {
  const distinctAfter = s.distinct + (s.creatorPosts[creator] === 0 ? 1 : 0);
  let need = x.k.minCreators - distinctAfter;
  if (need <= 0) return true;
  let sum = 0;
  for (const c of x.creatorsByCheapest) {
    if (c === creator || s.creatorPosts[c] > 0) continue;
    sum += x.cheapest[c];
    if (--need === 0) break;
  }
  return need === 0 && sum <= budgetLeft;
}

type Why = "ok" | "final" | "reserve";

/** Whether one more post of candidate i fits; "final" when it never will in this fill. */
function canAdd(x: Ctx, s: State, i: number, budget: number): Why {
  const c = x.creatorOf[i];
  if (!x.eligible[c]) return "final";
  const p = s.posts[i];
  if (p >= x.k.maxPosts) return "final";
  const delta = lineCostOf(x, i, p + 1) - lineCostOf(x, i, p);
  if (s.cost + delta > budget) return "final";
  if (s.creatorCost[c] + delta > x.k.maxShare * x.k.budget) return "final";
  if (!reserveHolds(x, s, c, x.k.budget - s.cost - delta)) return "reserve";
  return "ok";
}

function add(x: Ctx, s: State, i: number): void {
  const c = x.creatorOf[i];
  const p = s.posts[i];
  const delta = lineCostOf(x, i, p + 1) - lineCostOf(x, i, p);
  s.posts[i] = p + 1;
  s.cost += delta;
  s.creatorCost[c] += delta;
  if (s.creatorPosts[c] === 0) s.distinct++;
  s.creatorPosts[c]++;
  if (x.cands[i].intent === "seeding") s.seedCost += delta;
}

function remove(x: Ctx, s: State, i: number): void {
  const c = x.creatorOf[i];
  const p = s.posts[i];
  const delta = lineCostOf(x, i, p) - lineCostOf(x, i, p - 1);
  s.posts[i] = p - 1;
  s.cost -= delta;
  s.creatorCost[c] -= delta;
  s.creatorPosts[c]--;
  if (s.creatorPosts[c] === 0) s.distinct--;
  if (x.cands[i].intent === "seeding") s.seedCost -= delta;
}

/** Value per ¥ of the next post of i (Infinity when it is free and brings something). */
function nextRatio(x: Ctx, s: State, i: number): number {
  const p = s.posts[i];
  const dv = lineValueOf(x, i, p + 1) - lineValueOf(x, i, p);
  const dc = lineCostOf(x, i, p + 1) - lineCostOf(x, i, p);
  if (dv <= 0) return -1;
  return dc <= 0 ? Infinity : dv / dc;
}

/** A binary max-heap of (ratio, index), ties to the lower index. */
class Heap {
  private r: number[] = [];
  private i: number[] = [];
  get size() {
    return this.r.length;
  }
  private better(a: number, b: number) {
    return this.r[a] > this.r[b] || (this.r[a] === this.r[b] && this.i[a] < this.i[b]);
  }
  private swap(a: number, b: number) {
    [this.r[a], this.r[b]] = [this.r[b], this.r[a]];
    [this.i[a], this.i[b]] = [this.i[b], this.i[a]];
  }
  push(ratio: number, index: number) {
    this.r.push(ratio);
    this.i.push(index);
    let n = this.r.length - 1;
    while (n > 0) {
      const p = (n - 1) >> 1;
      if (!this.better(n, p)) break;
      this.swap(n, p);
      n = p;
    }
  }
  pop(): number {
    const top = this.i[0];
    const lastR = this.r.pop()!;
    const lastI = this.i.pop()!;
    if (this.r.length > 0) {
      this.r[0] = lastR;
      this.i[0] = lastI;
      let n = 0;
      for (;;) {
        const l = 2 * n + 1;
        const rr = l + 1;
        let m = n;
        if (l < this.r.length && this.better(l, m)) m = l;
        if (rr < this.r.length && this.better(rr, m)) m = rr;
        if (m === n) break;
        this.swap(n, m);
        n = m;
      }
    }
    return top;
  }
}

/** Greedy by value per ¥ of the next post, over the candidates `use` allows, spending up to `budget`. */
function fillByRatio(x: Ctx, s: State, budget: number, use: (i: number) => boolean): void {
  const heap = new Heap();
  for (let i = 0; i < x.cands.length; i++) {
    if (!use(i)) continue;
    const r = nextRatio(x, s, i);
    if (r >= 0) heap.push(r, i);
  }
  let deferred: number[] = [];
  while (heap.size > 0) {
    const i = heap.pop();
    const why = canAdd(x, s, i, budget);
    if (why === "final") continue;
    if (why === "reserve") {
      deferred.push(i);
      continue;
    }
    const before = s.distinct;
    add(x, s, i);
    const r = nextRatio(x, s, i);
    if (r >= 0) heap.push(r, i);
    // a new creator frees some of the reserve: posts it held back may fit now
    if (s.distinct > before && deferred.length) {
      for (const d of deferred) heap.push(nextRatio(x, s, d), d);
      deferred = [];
    }
  }
}

/** Greedy in a fixed order: as many posts of each candidate as fit, then the next. */
function fillInOrder(x: Ctx, s: State, budget: number, order: readonly number[], use: (i: number) => boolean): void {
  for (const i of order) {
    if (!use(i) || x.cands[i].value <= 0) continue;
    while (canAdd(x, s, i, budget) === "ok") add(x, s, i);
  }
}

/** Adds the cheapest one-post lines of new creators until the minimum is met (the reserve kept room). */
function completeCreators(x: Ctx, s: State): void {
  for (const c of x.creatorsByCheapest) {
    if (s.distinct >= x.k.minCreators) return;
    if (s.creatorPosts[c] > 0) continue;
    let best = -1;
    for (let i = 0; i < x.cands.length; i++) {
      if (x.creatorOf[i] !== c) continue;
      if (best < 0 || lineCostOf(x, i, 1) < lineCostOf(x, best, 1) || (lineCostOf(x, i, 1) === lineCostOf(x, best, 1) && x.cands[i].value > x.cands[best].value)) best = i;
    }
    if (best >= 0 && canAdd(x, s, best, x.k.budget) === "ok") add(x, s, best);
  }
}

/** Trims harvesting posts (least value per ¥ first) until seeding holds its share, refilling with seeding. */
function repairSeeding(x: Ctx, s: State, banned: Set<number>): void {
  const q = x.k.minSeedingShare;
  if (q <= 0) return;
  for (let guard = 0; guard < 10_000 && s.seedCost < q * s.cost - 1e-9; guard++) {
    let worst = -1;
    let worstRatio = Infinity;
    for (let i = 0; i < x.cands.length; i++) {
      const p = s.posts[i];
      if (p === 0 || x.cands[i].intent === "seeding") continue;
      // keep the creator count
      if (s.creatorPosts[x.creatorOf[i]] === 1 && s.distinct <= x.k.minCreators) continue;
      const dv = lineValueOf(x, i, p) - lineValueOf(x, i, p - 1);
      const dc = lineCostOf(x, i, p) - lineCostOf(x, i, p - 1);
      const r = dc > 0 ? dv / dc : Infinity;
      if (r < worstRatio) {
        worstRatio = r;
        worst = i;
      }
    }
    if (worst < 0) return;
    remove(x, s, worst);
    fillByRatio(x, s, x.k.budget, (i) => x.cands[i].intent === "seeding" && !banned.has(i));
  }
}

function build(x: Ctx, fill: (s: State, budget: number, use: (i: number) => boolean) => void, banned: Set<number> = new Set()): State {
  const s = emptyState(x);
  const q = x.k.minSeedingShare;
  if (q > 0) fill(s, q * x.k.budget, (i) => x.cands[i].intent === "seeding" && !banned.has(i));
  fill(s, x.k.budget, (i) => !banned.has(i));
  completeCreators(x, s);
  repairSeeding(x, s, banned);
  return s;
}

/** Constraints the state breaks, first one first. */
export function violations(x: Ctx, s: State): ConstraintId[] {
  const out: ConstraintId[] = [];
  if (s.cost > x.k.budget) out.push("budget");
  for (let c = 0; c < x.creatorCount; c++) if (s.creatorCost[c] > x.k.maxShare * x.k.budget + 1e-9) {
    out.push("maxShare");
    break;
  }
  if ([...s.posts].some((p) => p > x.k.maxPosts)) out.push("maxPosts");
  if (s.distinct < x.k.minCreators) out.push("minCreators");
  if (s.seedCost < x.k.minSeedingShare * s.cost - 1e-9) out.push("minSeedingShare");
  return out;
}

function infeasibleMinCreators(x: Ctx): Infeasible | null {
  const need = x.k.minCreators;
  if (need <= 0) return null;
  if (x.creatorsByCheapest.length < need) {
    return {
      ok: false,
      constraint: "minCreators",
      message: plannerEnglish("infeasibleFew", { need, count: x.creatorsByCheapest.length }),
    };
  }
  const sum = x.creatorsByCheapest.slice(0, need).reduce((t, c) => t + x.cheapest[c], 0);
  if (sum > x.k.budget) {
    return {
      ok: false,
      constraint: "minCreators",
      message: plannerEnglish("infeasibleCost", { need, sum: (sum / 100).toFixed(2), budget: (x.k.budget / 100).toFixed(2) }),
    };
  }
  return null;
}

const byId = (x: Ctx) => (a: number, b: number) => (x.cands[a].id < x.cands[b].id ? -1 : x.cands[a].id > x.cands[b].id ? 1 : 0);

export function greedyOrderByGpm(cands: readonly Candidate[]): number[] {
  return cands.map((_, i) => i).sort((a, b) => cands[b].gpm - cands[a].gpm || cands[b].followers - cands[a].followers || (cands[a].id < cands[b].id ? -1 : 1));
}
export function greedyOrderByFollowers(cands: readonly Candidate[]): number[] {
  return cands.map((_, i) => i).sort((a, b) => cands[b].followers - cands[a].followers || cands[b].gpm - cands[a].gpm || (cands[a].id < cands[b].id ? -1 : 1));
}

function toMap(x: Ctx, s: State): Map<string, number> {
  const m = new Map<string, number>();
  s.posts.forEach((p, i) => p > 0 && m.set(x.cands[i].id, p));
  return m;
}

export interface BaselinePlan {
  posts: Map<string, number>;
  objective: number;
  cost: number;
  valid: boolean;
}

/** One of the hand-planner baselines under the same constraints (for tests and the page). */
export function baseline(cands: Candidate[], k: Constraints, decay: number, by: "gpm" | "followers"): BaselinePlan {
  const x = context(cands, k, decay);
  const order = by === "gpm" ? greedyOrderByGpm(cands) : greedyOrderByFollowers(cands);
  const s = build(x, (st, b, use) => fillInOrder(x, st, b, order, use));
  return { posts: toMap(x, s), objective: objectiveOf(x, s), cost: s.cost, valid: violations(x, s).length === 0 };
}

/** The suggestion, or the constraint no plan can meet. */
export function suggest(cands: Candidate[], k: Constraints, decay: number, opts: { maxTries?: number } = {}): Suggestion | Infeasible {
  const x = context(cands, k, decay);
  const early = infeasibleMinCreators(x);
  if (early) return early;
  const byRatio = build(x, (st, b, use) => fillByRatio(x, st, b, use));
  const byGpm = build(x, (st, b, use) => fillInOrder(x, st, b, greedyOrderByGpm(cands), use));
  const byFollowers = build(x, (st, b, use) => fillInOrder(x, st, b, greedyOrderByFollowers(cands), use));
  const starts = [byRatio, byGpm, byFollowers].filter((s) => violations(x, s).length === 0);
  if (starts.length === 0) {
    const v = violations(x, byRatio)[0];
    return {
      ok: false,
      constraint: v,
      message:
        v === "minSeedingShare"
          ? plannerEnglish("infeasibleSeeding", { share: (k.minSeedingShare * 100).toFixed(0) })
          : plannerEnglish("infeasibleOther", { constraint: v }),
    };
  }
  let best = starts[0];
  let bestValue = objectiveOf(x, best);
  for (const s of starts.slice(1)) {
    const v = objectiveOf(x, s);
    if (v > bestValue + 1e-9) {
      best = s;
      bestValue = v;
    }
  }
  // Local search: take one post (or the whole line) out of a line, keep that candidate out, refill.
  // the search refills from every candidate on each try: bound its work on large rosters
  const maxTries = opts.maxTries ?? Math.max(40, Math.min(400, Math.floor(200_000 / Math.max(1, cands.length))));
  let tries = 0;
  let improved = false;
  let again = true;
  while (again && tries < maxTries) {
    again = false;
    const lines = [...best.posts.keys()].filter((i) => best.posts[i] > 0).sort(byId(x));
    for (const i of lines) {
      for (const whole of [false, true]) {
        if (tries++ >= maxTries) break;
        const s = copy(best);
        if (whole) while (s.posts[i] > 0) remove(x, s, i);
        else remove(x, s, i);
        const banned = new Set([i]);
        fillByRatio(x, s, x.k.budget, (j) => !banned.has(j));
        completeCreators(x, s);
        repairSeeding(x, s, banned);
        if (violations(x, s).length > 0) continue;
        const v = objectiveOf(x, s);
        if (v > bestValue + 1e-6) {
          best = s;
          bestValue = v;
          improved = true;
          again = true;
          break;
        }
      }
      if (again) break;
    }
  }
  return {
    ok: true,
    posts: toMap(x, best),
    objective: bestValue,
    cost: best.cost,
    baselines: { byGpm: objectiveOf(x, byGpm), byFollowers: objectiveOf(x, byFollowers), byValuePerCost: objectiveOf(x, byRatio) },
    improvedBySearch: improved,
  };
}
