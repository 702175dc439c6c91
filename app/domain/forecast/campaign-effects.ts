// Campaign effects any model can use: the lift of each campaign kind is measured against the
// same weekday in the weeks around it, the history is "de-campaigned" to that baseline so the
// base model learns the ordinary pattern, and the lift is put back on the future days the
// merchant has entered campaigns for.
import { ratio } from "../ratio";
import { median } from "./quantile";
import type { Forecaster, ForecastInput } from "./types";

export interface CampaignLift {
  kind: string;
  /** multiplicative: value = baseline × factor; additive: value = baseline + amount */
  mode: "multiply" | "add";
  factor: number;
  /** history days of this kind that had a baseline to compare with */
  days: number;
}

/** The ordinary value of an event day: the median of the same season's non-event days around it. */
export function eventBaselines(
  history: readonly number[],
  events: readonly (string | null)[],
  period: number,
  reach = 4,
): (number | null)[] {
  const m = Math.max(1, period);
  return history.map((_, i) => {
    if (!events[i]) return null;
    const around: number[] = [];
    for (let k = 1; k <= reach; k++) {
      for (const j of [i - k * m, i + k * m]) {
        if (j >= 0 && j < history.length && !events[j]) around.push(history[j]);
      }
    }
    return around.length ? median(around) : null;
  });
}

export function campaignLifts(
  history: readonly number[],
  events: readonly (string | null)[],
  baselines: readonly (number | null)[],
): Map<string, CampaignLift> {
  const sums = new Map<string, { actual: number; base: number; minBase: number; days: number }>();
  history.forEach((v, i) => {
    const kind = events[i];
    const base = baselines[i];
    if (!kind || base === null) return;
    const s = sums.get(kind) ?? { actual: 0, base: 0, minBase: Infinity, days: 0 };
    s.actual += v;
    s.base += base;
    s.minBase = Math.min(s.minBase, base);
    s.days++;
    sums.set(kind, s);
  });
  const lifts = new Map<string, CampaignLift>();
  for (const [kind, s] of sums) {
    // A pillar that sells only in campaigns has a baseline of 0: its lift can only be additive.
    const factor = s.minBase > 0 ? ratio(s.actual, s.base) : null;
    if (factor !== null) lifts.set(kind, { kind, mode: "multiply", factor, days: s.days });
    else lifts.set(kind, { kind, mode: "add", factor: (s.actual - s.base) / s.days, days: s.days });
  }
  return lifts;
}

export function applyLift(value: number, lift: CampaignLift | undefined): number {
  if (!lift) return value;
  return lift.mode === "multiply" ? value * lift.factor : value + lift.factor;
}

/** The base model fitted on de-campaigned history, with the lifts laid on future campaign days. */
export function campaignAware(base: Forecaster): Forecaster {
  return {
    id: `${base.id}+campaigns`,
    label: `${base.label} with campaign lift`,
    usesEvents: true,
    minHistory: base.minHistory,
    forecast(input: ForecastInput): number[] {
      const events = input.events;
      const n = input.history.length;
      if (!events || !events.slice(0, n + input.horizon).some(Boolean)) {
        return base.forecast({ ...input, events: undefined });
      }
      const baselines = eventBaselines(input.history, events, input.period);
      const lifts = campaignLifts(input.history, events, baselines);
      const cleaned = input.history.map((v, i) => baselines[i] ?? v);
      const point = base.forecast({ ...input, history: cleaned, events: undefined });
      return point.map((v, h) => {
        const kind = events[n + h];
        return kind ? applyLift(v, lifts.get(kind)) : v;
      });
    },
  };
}
