// Why the forecast uses the model it uses, in one sentence a merchant understands: a message
// (code and parameters, texts in explain-messages.ts) the page translates; `whyThisModel` is its
// English for the command line.
import type { Message } from "../message";
import type { Decision, ModelScore } from "./choose";
import { forecastEnglish, fx } from "./explain-messages";

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

const UNITS = new Set(["day", "week", "month"]);

function steps(n: number, unit: string): Message {
  return fx(`steps.${UNITS.has(unit) ? unit : "day"}`, { count: n });
}

/** The reason as a message. Parameters `model` and `tried` are model labels (see modelLabelIn). */
export function whyThisModelMessage(f: ReasonFacts): Message {
  const unit = UNITS.has(f.unit) ? f.unit : "day";
  const season = fx(`season.${unit === "day" ? "day" : "other"}`);
  const unitWord = fx(`unit.${unit}`);
  switch (f.decision) {
    case "short-history": {
      const need = unit === "day" && f.minHistory % 7 === 0 ? steps(f.minHistory / 7, "week") : steps(f.minHistory, unit);
      return fx("shortHistory", { unit: unitWord, season, history: steps(f.historyLength, unit), need });
    }
    case "no-backtest":
      return fx("noBacktest", { unit: unitWord, season, history: steps(f.historyLength, unit) });
    case "benchmark-kept": {
      const tried = f.scores.filter((s) => s.id !== f.benchmarkId && s.mase !== null).map((s) => s.label);
      return fx("benchmarkKept", { tried: tried.length ? tried.join(", ") : fx("otherModels"), origins: f.origins, season });
    }
    case "model-beats": {
      const chosen = f.scores.find((s) => s.id === f.chosen.id);
      const bench = f.scores.find((s) => s.id === f.benchmarkId);
      const gain = chosen?.mase != null && bench?.mase ? 1 - chosen.mase / bench.mase : null;
      const main =
        gain === null
          ? fx("modelBeatsSmaller", { model: f.chosen.label, origins: f.origins, season })
          : fx("modelBeats", { model: f.chosen.label, origins: f.origins, season, gain: Math.round(gain * 100) });
      return f.chosen.usesEvents ? fx("joined", { a: main, b: fx("usesCalendar") }) : main;
    }
  }
}

export function whyThisModel(f: ReasonFacts): string {
  return forecastEnglish(whyThisModelMessage(f));
}
