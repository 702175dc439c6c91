// The actual pillar mix against the merchant's target mix.
import { PILLARS, type Pillar } from "../pillars";

export interface MixGap {
  pillar: Pillar;
  /** share of GMV; null when the period has no GMV */
  actual: number | null;
  target: number;
  /** actual − target, in share points; null without an actual */
  gap: number | null;
}

/** Gaps smaller than this (5 points) are "on target". */
export const ON_TARGET = 0.05;

export function mixAgainstTarget(actual: Record<Pillar, number | null>, target: Partial<Record<Pillar, number>>): MixGap[] {
  return PILLARS.map((pillar) => {
    const a = actual[pillar];
    const t = target[pillar] ?? 0;
    return { pillar, actual: a, target: t, gap: a === null ? null : a - t };
  });
}
