// Why the forecast uses the model it uses, in one sentence a merchant understands.
import type { Decision, ModelScore } from "./choose";

export interface ReasonFacts {
  decision: Decision;
  chosen: { id: string; label: string; usesEvents: boolean };
  benchmarkId: string;
  scores: readonly ModelScore[];
  origins: number;
  historyLength: number;
  minHistory: number;
  /** "day" or "week": what one step of the series is */
  unit: string;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export function whyThisModel(f: ReasonFacts): string {
  const { unit } = f;
  const season = unit === "day" ? "the same weekday of the week before" : "the same point one season earlier";
  switch (f.decision) {
    case "short-history": {
      const need = unit === "day" && f.minHistory % 7 === 0 ? `${f.minHistory / 7} weeks` : plural(f.minHistory, unit);
      return (
        `The forecast is seasonal naive (each ${unit} repeats ${season}) because there are only ` +
        `${plural(f.historyLength, unit)} of history: a model needs at least ${need} before it can be ` +
        `tested on past ${unit}s it did not see.`
      );
    }
    case "no-backtest":
      return (
        `The forecast is seasonal naive (each ${unit} repeats ${season}): ${plural(f.historyLength, unit)} of ` +
        `history are too few to test other models over several past periods this long.`
      );
    case "benchmark-kept": {
      const tried = f.scores.filter((s) => s.id !== f.benchmarkId && s.mase !== null).map((s) => s.label);
      return (
        `We tested ${tried.join(", ") || "other models"} at ${f.origins} past cut-off points and none predicted better ` +
        `than simply repeating ${season}, so the forecast does exactly that (seasonal naive).`
      );
    }
    case "model-beats": {
      const chosen = f.scores.find((s) => s.id === f.chosen.id);
      const bench = f.scores.find((s) => s.id === f.benchmarkId);
      const gain = chosen?.mase != null && bench?.mase ? 1 - chosen.mase / bench.mase : null;
      const campaigns = f.chosen.usesEvents ? " It takes your campaign calendar into account." : "";
      return (
        `${f.chosen.label} is used because, tested at ${f.origins} past cut-off points, its errors were ` +
        `${gain === null ? "smaller" : `${Math.round(gain * 100)}% smaller`} than simply repeating ${season}.${campaigns}`
      );
    }
  }
}
