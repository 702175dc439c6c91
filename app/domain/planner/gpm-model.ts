// GPM by empirical Bayes with views as exposure (Bühlmann–Straub): a creator's GMV per view is
// shrunk toward its peers' pooled GMV per view in proportion to how few views it has had. The
// noise of one creator's GMV per view is that of a compound Poisson (orders arriving with views,
// each of its own value): Var = Σ gmv² ÷ views², so it needs only sums per creator.
import { MIN_PEERS, peerKey, type PeerLevel } from "./views-model";

export interface CreatorSales {
  tier: string;
  category: string;
  /** Σ views of its posts */
  views: number;
  /** hundredths */
  gmv: number;
  /** Σ of each counted order's gmv squared (hundredths²) */
  gmvSquares: number;
}

export interface GpmPeers {
  level: PeerLevel;
  /** pooled GMV per view, hundredths */
  perView: number;
  /** within variance per view of exposure: Σ gmv² ÷ Σ views */
  s2: number;
  /** between-creator variance of true GMV per view */
  tau2: number;
  creators: number;
}

export interface GpmModel {
  peers: Map<string, GpmPeers>;
}

export function gpmPeerStats(members: readonly CreatorSales[], level: PeerLevel): GpmPeers {
  const V = members.reduce((s, c) => s + c.views, 0);
  const G = members.reduce((s, c) => s + c.gmv, 0);
  const Q = members.reduce((s, c) => s + c.gmvSquares, 0);
  const mu = V > 0 ? G / V : 0;
  const s2 = V > 0 ? Q / V : 0;
  const sumV2 = members.reduce((s, c) => s + c.views * c.views, 0);
  const denom = V - (V > 0 ? sumV2 / V : 0);
  const dispersion = members.reduce((s, c) => s + (c.views > 0 ? c.views * (c.gmv / c.views - mu) ** 2 : 0), 0);
  const tau2 = denom > 0 ? Math.max(0, (dispersion - (members.length - 1) * s2) / denom) : 0;
  return { level, perView: mu, s2, tau2, creators: members.length };
}

export function fitGpmModel(creators: readonly CreatorSales[]): GpmModel {
  const withViews = creators.filter((c) => c.views > 0);
  const groups = new Map<string, { level: PeerLevel; members: CreatorSales[] }>();
  const add = (key: string, level: PeerLevel, c: CreatorSales) => {
    const g = groups.get(key) ?? { level, members: [] };
    g.members.push(c);
    groups.set(key, g);
  };
  for (const c of withViews) {
    add(peerKey(c.tier, c.category), "tier × category", c);
    add(`${c.tier}|*`, "tier", c);
    add("*", "all", c);
  }
  const peers = new Map<string, GpmPeers>();
  for (const [key, g] of groups) if (g.members.length >= MIN_PEERS || key === "*") peers.set(key, gpmPeerStats(g.members, g.level));
  return { peers };
}

export interface GpmEstimate {
  peers: GpmPeers;
  /** the creator's own GMV per view; null without views */
  ownPerView: number | null;
  /** credibility of its own figure: V ÷ (V + s² ÷ τ²) */
  ownWeight: number;
  /** shrunk GMV per view, hundredths (GPM = × 1000) */
  perView: number;
  /** remaining uncertainty of the true GMV per view: (1 − Z) τ² */
  variance: number;
}

export function estimateGpm(model: GpmModel, tier: string, category: string, own: CreatorSales | null): GpmEstimate | null {
  const peers = model.peers.get(peerKey(tier, category)) ?? model.peers.get(`${tier}|*`) ?? model.peers.get("*") ?? null;
  if (!peers) return null;
  if (!own || own.views <= 0) return { peers, ownPerView: null, ownWeight: 0, perView: peers.perView, variance: peers.tau2 };
  const g = own.gmv / own.views;
  const z = peers.tau2 > 0 ? own.views / (own.views + peers.s2 / peers.tau2) : 0;
  return { peers, ownPerView: g, ownWeight: z, perView: z * g + (1 - z) * peers.perView, variance: (1 - z) * peers.tau2 };
}
