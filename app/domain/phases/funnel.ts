// The six phases as a funnel (each step's conversion and its share of Exploration) and a period
// set against the one before it.
import { PHASE_LABELS, PHASES, type Phase } from "../phases";
import { change, ratio } from "../ratio";

export interface FunnelStep {
  phase: Phase;
  label: string;
  value: number;
  /** this phase ÷ the previous phase; null for Exploration and when the previous phase is 0 */
  stepRate: number | null;
  /** this phase ÷ Exploration; null when Exploration is 0 */
  shareOfFirst: number | null;
}

export function funnelSteps(volumes: Record<Phase, number>): FunnelStep[] {
  return PHASES.map((phase, i) => ({
    phase,
    label: PHASE_LABELS[phase],
    value: volumes[phase],
    stepRate: i === 0 ? null : ratio(volumes[phase], volumes[PHASES[i - 1]]),
    shareOfFirst: ratio(volumes[phase], volumes.exploration),
  }));
}

export interface Compared {
  current: number | null;
  previous: number | null;
  /** relative change for volumes; difference (in rate units) for rates; null when either side has no value */
  change: number | null;
}

/** A volume against its previous value: relative change, null when there was nothing before. */
export function compareVolume(current: number, previous: number): Compared {
  return { current, previous, change: change(current, previous) };
}

/** A rate against its previous value: the difference in points (0.012 = +1.2 pts). */
export function compareRate(current: number | null, previous: number | null): Compared {
  return { current, previous, change: current === null || previous === null ? null : current - previous };
}

export interface FunnelComparison {
  phase: Phase;
  label: string;
  volume: Compared;
  stepRate: Compared;
  shareOfFirst: Compared;
}

/** Each phase this period against the previous period. */
export function compareFunnels(current: Record<Phase, number>, previous: Record<Phase, number>): FunnelComparison[] {
  const cur = funnelSteps(current);
  const prev = funnelSteps(previous);
  return cur.map((c, i) => ({
    phase: c.phase,
    label: c.label,
    volume: compareVolume(c.value, prev[i].value),
    stepRate: compareRate(c.stepRate, prev[i].stepRate),
    shareOfFirst: compareRate(c.shareOfFirst, prev[i].shareOfFirst),
  }));
}

/**
 * Where the purchase path leaks more than before: of the steps into Connection, Verification,
 * Purchase and Confirmation, the one whose conversion fell the most relative to its previous
 * value. Step rates differ by orders of magnitude between steps, so only a step against its own
 * past says something; Sharing is the loop's return, not a leak, and the loop page covers it.
 * Null when no step fell (or none can be compared).
 */
export function biggestDrop(comparison: FunnelComparison[]): { step: FunnelComparison; relative: number } | null {
  let worst: { step: FunnelComparison; relative: number } | null = null;
  for (const c of comparison.slice(1, 5)) {
    if (c.stepRate.current === null || c.stepRate.previous === null) continue;
    const relative = change(c.stepRate.current, c.stepRate.previous);
    if (relative === null || relative >= 0) continue;
    if (!worst || relative < worst.relative) worst = { step: c, relative };
  }
  return worst;
}

/** The phase volumes of a phase report row (0 where a report row has none). */
export function volumesOf(row: Record<string, string | number | null | undefined>): Record<Phase, number> {
  return Object.fromEntries(PHASES.map((p) => [p, typeof row[p] === "number" ? (row[p] as number) : 0])) as Record<Phase, number>;
}
