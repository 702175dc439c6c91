// augurs' models as Forecasters. The WASM modules are loaded synchronously from the files beside
// the package's JavaScript (its `await init()` tries to fetch a file URL, which Node refuses);
// the path is resolved through the package, so it holds from source and from build/server alike.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AutoETS, initSync as initEts } from "@bsull/augurs/ets";
import { MSTL, initSync as initMstl } from "@bsull/augurs/mstl";
import { Prophet, initSync as initProphet, type ProphetHoliday } from "@bsull/augurs/prophet";
import type { Forecaster, ForecastInput } from "../../domain/forecast/types";
import { prophetOptimizer } from "./prophet-optimizer.server";

const loaded = new Set<string>();

function load(name: "mstl" | "ets" | "prophet", init: (m: { module: BufferSource }) => unknown): void {
  if (loaded.has(name)) return;
  const js = createRequire(import.meta.url).resolve(`@bsull/augurs/${name}`);
  init({ module: readFileSync(join(dirname(js), `${name}_bg.wasm`)) });
  loaded.add(name);
}

/** MSTL: the seasonal pattern taken out by STL, the rest forecast by AutoETS. */
export const mstlForecaster: Forecaster = {
  id: "mstl",
  label: "MSTL",
  usesEvents: false,
  minHistory: (period) => 2 * Math.max(2, period) + 1,
  forecast(input: ForecastInput): number[] {
    load("mstl", initMstl);
    const model = MSTL.ets([input.period]);
    try {
      model.fit(Float64Array.from(input.history));
      return model.predict(input.horizon).point;
    } finally {
      model.free();
    }
  },
};

/** AutoETS without a season: level and trend smoothed, for series with no seasonal pattern. */
export const etsForecaster: Forecaster = {
  id: "ets",
  label: "ETS",
  usesEvents: false,
  minHistory: () => 10,
  forecast(input: ForecastInput): number[] {
    load("ets", initEts);
    const model = new AutoETS(1, "ZZN");
    try {
      model.fit(Float64Array.from(input.history));
      return model.predict(input.horizon).point;
    } finally {
      model.free();
    }
  },
};

/** The runs of the same campaign kind in `events`, as Prophet holiday occurrences by kind. */
export function holidaysFrom(
  events: readonly (string | null)[],
  timeline: { startMs: number; stepMs: number },
): Map<string, ProphetHoliday> {
  const holidays = new Map<string, ProphetHoliday>();
  const at = (i: number) => Math.round((timeline.startMs + i * timeline.stepMs) / 1000);
  for (let i = 0; i < events.length; ) {
    const kind = events[i];
    if (!kind) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < events.length && events[j + 1] === kind) j++;
    const h = holidays.get(kind) ?? { occurrences: [] };
    h.occurrences.push({ start: at(i), end: at(j + 1) });
    holidays.set(kind, h);
    i = j + 1;
  }
  return holidays;
}

const DAY_MS = 86_400_000;

/** Prophet, with the merchant's campaigns as holidays so it learns each kind's burst. */
export const prophetForecaster: Forecaster = {
  id: "prophet",
  label: "Prophet with campaigns",
  usesEvents: true,
  minHistory: (period) => Math.max(14, 2 * period),
  forecast(input: ForecastInput): number[] {
    load("prophet", initProphet);
    const timeline = input.timeline ?? { startMs: 0, stepMs: DAY_MS };
    const n = input.history.length;
    const spanDays = (n * timeline.stepMs) / DAY_MS;
    const holidays = input.events ? holidaysFrom(input.events.slice(0, n + input.horizon), timeline) : new Map();
    const model = new Prophet({
      optimizer: prophetOptimizer,
      uncertaintySamples: 0,
      seasonalityMode: "additive",
      holidaysMode: "additive",
      holidays,
      weeklySeasonality: timeline.stepMs < 7 * DAY_MS ? { type: "auto" } : { type: "manual", enabled: false },
      dailySeasonality: { type: "manual", enabled: false },
      yearlySeasonality: spanDays >= 730 ? { type: "auto" } : { type: "manual", enabled: false },
    });
    try {
      const ds = Array.from({ length: n }, (_, i) => Math.round((timeline.startMs + i * timeline.stepMs) / 1000));
      model.fit({ ds, y: Float64Array.from(input.history) });
      const future = {
        ds: Array.from({ length: input.horizon }, (_, h) => Math.round((timeline.startMs + (n + h) * timeline.stepMs) / 1000)),
      };
      return model.predict(future).yhat.point;
    } finally {
      model.free();
    }
  },
};
