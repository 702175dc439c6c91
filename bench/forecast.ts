// npm run bench:forecast — the forecasting pipeline of the app (model choice by rolling-origin
// backtest, intervals calibrated on the backtest's errors) scored on real series:
//   M4 Weekly with its official 13-week test horizon (sMAPE, MASE, OWA against Naive2),
//   Favorita daily store transactions and Walmart weekly store sales (MASE against seasonal
//   naive at several origins after the data the pipeline saw, interval coverage, Winkler score),
//   and the time per model fit.
// It prints figures and checks them against the goals; it is a benchmark, not a test, and it
// exits 0 whatever the figures (1 only when the datasets are missing).
// Datasets are read in place from ../shared/datasets (or FORECAST_DATASETS); never copied here.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { parse } from "csv-parse/sync";
import { campaignEvents } from "../app/domain/forecast/calendar";
import { placeOccurrences, type DatedOccurrence, type Occurrence } from "../app/domain/forecast/occurrences";
import { mase, naiveScale } from "../app/domain/forecast/mase";
import { coverage } from "../app/domain/forecast/coverage";
import { geometricMean, owa } from "../app/domain/forecast/owa";
import { finishForecast, resolveModel, runChoice, type ChoiceRecord } from "../app/domain/forecast/pipeline";
import { seasonalNaive } from "../app/domain/forecast/seasonal-naive";
import { smape } from "../app/domain/forecast/smape";
import { meanWinkler } from "../app/domain/forecast/winkler";
import type { Cadence } from "../app/domain/forecast/calendar";
import type { Forecaster } from "../app/domain/forecast/types";
import { addDays, daysBetween } from "../app/domain/time";
import { backtestShape, benchmarkModel, candidatesFor, maxHistoryFor, minHistoryFor } from "../app/services/forecast/models.server";
import { refreshForecasts } from "../app/services/forecast.server";
import { findMerchant } from "../app/services/merchants.server";
import { openDb } from "../db/client";
import { forecastCache } from "../db/schema";
import { seedDemo } from "../seeds/demo.server";
import { machine, writeFigures, type Figure } from "./lib/figures";

// `--json PATH`: also write the figures in the shape every bench shares (bench/lib/figures.ts).
const jsonAt = process.argv.indexOf("--json");
const jsonPath = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
if (jsonAt >= 0 && !jsonPath) {
  process.stderr.write("bench:forecast: --json needs a file path\n");
  process.exit(2);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const datasets = resolve(process.env.FORECAST_DATASETS ?? join(root, "..", "shared", "datasets"));
const need = [
  "m4-weekly-hourly/Weekly-train.csv",
  "m4-weekly-hourly/Weekly-test.csv",
  "favorita-store-transactions/transactions.csv",
  "favorita-store-transactions/holidays_events.csv",
  "walmart-weekly-store-sales/Walmart.csv",
];
const missing = need.filter((f) => !existsSync(join(datasets, f)));
if (missing.length) {
  process.stderr.write(
    `bench:forecast: the datasets folder ${datasets} is missing or incomplete (no ${missing.join(", ")}).\n` +
      `Put the shared datasets beside the repository (../shared/datasets) or set FORECAST_DATASETS to their folder.\n`,
  );
  process.exit(1);
}

const started = performance.now();

/** Every k-th item, from the first: a deterministic subsample. */
function everyKth<T>(items: T[], k: number): T[] {
  return items.filter((_, i) => i % k === 0);
}

// ---------- timing of fits: every Forecaster call is timed ----------
// Wall time and this process's CPU time (user + system): on a machine shared with other work the
// wall time includes waiting for a core, the CPU time is the fit's own work.
const fitTimes = new Map<string, { total: number; cpu: number; count: number; max: number; points: number }>();
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
function timed(model: Forecaster): Forecaster {
  return {
    ...model,
    forecast(input) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const out = model.forecast(input);
      const cpu = cpuMs(c0);
      const ms = performance.now() - t0;
      const s = fitTimes.get(model.id) ?? { total: 0, cpu: 0, count: 0, max: 0, points: 0 };
      s.total += ms;
      s.cpu += cpu;
      s.count++;
      s.max = Math.max(s.max, ms);
      s.points += input.history.length;
      fitTimes.set(model.id, s);
      return out;
    },
  };
}
const loadAtStart = loadavg()[0];

interface Scored {
  relMase: number[];
  mase: number[];
  naiveMase: number[];
  actual: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
  /** Winkler scores divided by the series' in-sample scale, so series of any size can be averaged */
  scaledW80: number[];
  scaledW95: number[];
  chosen: Map<string, number>;
}

function emptyScored(): Scored {
  return { relMase: [], mase: [], naiveMase: [], actual: [], lo80: [], hi80: [], lo95: [], hi95: [], scaledW80: [], scaledW95: [], chosen: new Map() };
}

interface RunOptions {
  cadence: Cadence;
  horizon: number;
  nonNegative: boolean;
  events?: (string | null)[];
  occurrences?: Occurrence[];
  timeline?: { startMs: number; stepMs: number };
}

/** The app's pipeline on a history, exactly as the service runs it: choose, then fit once. */
function pipeline(history: number[], o: RunOptions, campaignsInHistory: boolean) {
  const candidates = candidatesFor(o.cadence, { calendarInHistory: campaignsInHistory, historyLength: history.length }).map(timed);
  const bench = timed(benchmarkModel);
  const record: ChoiceRecord = runChoice(history, candidates, bench, {
    horizon: o.horizon,
    period: o.cadence.period,
    events: o.events?.slice(0, history.length + o.horizon),
    occurrences: o.occurrences,
    timeline: o.timeline,
    minHistory: minHistoryFor(o.cadence),
    ...backtestShape(o.cadence),
    unit: o.cadence.unit,
    nonNegative: o.nonNegative,
  });
  const model = resolveModel(record.chosen.id, bench, candidates);
  return finishForecast(history, record, model, {
    horizon: o.horizon,
    period: o.cadence.period,
    events: o.events?.slice(0, history.length + o.horizon),
    occurrences: o.occurrences,
    timeline: o.timeline,
    nonNegative: o.nonNegative,
    compareWithoutCampaigns: false,
  });
}

/** Scores the pipeline at outer origins that come after everything it saw. */
function evaluateSeries(series: number[], o: RunOptions, outerOrigins: number, outerStep: number, maxHistory: number, into: Scored): void {
  for (let k = outerOrigins - 1; k >= 0; k--) {
    const cut = series.length - o.horizon - k * outerStep;
    const from = Math.max(0, cut - maxHistory);
    const history = series.slice(from, cut);
    const actual = series.slice(cut, cut + o.horizon);
    if (history.length < 2 * o.cadence.period || actual.length < o.horizon) continue;
    const events = o.events?.slice(from);
    const occurrences = o.occurrences?.map((x) => ({ ...x, start: x.start - from, end: x.end - from })).filter((x) => x.end >= 0);
    const timeline = o.timeline ? { ...o.timeline, startMs: o.timeline.startMs + from * o.timeline.stepMs } : undefined;
    const inHistory = !!events?.slice(0, history.length).some(Boolean) || !!occurrences?.some((x) => x.start < history.length);
    const f = pipeline(history, { ...o, events, occurrences, timeline }, inHistory);
    const naive = seasonalNaive(history, o.horizon, o.cadence.period);
    const m = mase(actual, f.point, history, o.cadence.period);
    const n = mase(actual, naive, history, o.cadence.period);
    const scale = naiveScale(history, o.cadence.period);
    if (m === null || n === null || n === 0 || !scale) continue;
    into.mase.push(m);
    into.naiveMase.push(n);
    into.relMase.push(m / n);
    const b80 = f.bands.find((b) => b.level === 0.8)!;
    const b95 = f.bands.find((b) => b.level === 0.95)!;
    if (b80.lo[0] !== null) {
      const lo80 = b80.lo as number[], hi80 = b80.hi as number[], lo95 = b95.lo as number[], hi95 = b95.hi as number[];
      into.actual.push(...actual);
      into.lo80.push(...lo80);
      into.hi80.push(...hi80);
      into.lo95.push(...lo95);
      into.hi95.push(...hi95);
      into.scaledW80.push((meanWinkler(actual, lo80, hi80, 0.8) ?? 0) / scale);
      into.scaledW95.push((meanWinkler(actual, lo95, hi95, 0.95) ?? 0) / scale);
    }
    into.chosen.set(f.model.id, (into.chosen.get(f.model.id) ?? 0) + 1);
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : NaN);
const f3 = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? "—" : v.toFixed(3));
const pct = (v: number | null) => (v === null || Number.isNaN(v) ? "—" : `${(v * 100).toFixed(1)}%`);
const lines: string[] = [];
const say = (s = "") => {
  lines.push(s);
  process.stdout.write(`${s}\n`);
};

// ---------- Favorita: daily store transactions ----------
const FAV_STORES_EVERY = Number(process.env.BENCH_FAVORITA_EVERY ?? 2);
const favRows = parse(readFileSync(join(datasets, "favorita-store-transactions/transactions.csv")), { columns: true }) as {
  date: string;
  store_nbr: string;
  transactions: string;
}[];
const holidayRows = parse(readFileSync(join(datasets, "favorita-store-transactions/holidays_events.csv")), { columns: true }) as {
  date: string;
  type: string;
  locale: string;
  transferred: string;
  description: string;
}[];
// National holidays and events, as the stores' "campaign calendar": a real calendar of known
// future special days, which is what a merchant's campaign calendar is to its sales.
// The file writes dates as M/D/YY and booleans as TRUE/FALSE.
const isoDate = (mdy: string) => {
  const [m, d, y] = mdy.split("/");
  return `20${y.padStart(2, "0")}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
};
const nationalRows = holidayRows
  .filter((h) => h.locale === "National" && h.transferred.toUpperCase() !== "TRUE" && h.type !== "Work Day")
  .map((h) => ({ ...h, date: /^\d{4}-/.test(h.date) ? h.date : isoDate(h.date) }));
const nationalDays = nationalRows.map((h) => ({ startsOn: h.date, endsOn: h.date, kind: h.type === "Event" ? "platform" : "other" }));
// The same days as calendar occurrences: "Navidad-4" … "Navidad+1" are one Christmas, whose
// earlier editions teach the next one its shape.
const nationalOccurrences: DatedOccurrence[] = [];
for (const h of [...nationalRows].sort((a, b) => (a.date < b.date ? -1 : 1))) {
  const key = h.description.replace(/[+-]\d+$/, "").trim();
  const last = nationalOccurrences[nationalOccurrences.length - 1];
  if (last && last.key === key && daysBetween(last.endsOn, h.date) <= 1) last.endsOn = h.date;
  else nationalOccurrences.push({ key, label: key, kind: "holiday", source: "holiday", startsOn: h.date, endsOn: h.date });
}
const byStore = new Map<number, Map<string, number>>();
for (const r of favRows) {
  const s = Number(r.store_nbr);
  if (!byStore.has(s)) byStore.set(s, new Map());
  byStore.get(s)!.set(r.date, Number(r.transactions));
}
const favLast = favRows.reduce((m, r) => (r.date > m ? r.date : m), "");
const storeIds = everyKth([...byStore.keys()].sort((a, b) => a - b), FAV_STORES_EVERY);
const favScored = emptyScored();
const progress = (s: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${s}\n`);
const FAV_OUTER = 4;
for (const id of storeIds) {
  progress(`Favorita store ${id}`);
  const days = byStore.get(id)!;
  const first = [...days.keys()].sort()[0];
  const n = daysBetween(first, favLast) + 1;
  // a day with no row is a day the store was closed: 0 transactions, as the app fills missing days
  const series = Array.from({ length: n }, (_, i) => days.get(addDays(first, i)) ?? 0);
  const events = campaignEvents(nationalDays, first, n);
  const occurrences = placeOccurrences(nationalOccurrences, first);
  evaluateSeries(
    series,
    { cadence: { unit: "day", period: 7 }, horizon: 28, nonNegative: true, events, occurrences, timeline: { startMs: Date.parse(`${first}T00:00:00Z`), stepMs: 86_400_000 } },
    FAV_OUTER,
    28,
    maxHistoryFor({ unit: "day", period: 7 }),
    favScored,
  );
}

// ---------- Walmart: weekly store sales ----------
const walRows = parse(readFileSync(join(datasets, "walmart-weekly-store-sales/Walmart.csv")), { columns: true }) as {
  Store: string;
  Date: string;
  Weekly_Sales: string;
}[];
const walByStore = new Map<number, { date: string; v: number }[]>();
for (const r of walRows) {
  const [d, m, y] = r.Date.split("/");
  const s = Number(r.Store);
  if (!walByStore.has(s)) walByStore.set(s, []);
  walByStore.get(s)!.push({ date: `${y}-${m}-${d}`, v: Number(r.Weekly_Sales) });
}
progress("Walmart");
const walScored = emptyScored();
let walStores = 0;
for (const [, rows] of everyKth([...walByStore.entries()].sort((a, b) => a[0] - b[0]), Number(process.env.BENCH_WALMART_EVERY ?? 1))) {
  walStores++;
  rows.sort((a, b) => (a.date < b.date ? -1 : 1));
  evaluateSeries(rows.map((r) => r.v), { cadence: { unit: "week", period: 52 }, horizon: 13, nonNegative: true }, 3, 4, maxHistoryFor({ unit: "week", period: 52 }), walScored);
}

// ---------- M4 Weekly: official train/test ----------
const readWide = (file: string) =>
  (parse(readFileSync(join(datasets, file)), { from_line: 2 }) as string[][]).map((r) => ({
    id: r[0],
    values: r.slice(1).filter((c) => c !== "").map(Number),
  }));
const m4Train = readWide("m4-weekly-hourly/Weekly-train.csv");
const m4Test = new Map(readWide("m4-weekly-hourly/Weekly-test.csv").map((r) => [r.id, r.values]));
const M4_H = 13;
const M4_MAX_HISTORY = maxHistoryFor({ unit: "week", period: 52 });
let sm = 0, ms = 0, smN = 0, msN = 0, cnt = 0;
const m4Cov: Scored = emptyScored();
progress("M4 Weekly");
const M4_EVERY = Number(process.env.BENCH_M4_EVERY ?? 1);
for (const s of everyKth(m4Train, M4_EVERY)) {
  const test = m4Test.get(s.id)!;
  const history = s.values.slice(-M4_MAX_HISTORY);
  const f = pipeline(history, { cadence: { unit: "week", period: 52 }, horizon: M4_H, nonNegative: false }, false);
  const naive2 = seasonalNaive(s.values, M4_H, 1); // M4: weekly series count as non-seasonal, so Naive2 = naive
  sm += smape(test, f.point) ?? 0;
  ms += mase(test, f.point, s.values, 1) ?? 0;
  smN += smape(test, naive2) ?? 0;
  msN += mase(test, naive2, s.values, 1) ?? 0;
  cnt++;
  const b80 = f.bands.find((b) => b.level === 0.8)!;
  const b95 = f.bands.find((b) => b.level === 0.95)!;
  if (b80.lo[0] !== null) {
    m4Cov.actual.push(...test);
    m4Cov.lo80.push(...(b80.lo as number[]));
    m4Cov.hi80.push(...(b80.hi as number[]));
    m4Cov.lo95.push(...(b95.lo as number[]));
    m4Cov.hi95.push(...(b95.hi as number[]));
  }
  m4Cov.chosen.set(f.model.id, (m4Cov.chosen.get(f.model.id) ?? 0) + 1);
}
const m4 = { smape: sm / cnt, mase: ms / cnt, naive2Smape: smN / cnt, naive2Mase: msN / cnt };

// ---------- a whole merchant's refresh: the demo, every pillar, as after an import ----------
progress("demo merchant refresh");
const demoDb = openDb(":memory:");
await seedDemo(demoDb);
const demo = findMerchant(demoDb, "demo")!;
// Three refreshes, each from an empty cache (the data version moves between them as after an
// import), the median kept: one refresh is at the mercy of whatever else the machine runs.
const refreshRuns: { wall: number; cpu: number }[] = [];
let refreshed = 0;
for (let k = 0; k < 3; k++) {
  demoDb.delete(forecastCache).run();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  refreshed = refreshForecasts(demoDb, demo);
  refreshRuns.push({ cpu: cpuMs(c0), wall: performance.now() - t0 });
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const refreshMs = medianOf(refreshRuns.map((r) => r.wall));
const refreshCpuMs = medianOf(refreshRuns.map((r) => r.cpu));
demoDb.$client.close();
const m4Owa = owa(m4.smape, m4.mase, m4.naive2Smape, m4.naive2Mase);

// ---------- report ----------
// Combinations are counted together: their ids name members and weights, different every time.
const chosenGroup = (id: string) => (id.startsWith("wmean(") ? "weighted mean of best 3" : id.startsWith("median(") ? "median of best 3" : id);
const chosenText = (s: Scored) => {
  const groups = new Map<string, number>();
  for (const [k, v] of s.chosen) groups.set(chosenGroup(k), (groups.get(chosenGroup(k)) ?? 0) + v);
  return [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
};
function row(name: string, s: Scored, units: string) {
  const gm = geometricMean(s.relMase);
  const c80 = coverage(s.actual, s.lo80, s.hi80);
  const c95 = coverage(s.actual, s.lo95, s.hi95);
  say(
    `| ${name.padEnd(30)} | ${units.padEnd(16)} | ${f3(geometricMean(s.mase)).padStart(6)} | ${f3(geometricMean(s.naiveMase)).padStart(6)} | ${f3(gm).padStart(6)} | ${pct(c80).padStart(6)} | ${pct(c95).padStart(6)} | ${f3(mean(s.scaledW80)).padStart(6)} | ${f3(mean(s.scaledW95)).padStart(6)} |`,
  );
  return { gm, c80, c95 };
}
say("");
say("## Forecast benchmark: the app's pipeline (backtest choice + calibrated intervals) on real series");
say("");
say(`Datasets: ${datasets}`);
say(
  `Favorita: every ${FAV_STORES_EVERY === 1 ? "" : `${FAV_STORES_EVERY}nd `}store (${storeIds.length} of ${byStore.size}, deterministic), ${FAV_OUTER} origins 28 days apart ending ${favLast}, horizon 28 days, ` +
    `at most ${maxHistoryFor({ unit: "day", period: 7 })} days of history per fit; national holidays/events as the known calendar.`,
);
say(`Walmart: ${walStores === walByStore.size ? "all " : ""}${walStores} of ${walByStore.size} stores, 3 origins 4 weeks apart at the end of the data, horizon 13 weeks, at most ${maxHistoryFor({ unit: "week", period: 52 })} weeks per fit.`);
say(`M4 Weekly: all ${cnt} series, official 13-week test horizon, at most ${M4_MAX_HISTORY} weeks of history per fit.`);
say("");
say("| dataset                        | series × origins | MASE   | sNaive | rel.   | cov80  | cov95  | W80/sc | W95/sc |");
say("|--------------------------------|------------------|--------|--------|--------|--------|--------|--------|--------|");
const fav = row("Favorita daily transactions", favScored, `${storeIds.length} × ${FAV_OUTER}`);
const wal = row("Walmart weekly store sales", walScored, `${walStores} × 3`);
const m4c80 = coverage(m4Cov.actual, m4Cov.lo80, m4Cov.hi80);
const m4c95 = coverage(m4Cov.actual, m4Cov.lo95, m4Cov.hi95);
say("");
say("MASE, sNaive: geometric means over series × origins of the pipeline's and seasonal naive's MASE (period 7 daily, 52 weekly);");
say("rel.: geometric mean of their ratio (below 1 beats seasonal naive). cov80/cov95: share of held-out points inside the");
say("calibrated 80%/95% intervals. W80/sc, W95/sc: mean Winkler score divided by the in-sample seasonal-naive MAE (lower is better).");
say("");
say(`| ${`M4 Weekly (${cnt} series, h = ${M4_H})`.padEnd(30)} | sMAPE  | MASE   | OWA    | cov80  | cov95  |`);
say("|--------------------------------|--------|--------|--------|--------|--------|");
say(`| pipeline                       | ${m4.smape.toFixed(3).padStart(6)} | ${m4.mase.toFixed(3).padStart(6)} | ${f3(m4Owa).padStart(6)} | ${pct(m4c80).padStart(6)} | ${pct(m4c95).padStart(6)} |`);
say(`| Naive2 (= naive for weekly)    | ${m4.naive2Smape.toFixed(3).padStart(6)} | ${m4.naive2Mase.toFixed(3).padStart(6)} |  1.000 |        |        |`);
say("");
say(`Models chosen — Favorita: ${chosenText(favScored)}; Walmart: ${chosenText(walScored)}; M4: ${chosenText(m4Cov)}`);
say("");
say("| model                          | fits  | mean ms/fit | CPU ms/fit | max ms | mean history |");
say("|--------------------------------|-------|-------------|------------|--------|--------------|");
let worstMean = 0;
let worstCpu = 0;
for (const [id, s] of [...fitTimes.entries()].sort((a, b) => b[1].total / b[1].count - a[1].total / a[1].count)) {
  worstMean = Math.max(worstMean, s.total / s.count);
  worstCpu = Math.max(worstCpu, s.cpu / s.count);
  say(`| ${id.padEnd(30)} | ${String(s.count).padStart(5)} | ${(s.total / s.count).toFixed(2).padStart(11)} | ${(s.cpu / s.count).toFixed(2).padStart(10)} | ${s.max.toFixed(1).padStart(6)} | ${(s.points / s.count).toFixed(0).padStart(12)} |`);
}
const loadAtEnd = loadavg()[0];
say("");
say(`Load average (1 min) at the start ${loadAtStart.toFixed(1)}, at the end ${loadAtEnd.toFixed(1)}, on ${machine().cpus} cores: wall times include waiting for a core.`);
say(`Demo refresh, three runs from an empty cache: ${refreshRuns.map((r) => `${(r.wall / 1000).toFixed(1)} s wall / ${(r.cpu / 1000).toFixed(1)} s CPU`).join(", ")}.`);
say("");
const figures: Figure[] = [];
/** One goal: printed as MET/SHORT and kept as a figure for --json. */
const goal = (f: Omit<Figure, "met" | "note"> & { ok: boolean | null; shown: string; note?: string }) => {
  say(`${f.ok === null ? "—    " : f.ok ? "MET  " : "SHORT"}  ${f.name} ${f.goal}: ${f.shown}`);
  figures.push({ name: f.name, value: f.value, unit: f.unit, goal: f.goal, met: f.ok, note: f.ok === false ? (f.note ?? null) : null });
};
const num = (v: number | null) => (v === null || Number.isNaN(v) ? NaN : v);
say("Goals:");
goal({ name: `Favorita daily (${storeIds.length} stores × ${FAV_OUTER} origins, h 1–28): geometric-mean MASE ÷ seasonal naive`, value: num(fav.gm), unit: "ratio", goal: "≤ 0.80", ok: fav.gm !== null && fav.gm <= 0.8, shown: f3(fav.gm) });
goal({ name: `Walmart weekly (${walStores} stores × 3 origins, h 1–13): geometric-mean MASE ÷ seasonal naive`, value: num(wal.gm), unit: "ratio", goal: "≤ 0.85", ok: wal.gm !== null && wal.gm <= 0.85, shown: f3(wal.gm) });
goal({ name: `M4 Weekly (${cnt} series, h 13): OWA`, value: num(m4Owa), unit: "ratio", goal: "≤ 0.76", ok: m4Owa !== null && m4Owa <= 0.76, shown: f3(m4Owa) });
for (const [name, c80, c95] of [["Favorita", fav.c80, fav.c95], ["Walmart", wal.c80, wal.c95], ["M4 Weekly", m4c80, m4c95]] as const) {
  goal({ name: `${name} 80% interval coverage (held-out points)`, value: num(c80 === null ? null : 100 * c80), unit: "%", goal: "75–85 % (within 5 points of 80)", ok: c80 !== null && Math.abs(c80 - 0.8) <= 0.05 + 1e-9, shown: pct(c80), note: c80 !== null && c80 > 0.8 ? "bands too wide" : "bands too narrow" });
  goal({ name: `${name} 95% interval coverage (held-out points)`, value: num(c95 === null ? null : 100 * c95), unit: "%", goal: "92–98 % (within 3 points of 95)", ok: c95 !== null && Math.abs(c95 - 0.95) <= 0.03 + 1e-9, shown: pct(c95), note: c95 !== null && c95 > 0.95 ? "bands too wide" : "bands too narrow" });
}
const slowest = [...fitTimes.entries()].sort((a, b) => b[1].total / b[1].count - a[1].total / a[1].count)[0];
const loadNote = `wall time on ${machine().cpus} shared cores at load average ${loadAtStart.toFixed(1)}–${loadAtEnd.toFixed(1)}`;
goal({ name: `mean wall time per fit of the slowest model (${slowest?.[0] ?? "none"})`, value: Number(worstMean.toFixed(2)), unit: "ms", goal: "≤ 50 ms", ok: worstMean <= 50, shown: `${worstMean.toFixed(1)} ms (CPU ${worstCpu.toFixed(1)} ms)`, note: `${loadNote}; the slowest model's CPU time per fit was ${worstCpu.toFixed(1)} ms` });
goal({ name: `a whole merchant's forecast refresh (demo, ${refreshed} pillars, 28 days; median of 3)`, value: Number((refreshMs / 1000).toFixed(2)), unit: "s", goal: "< 10 s", ok: refreshMs < 10_000, shown: `${(refreshMs / 1000).toFixed(1)} s (CPU ${(refreshCpuMs / 1000).toFixed(1)} s)`, note: `${loadNote}; its CPU time was ${(refreshCpuMs / 1000).toFixed(1)} s` });
figures.push({ name: "demo refresh CPU time (6 pillars, median of 3)", value: Number((refreshCpuMs / 1000).toFixed(2)), unit: "s", goal: null, met: null, note: null });
figures.push({ name: "slowest model's mean CPU time per fit", value: Number(worstCpu.toFixed(2)), unit: "ms", goal: null, met: null, note: null });
const totalSeconds = (performance.now() - started) / 1000;
say("");
say(`Total time ${totalSeconds.toFixed(1)} s.`);
figures.push({ name: "whole forecast benchmark", value: Number(totalSeconds.toFixed(1)), unit: "s", goal: null, met: null, note: null });
const table = (title: string, header: string) => {
  const at = lines.findIndex((l) => l.startsWith(header));
  const rows: string[] = [];
  for (let i = at; at >= 0 && i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
  return { title, markdown: rows.join("\n") };
};
writeFigures(jsonPath, "forecast", figures, [
  table("Forecast accuracy and interval coverage (Favorita, Walmart)", "| dataset"),
  table("M4 Weekly against Naive2", "| M4 Weekly"),
  table("Time per model fit", "| model"),
]);
