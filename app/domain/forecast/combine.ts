// Combination forecasts. Averages of simple models are hard to beat on real series (the M3 and
// M4 lesson), because their errors partly cancel. Besides the fixed mean of a pair, the backtest
// builds two combinations of its own best few candidates: their median, and their mean weighted
// by how well each did. Their ids name the members, so a cached choice can be rebuilt.
import { median } from "./quantile";
import type { Forecaster } from "./types";

export function combination(id: string, label: string, members: readonly Forecaster[]): Forecaster {
  return weightedCombination(id, label, members, members.map(() => 1));
}

export function weightedCombination(id: string, label: string, members: readonly Forecaster[], weights: readonly number[]): Forecaster {
  if (members.length === 0) throw new Error("combination: no members");
  const total = weights.reduce((s, w) => s + w, 0);
  return {
    id,
    label,
    usesEvents: members.some((m) => m.usesEvents),
    minHistory: (period) => Math.max(...members.map((m) => m.minHistory(period))),
    forecast(input) {
      const all = members.map((m) => m.forecast(input));
      return all[0].map((_, h) => all.reduce((s, f, k) => s + f[h] * weights[k], 0) / total);
    },
  };
}

export function medianCombination(id: string, label: string, members: readonly Forecaster[]): Forecaster {
  if (members.length === 0) throw new Error("combination: no members");
  return {
    id,
    label,
    usesEvents: members.some((m) => m.usesEvents),
    minHistory: (period) => Math.max(...members.map((m) => m.minHistory(period))),
    forecast(input) {
      const all = members.map((m) => m.forecast(input));
      return all[0].map((_, h) => median(all.map((f) => f[h])));
    },
  };
}

/** The per-step median or weighted mean of member forecasts already made (backtest origins). */
export function combinePoints(points: readonly (readonly number[])[], weights: readonly number[] | "median"): number[] {
  return points[0].map((_, h) => {
    if (weights === "median") return median(points.map((p) => p[h]));
    let s = 0;
    let w = 0;
    points.forEach((p, k) => {
      s += p[h] * weights[k];
      w += weights[k];
    });
    return s / w;
  });
}

export function medianId(members: readonly string[]): string {
  return `median(${members.join("|")})`;
}

export function weightedId(members: readonly string[], weights: readonly number[]): string {
  return `wmean(${members.map((m, k) => `${m}*${weights[k].toFixed(3)}`).join("|")})`;
}

const nameOf = (m: Forecaster) => m.label;

/** A combination rebuilt from its id, with `find` giving each member; undefined if any is unknown. */
export function combinationFromId(id: string, find: (memberId: string) => Forecaster | undefined): Forecaster | undefined {
  const m = /^(median|wmean)\((.*)\)$/.exec(id);
  if (!m) return undefined;
  const parts = m[2].split("|").map((p) => {
    const [member, weight] = p.split("*");
    return { model: find(member), weight: weight === undefined ? 1 : Number(weight) };
  });
  if (parts.some((p) => !p.model || !Number.isFinite(p.weight))) return undefined;
  const members = parts.map((p) => p.model!);
  if (m[1] === "median") return medianCombination(id, `Median of: ${members.map(nameOf).join("; ")}`, members);
  return weightedCombination(id, `Weighted mean of: ${members.map(nameOf).join("; ")}`, members, parts.map((p) => p.weight));
}
