// A combination forecast: the mean of several models' forecasts. Averages of simple models are
// hard to beat on real series (the M3 and M4 lesson), because their errors partly cancel.
import type { Forecaster } from "./types";

export function combination(id: string, label: string, members: readonly Forecaster[]): Forecaster {
  if (members.length === 0) throw new Error("combination: no members");
  return {
    id,
    label,
    usesEvents: members.some((m) => m.usesEvents),
    minHistory: (period) => Math.max(...members.map((m) => m.minHistory(period))),
    forecast(input) {
      const all = members.map((m) => m.forecast(input));
      return all[0].map((_, h) => all.reduce((s, f) => s + f[h], 0) / all.length);
    },
  };
}
