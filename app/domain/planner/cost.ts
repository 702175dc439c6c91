// What a line of posts costs and where it breaks even. Money in hundredths.
import { ratio } from "../ratio";

export interface RateCard {
  /** slot fee (坑位费) or video fee of the line's format */
  fee: number;
  sampleCost: number;
  /** 0..1 of the GMV the line brings */
  commissionRate: number;
  /** optional ad boost bought per post */
  boost: number;
}

/** What every post costs before commission: fee + samples + boost. */
export const fixedPerPost = (r: RateCard) => r.fee + r.sampleCost + r.boost;

/** posts × (fee + samples + boost) + commission × expected GMV, rounded to the hundredth. */
export function lineCost(r: RateCard, posts: number, expectedGmv: number): number {
  if (posts <= 0) return 0;
  return Math.round(posts * fixedPerPost(r) + r.commissionRate * expectedGmv);
}

/**
 * The GPM at which a line's GMV pays for it: (fees + samples + boost) ÷ (1 − commission) ÷
 * expected views × 1000. Null without views, or when commission takes all of the GMV.
 */
export function breakEvenGpm(r: RateCard, posts: number, expectedViews: number): number | null {
  if (r.commissionRate >= 1) return null;
  const v = ratio((posts * fixedPerPost(r)) / (1 - r.commissionRate), expectedViews);
  return v === null ? null : v * 1000;
}

/** How much the k-th post of the same creator and format brings against the first: decay^(k−1). */
export function repeatFactor(decay: number, k: number): number {
  return Math.pow(decay, k - 1);
}

/** Σ of the factors of posts 1..n: what n posts bring in first-post units. */
export function postsWorth(decay: number, posts: number): number {
  let s = 0;
  for (let k = 1; k <= posts; k++) s += repeatFactor(decay, k);
  return s;
}
