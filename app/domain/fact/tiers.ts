// Creator tiers by followers (head, shoulder, waist, tail by default) and the matrix's totals per tier.
import { gpm } from "../fact";
import { formatCompact } from "../money";
import { tierOf, type TierBand } from "../settings";
import { roi } from "./roi";

export interface TierRange {
  name: string;
  minFollowers: number;
  /** exclusive upper bound; null for the top band */
  maxFollowers: number | null;
}

/** Bands highest first, each with the bound of the band above it. */
export function tierRanges(bands: readonly TierBand[]): TierRange[] {
  const sorted = [...bands].sort((a, b) => b.minFollowers - a.minFollowers);
  return sorted.map((b, i) => ({ name: b.name, minFollowers: b.minFollowers, maxFollowers: i === 0 ? null : sorted[i - 1].minFollowers }));
}

/** "≥ 5M", "1M–5M", "< 100K" */
export function describeTier(r: TierRange): string {
  if (r.maxFollowers === null) return `≥ ${formatCompact(r.minFollowers)}`;
  if (r.minFollowers === 0) return `< ${formatCompact(r.maxFollowers)}`;
  return `${formatCompact(r.minFollowers)}–${formatCompact(r.maxFollowers)}`;
}

export interface TierMember {
  followers: number;
  gmv: number;
  orders: number;
  views: number;
  contents: number;
  /** null when the creator's commission rate is unknown */
  commissionCost: number | null;
}

export interface TierTotal {
  tier: string;
  range: string;
  creators: number;
  gmv: number;
  orders: number;
  views: number;
  contents: number;
  /** sum of known commission costs */
  commissionCost: number;
  /** creators whose commission rate is unknown, left out of the cost */
  unknownCost: number;
  gpm: number | null;
  /** GMV of creators with a known cost ÷ their cost */
  roi: number | null;
  /** share of the matrix's GMV */
  gmvShare: number | null;
}

/** Totals per tier, highest tier first; every band appears, empty ones with zeros. */
export function tierTotals(members: readonly TierMember[], bands: readonly TierBand[]): TierTotal[] {
  const ranges = tierRanges(bands);
  const all = members.reduce((s, m) => s + m.gmv, 0);
  return ranges.map((r) => {
    const inTier = members.filter((m) => tierOf(m.followers, bands) === r.name);
    const sum = (f: (m: TierMember) => number) => inTier.reduce((s, m) => s + f(m), 0);
    const costed = inTier.filter((m) => m.commissionCost !== null);
    const cost = costed.reduce((s, m) => s + (m.commissionCost ?? 0), 0);
    const gmv = sum((m) => m.gmv);
    return {
      tier: r.name,
      range: describeTier(r),
      creators: inTier.length,
      gmv,
      orders: sum((m) => m.orders),
      views: sum((m) => m.views),
      contents: sum((m) => m.contents),
      commissionCost: cost,
      unknownCost: inTier.length - costed.length,
      gpm: gpm(gmv, sum((m) => m.views)),
      roi: roi(costed.reduce((s, m) => s + m.gmv, 0), cost),
      gmvShare: all === 0 ? null : gmv / all,
    };
  });
}
