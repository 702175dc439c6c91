// How wide P10–P90 must be to hold about 80% of the time on this merchant's own history: refit
// the views model at several past cut days, predict the posts that followed each cut, and scale
// the predictive sd by the factor that makes 80% of those posts fall inside.
import { Z90 } from "./types";
import { sortedQuantile } from "./random";
import { estimateViews, fitViewModel, type CreatorLogs } from "./views-model";

export interface DatedPost {
  creator: string;
  tier: string;
  category: string;
  day: string;
  /** log(1 + views) */
  log: number;
}

export interface Calibration {
  /** multiplies the model's predictive sd; 1 when there was too little history to measure */
  factor: number;
  /** posts predicted in the backtest */
  checked: number;
  /** share of them inside the model's own P10–P90, before calibration */
  rawCoverage: number | null;
  /** share inside the calibrated P10–P90 (about 80% by construction) */
  coverage: number | null;
  /** the last cut's posts inside P10–P90 calibrated on the earlier cuts only: an honest check */
  heldOutCoverage: number | null;
  heldOutChecked: number;
  cuts: string[];
}

/** Fewer held-out posts than this and the factor stays 1: too few to measure coverage. */
export const MIN_CHECKED = 30;
const CUT_SHARES = [0.5, 0.6, 0.7, 0.8, 0.9];
export const TARGET_COVERAGE = 0.8;

function groupByCreator(posts: readonly DatedPost[]): Map<string, CreatorLogs & { logs: number[] }> {
  const by = new Map<string, CreatorLogs & { logs: number[] }>();
  for (const p of posts) {
    const c = by.get(p.creator) ?? { tier: p.tier, category: p.category, logs: [] };
    c.logs.push(p.log);
    by.set(p.creator, c);
  }
  return by;
}

/** Standardised errors (actual − mean) ÷ sd of posts after `cut` up to `until`, from a model fitted on posts up to `cut`. */
export function standardisedErrors(posts: readonly DatedPost[], cut: string, until: string | null): number[] {
  const train = posts.filter((p) => p.day <= cut);
  const test = posts.filter((p) => p.day > cut && (until === null || p.day <= until));
  if (train.length === 0 || test.length === 0) return [];
  const byCreator = groupByCreator(train);
  const model = fitViewModel([...byCreator.values()]);
  const out: number[] = [];
  for (const p of test) {
    const e = estimateViews(model, byCreator.get(p.creator) ?? { tier: p.tier, category: p.category, logs: [] });
    if (e) out.push((p.log - e.mean) / e.sd);
  }
  return out;
}

const inside = (zs: readonly number[], factor: number) => zs.filter((z) => Math.abs(z) <= factor * Z90).length / zs.length;

/** The factor that puts TARGET_COVERAGE of |z| inside ±factor × Z90. */
export function factorFor(zs: readonly number[]): number {
  const q = sortedQuantile(zs.map(Math.abs).sort((a, b) => a - b), TARGET_COVERAGE);
  return q === null || q === 0 ? 1 : q / Z90;
}

export function calibrateViews(posts: readonly DatedPost[]): Calibration {
  const sorted = [...posts].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const none: Calibration = { factor: 1, checked: 0, rawCoverage: null, coverage: null, heldOutCoverage: null, heldOutChecked: 0, cuts: [] };
  if (sorted.length < MIN_CHECKED * 2) return none;
  const cuts = [...new Set(CUT_SHARES.map((s) => sorted[Math.floor((sorted.length - 1) * s)].day))];
  const perCut = cuts.map((cut, i) => standardisedErrors(sorted, cut, cuts[i + 1] ?? null));
  const all = perCut.flat();
  if (all.length < MIN_CHECKED) return { ...none, checked: all.length, cuts };
  const factor = factorFor(all);
  const earlier = perCut.slice(0, -1).flat();
  const last = perCut[perCut.length - 1];
  const heldOut = earlier.length >= MIN_CHECKED && last.length > 0 ? inside(last, factorFor(earlier)) : null;
  return {
    factor,
    checked: all.length,
    rawCoverage: inside(all, 1),
    coverage: inside(all, factor),
    heldOutCoverage: heldOut,
    heldOutChecked: heldOut === null ? 0 : last.length,
    cuts,
  };
}
