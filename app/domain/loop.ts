// The loop of the Infinity Model: the six phases as a circle with the flow between them, and
// whether the loop is growing (UGC reach this period against the last).
import { PHASE_LABELS, PHASES, type Phase } from "./phases";
import { change, ratio } from "./ratio";
import { compareRate, compareVolume, type Compared } from "./phases/funnel";

export interface LoopNode {
  phase: Phase;
  label: string;
  value: number;
}

export interface LoopEdge {
  from: Phase;
  to: Phase;
  /** step conversion (to ÷ from); on the closing edge, UGC reach (UGC impressions ÷ Exploration) */
  rate: number | null;
  kind: "step" | "loop";
}

export interface LoopPicture {
  nodes: LoopNode[];
  edges: LoopEdge[];
  /** impressions of ugc content: the exploration the loop itself produced */
  ugcImpressions: number;
}

/** Six nodes in phase order, five step edges and the edge from Sharing back to Exploration. */
export function loopPicture(volumes: Record<Phase, number>, ugcImpressions: number): LoopPicture {
  const nodes = PHASES.map((phase) => ({ phase, label: PHASE_LABELS[phase], value: volumes[phase] }));
  const edges: LoopEdge[] = PHASES.slice(1).map((to, i) => ({
    from: PHASES[i],
    to,
    rate: ratio(volumes[to], volumes[PHASES[i]]),
    kind: "step" as const,
  }));
  edges.push({ from: "sharing", to: "exploration", rate: ratio(ugcImpressions, volumes.exploration), kind: "loop" });
  return { nodes, edges, ugcImpressions };
}

export interface LoopInputs {
  exploration: number;
  purchase: number;
  sharing: number;
  ugcImpressions: number;
  reviews: number;
  positiveReviews: number;
}

export interface LoopMeasures {
  loopRate: number | null;
  ugcReach: number | null;
  positiveReviewRate: number | null;
}

/** The contract's loop measures: Sharing ÷ Purchase, UGC impressions ÷ Exploration, positive ÷ reviews. */
export function loopMeasures(i: LoopInputs): LoopMeasures {
  return {
    loopRate: ratio(i.sharing, i.purchase),
    ugcReach: ratio(i.ugcImpressions, i.exploration),
    positiveReviewRate: ratio(i.positiveReviews, i.reviews),
  };
}

export type LoopVerdict = "growing" | "shrinking" | "steady" | "unknown";

export interface LoopGrowth {
  ugcReach: Compared;
  ugcImpressions: Compared;
  loopRate: Compared;
  positiveReviewRate: Compared;
  /** UGC reach relative to the previous period: growing above +2 %, shrinking below −2 % */
  verdict: LoopVerdict;
}

/** Reach moving by less than this share of itself reads as steady rather than a trend. */
export const STEADY_BAND = 0.02;

export function loopVerdict(current: number | null, previous: number | null): LoopVerdict {
  if (current === null || previous === null) return "unknown";
  if (previous === 0) return current > 0 ? "growing" : "steady";
  const rel = change(current, previous) as number;
  if (rel > STEADY_BAND) return "growing";
  if (rel < -STEADY_BAND) return "shrinking";
  return "steady";
}

/** This period's loop against the previous period's. */
export function loopGrowth(current: LoopInputs, previous: LoopInputs): LoopGrowth {
  const c = loopMeasures(current);
  const p = loopMeasures(previous);
  return {
    ugcReach: compareRate(c.ugcReach, p.ugcReach),
    ugcImpressions: compareVolume(current.ugcImpressions, previous.ugcImpressions),
    loopRate: compareRate(c.loopRate, p.loopRate),
    positiveReviewRate: compareRate(c.positiveReviewRate, p.positiveReviewRate),
    verdict: loopVerdict(c.ugcReach, p.ugcReach),
  };
}
