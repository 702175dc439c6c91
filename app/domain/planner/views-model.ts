// Views per post by empirical Bayes: on log(1 + views), a creator's own mean is shrunk toward
// its peers' (tier × category) mean with the weight the within- and between-creator variances
// give it, so a creator with few posts sits near its peers and one with many near itself.

/** Peers need at least this many creators with posts; fewer, and the next wider group is used. */
export const MIN_PEERS = 3;
/** Between-creator variance never quite reaches 0, so history always moves an estimate a little. */
const TAU2_FLOOR = 1e-4;

export type PeerLevel = "tier × category" | "tier" | "all";

export interface PeerStats {
  level: PeerLevel;
  /** mean of the peers' own log means */
  mean: number;
  /** between-creator variance of true log means */
  tau2: number;
  creators: number;
}

export interface ViewModel {
  /** pooled within-creator variance of log views per post */
  sigma2: number;
  peers: Map<string, PeerStats>;
}

export interface CreatorLogs {
  tier: string;
  category: string;
  /** log(1 + views) of each post */
  logs: readonly number[];
}

export const peerKey = (tier: string, category: string) => `${tier}|${category}`;
const tierKey = (tier: string) => `${tier}|*`;
const ALL = "*";

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Pooled within-creator variance: Σ squared deviations from each creator's mean ÷ Σ (n − 1). */
export function withinVariance(creators: readonly CreatorLogs[]): number {
  let ss = 0;
  let df = 0;
  for (const c of creators) {
    if (c.logs.length < 2) continue;
    const m = mean(c.logs);
    for (const y of c.logs) ss += (y - m) ** 2;
    df += c.logs.length - 1;
  }
  if (df > 0) return ss / df;
  // nobody posted twice: the spread of all posts is the best guess there is
  const all = creators.flatMap((c) => c.logs);
  if (all.length >= 2) {
    const m = mean(all);
    return all.reduce((s, y) => s + (y - m) ** 2, 0) / (all.length - 1);
  }
  return 1;
}

/** Method of moments: variance of the creators' means less the part their own noise explains. */
export function peerStats(creators: readonly CreatorLogs[], sigma2: number, level: PeerLevel): PeerStats {
  const means = creators.map((c) => mean(c.logs));
  const m = mean(means);
  const spread = means.length > 1 ? means.reduce((s, x) => s + (x - m) ** 2, 0) / (means.length - 1) : 0;
  const noise = mean(creators.map((c) => sigma2 / c.logs.length));
  return { level, mean: m, tau2: Math.max(TAU2_FLOOR, spread - noise), creators: creators.length };
}

export function fitViewModel(creators: readonly CreatorLogs[]): ViewModel {
  const withPosts = creators.filter((c) => c.logs.length > 0);
  const sigma2 = withinVariance(withPosts);
  const groups = new Map<string, { level: PeerLevel; members: CreatorLogs[] }>();
  const add = (key: string, level: PeerLevel, c: CreatorLogs) => {
    const g = groups.get(key) ?? { level, members: [] };
    g.members.push(c);
    groups.set(key, g);
  };
  for (const c of withPosts) {
    add(peerKey(c.tier, c.category), "tier × category", c);
    add(tierKey(c.tier), "tier", c);
    add(ALL, "all", c);
  }
  const peers = new Map<string, PeerStats>();
  for (const [key, g] of groups) {
    if (g.members.length >= MIN_PEERS || key === ALL) peers.set(key, peerStats(g.members, sigma2, g.level));
  }
  return { sigma2, peers };
}

/** The narrowest peer group with enough creators; null when the format has no posts at all. */
export function peersOf(model: ViewModel, tier: string, category: string): PeerStats | null {
  return model.peers.get(peerKey(tier, category)) ?? model.peers.get(tierKey(tier)) ?? model.peers.get(ALL) ?? null;
}

export interface ViewEstimate {
  posts: number;
  /** the creator's own mean log views; null for a prospect */
  ownMean: number | null;
  peers: PeerStats;
  /** weight of the creator's own mean: n τ² ÷ (σ² + n τ²); 0 for a prospect */
  ownWeight: number;
  /** shrunk mean of log(1 + views) */
  mean: number;
  /** predictive sd of one new post's log views, before calibration */
  sd: number;
}

export function estimateViews(model: ViewModel, c: CreatorLogs): ViewEstimate | null {
  const peers = peersOf(model, c.tier, c.category);
  if (!peers) return null;
  const n = c.logs.length;
  const { sigma2 } = model;
  if (n === 0) return { posts: 0, ownMean: null, peers, ownWeight: 0, mean: peers.mean, sd: Math.sqrt(sigma2 + peers.tau2) };
  const own = mean(c.logs);
  const w = (n * peers.tau2) / (sigma2 + n * peers.tau2);
  const posteriorVar = (peers.tau2 * sigma2) / (sigma2 + n * peers.tau2);
  return { posts: n, ownMean: own, peers, ownWeight: w, mean: w * own + (1 - w) * peers.mean, sd: Math.sqrt(sigma2 + posteriorVar) };
}

export interface ViewFigures {
  /** lognormal mean: what a post brings on average */
  expected: number;
  median: number;
  p10: number;
  p90: number;
}

/** Views of one post from an estimate, with P10–P90 widened (or narrowed) by the calibration factor. */
export function viewFigures(e: Pick<ViewEstimate, "mean" | "sd">, calibration: number): ViewFigures {
  const s = e.sd * calibration;
  const z = 1.2815515655446004;
  return {
    expected: Math.max(0, Math.exp(e.mean + (s * s) / 2) - 1),
    median: Math.max(0, Math.expm1(e.mean)),
    p10: Math.max(0, Math.expm1(e.mean - z * s)),
    p90: Math.max(0, Math.expm1(e.mean + z * s)),
  };
}
