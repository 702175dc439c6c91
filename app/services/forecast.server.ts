// GMV forecasts for a merchant: daily GMV (all pillars or one) from the rollup, the model chosen
// by backtest, intervals calibrated on the backtest's errors, and the merchant's entered
// campaigns laid on the future. Results are cached per merchant and data version: an import,
// undo or settings change bumps the version, and the next request recomputes. The backtest (the
// costly part) is cached on its own, so a new horizon within the same range or the campaign
// toggle costs one or two fits, never a new backtest.
import { z } from "zod";
import type { Db } from "../../db/client";
import { campaignEvents, dailySeries } from "../domain/forecast/calendar";
import { describeCalendar, type CalendarExplanation } from "../domain/forecast/calendar-explain";
import { countryOfTimeZone, publicHolidays, type HolidayCountry } from "../domain/forecast/holidays";
import { buildOccurrences, placeOccurrences, type DatedOccurrence, type Occurrence } from "../domain/forecast/occurrences";
import { forecastEnglish, fx } from "../domain/forecast/explain-messages";
import type { Message } from "../domain/message";
import { finishForecast, isCampaignKind, runChoice, type Band, type ChoiceRecord, type SeriesForecast } from "../domain/forecast/pipeline";
import { PILLARS } from "../domain/pillars";
import { addDays, isDay, type Day } from "../domain/time";
import { campaignCalendar, type CalendarCampaign } from "../queries/forecast/campaign-calendar.server";
import { readForecastCache, writeForecastCache } from "../queries/forecast/forecast-cache.server";
import { gmvByDay } from "../queries/forecast/gmv-by-day.server";
import { lastDataDay } from "../queries/forecast/last-data-day.server";
import type { MerchantContext } from "./merchants.server";
import { backtestShape, benchmarkModel, candidatesFor, maxHistoryFor, minHistoryFor, modelById } from "./forecast/models.server";

export const FORECAST_PILLARS = ["ALL", ...PILLARS] as const;
export type ForecastPillar = (typeof FORECAST_PILLARS)[number];
export const FORECAST_LEVELS = [80, 95] as const;

/** What a page or command may ask for. */
export const forecastRequestSchema = z.object({
  pillar: z.enum(FORECAST_PILLARS).default("ALL"),
  horizon: z.coerce.number().int().min(7, "The horizon is 7 to 90 days.").max(90, "The horizon is 7 to 90 days.").default(28),
  level: z.coerce
    .number()
    .refine((v) => v === 80 || v === 95, "The interval level is 80 or 95.")
    .default(80)
    .transform((v) => v as 80 | 95),
  asOf: z
    .string()
    .refine(isDay, "The as-of day is a date such as 2024-06-30.")
    .optional(),
  /** what-if: campaigns ahead (by occurrence id, "key@first-day") left out of the forecast */
  without: z
    .preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(z.string().max(200)).max(50))
    .default([]),
});
export type ForecastRequest = z.output<typeof forecastRequestSchema>;

export interface ForecastPoint {
  date: Day;
  /** hundredths of the merchant's currency */
  value: number;
  lo80: number | null;
  hi80: number | null;
  lo95: number | null;
  hi95: number | null;
}

export interface MerchantForecast {
  pillar: ForecastPillar;
  horizon: number;
  /** the last day of history the forecast was made from */
  asOf: Day;
  dataVersion: number;
  model: { id: string; label: string; usesEvents: boolean };
  decision: SeriesForecast["decision"];
  reason: string;
  /** the reason as a message in the page's language (absent from forecasts cached before it) */
  reasonMessage?: SeriesForecast["reasonMessage"];
  accuracy: {
    mase: number | null;
    seasonalNaiveMase: number | null;
    relativeMase: number | null;
    /** days ahead scored at each origin */
    horizon: number;
    /** the first forecast day at each backtest origin */
    origins: Day[];
    coverage80: number | null;
    coverage95: number | null;
    winkler80: number | null;
    winkler95: number | null;
    /** points the interval coverage was measured on */
    checkedPoints: number;
  };
  candidates: { id: string; label: string; mase: number | null; failed?: string }[];
  /** recent daily GMV, hundredths */
  history: { date: Day; value: number }[];
  /** with the campaigns the merchant entered for the forecast days */
  points: ForecastPoint[];
  /** the same model with no future campaigns; null when it would not differ */
  withoutCampaigns: ForecastPoint[] | null;
  /** entered campaigns that fall in the forecast days */
  upcomingCampaigns: { campaignId: string; name: string; kind: string; startsOn: Day; endsOn: Day }[];
  /** what shaped the forecast: campaign and festival days ahead with their profiles, holidays */
  calendar: CalendarExplanation;
  /** the what-if asked for: occurrence ids left out (the forecast above is without them) */
  without: string[];
  /** scenario series added to the points (none unless asked for) */
  scenarios?: { id: string; label: string }[];
}

/**
 * A scenario series to add to the forecast (for example a KOL plan's expected GMV by day), so a
 * what-if can switch it on and off. Amounts in hundredths.
 */
export interface ScenarioSeries {
  id: string;
  label: string;
  byDay: Record<Day, number>;
}

export type ForecastOutcome =
  | { ok: true; forecast: MerchantForecast; cached: boolean }
  | { ok: false; message: string; /** the message, for the page to translate */ why: Message };

/** A forecast that cannot be made: the English for the command line, the message for the page. */
function notOk(why: Message): ForecastOutcome {
  return { ok: false, message: forecastEnglish(why), why };
}

// v3: backtest records carry each origin's spread, which the intervals are calibrated in
const CACHE_VERSION = "v3";
const DAILY = { unit: "day", period: 7 } as const;
const DAY_MS = 86_400_000;

function backtestHorizon(horizon: number): number {
  return horizon <= 28 ? 28 : 90;
}

function toPoints(first: Day, offset: number, point: number[], bands: Band[]): ForecastPoint[] {
  const b80 = bands.find((b) => b.level === 0.8);
  const b95 = bands.find((b) => b.level === 0.95);
  const r = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));
  return point.map((v, h) => ({
    date: addDays(first, offset + h),
    value: Math.round(v),
    lo80: r(b80?.lo[h]),
    hi80: r(b80?.hi[h]),
    lo95: r(b95?.lo[h]),
    hi95: r(b95?.hi[h]),
  }));
}

interface SeriesData {
  first: Day;
  last: Day;
  values: number[];
  events: (string | null)[];
  campaigns: CalendarCampaign[];
  dated: DatedOccurrence[];
  occurrences: Occurrence[];
  country: HolidayCountry;
}

/** The merchant's holiday country: chosen in settings, else from the time zone. */
export function holidayCountryOf(merchant: MerchantContext): HolidayCountry {
  return merchant.settings.forecastCalendar?.country ?? countryOfTimeZone(merchant.timezone);
}

/** An occurrence's id for the what-if: its key and first day. */
export function occurrenceId(o: { key: string; startsOn: Day }): string {
  return `${o.key}@${o.startsOn}`;
}

function loadSeries(db: Db, merchant: MerchantContext, pillar: ForecastPillar, horizon: number, asOf?: Day): SeriesData | null {
  const last = lastDataDay(db, { merchantId: merchant.id, asOf });
  if (!last) return null;
  const rows = gmvByDay(db, { merchantId: merchant.id, pillar: pillar === "ALL" ? undefined : pillar, asOf: last });
  if (rows.length === 0) return null;
  const earliest = addDays(last, -(maxHistoryFor(DAILY) - 1));
  const first = rows[0].day > earliest ? rows[0].day : earliest;
  const values = dailySeries(rows.map((r) => ({ day: r.day, value: r.gmv })), first, last);
  const campaigns = campaignCalendar(db, merchant.id);
  const end = addDays(last, horizon);
  const country = holidayCountryOf(merchant);
  const dated = buildOccurrences(campaigns, merchant.settings.forecastCalendar?.festivals ?? {}, publicHolidays(country, first, end), first, end);
  const events = campaignEvents(dated.filter((o) => isCampaignKind(o.kind)), first, values.length + horizon);
  return { first, last, values, events, campaigns, dated, occurrences: placeOccurrences(dated, first), country };
}

function cached<T>(db: Db, merchant: MerchantContext, key: string): T | undefined {
  const row = readForecastCache(db, merchant.id, key);
  return row && row.dataVersion === merchant.dataVersion ? (JSON.parse(row.result) as T) : undefined;
}

function store(db: Db, merchant: MerchantContext, key: string, value: unknown): void {
  writeForecastCache(db, {
    merchantId: merchant.id,
    cacheKey: key,
    dataVersion: merchant.dataVersion,
    result: JSON.stringify(value),
    createdAt: Date.now(),
  });
}

export function forecastGmv(
  db: Db,
  merchant: MerchantContext,
  request: Omit<ForecastRequest, "without"> & { without?: string[]; scenarios?: ScenarioSeries[]; /** answer from the cache or not at all (pages that must not wait on a fit) */ cachedOnly?: boolean },
): ForecastOutcome {
  const { pillar, horizon, asOf } = request;
  const leftOut = [...new Set(request.without ?? [])].sort();
  const resultKey = `${CACHE_VERSION}:forecast:${pillar}:${horizon}:${asOf ?? "latest"}:${leftOut.join(",")}`;
  const hit = cached<MerchantForecast>(db, merchant, resultKey);
  if (hit) return { ok: true, forecast: withScenarios(hit, request.scenarios), cached: true };
  if (request.cachedOnly) return notOk(fx("computing"));

  const data = loadSeries(db, merchant, pillar, horizon, asOf);
  if (!data) {
    return notOk(asOf ? fx("noSalesBefore", { day: asOf }) : fx("noSalesYet"));
  }
  const cadence = DAILY;
  const timeline = { startMs: Date.parse(`${data.first}T00:00:00Z`), stepMs: DAY_MS };
  const calendarInHistory = data.occurrences.some((o) => o.start < data.values.length && o.end >= 0);
  const choiceKey = `${CACHE_VERSION}:choice:${pillar}:${backtestHorizon(horizon)}:${asOf ?? "latest"}:${data.first}`;
  let record = cached<ChoiceRecord>(db, merchant, choiceKey);
  if (!record) {
    record = runChoice(data.values, candidatesFor(cadence, { calendarInHistory, historyLength: data.values.length }), benchmarkModel, {
      horizon: backtestHorizon(horizon),
      period: cadence.period,
      events: data.events.slice(0, data.values.length + backtestHorizon(horizon)),
      occurrences: data.occurrences,
      timeline,
      minHistory: minHistoryFor(cadence),
      ...backtestShape(cadence),
      unit: "day",
      nonNegative: true,
    });
    store(db, merchant, choiceKey, record);
  }
  const model = modelById(record.chosen.id, cadence) ?? benchmarkModel;
  // The what-if: the campaigns asked to be left out are not on the calendar of this forecast.
  const n0 = data.values.length;
  const left = (o: Occurrence, i: number) => leftOut.includes(occurrenceId(data.dated[i])) && o.end >= n0 && isCampaignKind(o.kind);
  const occurrences = data.occurrences.filter((o, i) => !left(o, i));
  const events = leftOut.length
    ? campaignEvents(data.dated.filter((o, i) => isCampaignKind(o.kind) && !left(data.occurrences[i], i)), data.first, n0 + horizon)
    : data.events;
  const input = { history: data.values, horizon, period: cadence.period, events, occurrences, timeline };
  const result = finishForecast(data.values, record, model, { ...input, nonNegative: true, compareWithoutCampaigns: true });
  const calendar = describeCalendar({ ...input, occurrences: data.occurrences }, data.dated, {
    first: data.first,
    modelUsesCalendar: model.usesEvents,
    country: data.country,
    idOf: occurrenceId,
    leftOut,
  });

  const n = data.values.length;
  const withCampaigns = toPoints(data.first, n, result.point, result.bands);
  const without = result.withoutCampaigns ? toPoints(data.first, n, result.withoutCampaigns.point, result.withoutCampaigns.bands) : null;
  const differs = without !== null && without.some((p, i) => p.value !== withCampaigns[i].value);
  const forecastEnd = addDays(data.last, horizon);
  const interval = (level: number) => result.accuracy.intervals.find((i) => i.level === level);
  const forecast: MerchantForecast = {
    pillar,
    horizon,
    asOf: data.last,
    dataVersion: merchant.dataVersion,
    model: result.model,
    decision: result.decision,
    reason: result.reason,
    reasonMessage: result.reasonMessage,
    accuracy: {
      mase: result.accuracy.mase,
      seasonalNaiveMase: result.accuracy.benchmarkMase,
      relativeMase: result.accuracy.relativeMase,
      horizon: result.accuracy.horizon,
      origins: result.accuracy.originTrainLengths.map((len) => addDays(data.first, len)),
      coverage80: interval(0.8)?.coverage ?? null,
      coverage95: interval(0.95)?.coverage ?? null,
      winkler80: interval(0.8)?.winkler ?? null,
      winkler95: interval(0.95)?.winkler ?? null,
      checkedPoints: interval(0.8)?.points ?? 0,
    },
    candidates: result.scores.map(({ id, label, mase, failed }) => ({ id, label, mase, ...(failed ? { failed } : {}) })),
    history: data.values
      .map((value, i) => ({ date: addDays(data.first, i), value }))
      .slice(-Math.max(91, 3 * horizon)),
    points: withCampaigns,
    withoutCampaigns: differs ? without : null,
    upcomingCampaigns: data.campaigns
      .filter((c) => c.endsOn > data.last && c.startsOn <= forecastEnd)
      .map(({ campaignId, name, kind, startsOn, endsOn }) => ({ campaignId, name, kind, startsOn, endsOn })),
    calendar,
    without: leftOut,
  };
  store(db, merchant, resultKey, forecast);
  return { ok: true, forecast: withScenarios(forecast, request.scenarios), cached: false };
}

/**
 * The forecast with scenario series added day by day (a what-if that is switched on): the amounts
 * move the point and both bands, since the forecast does not know them.
 */
export function withScenarios(f: MerchantForecast, scenarios: readonly ScenarioSeries[] | undefined): MerchantForecast {
  if (!scenarios?.length) return f;
  const add = (p: ForecastPoint): ForecastPoint => {
    const extra = scenarios.reduce((s, x) => s + (x.byDay[p.date] ?? 0), 0);
    const shift = (v: number | null) => (v === null ? null : v + extra);
    return { ...p, value: p.value + extra, lo80: shift(p.lo80), hi80: shift(p.hi80), lo95: shift(p.lo95), hi95: shift(p.hi95) };
  };
  return { ...f, points: f.points.map(add), scenarios: scenarios.map(({ id, label }) => ({ id, label })) };
}

/**
 * Recomputes the forecasts a merchant's pages open with (every pillar, 28 days ahead), so the
 * first visit after an import waits on nothing. Meant to run after an import changes history.
 */
export function refreshForecasts(db: Db, merchant: MerchantContext): number {
  let computed = 0;
  for (const pillar of FORECAST_PILLARS) {
    const r = forecastGmv(db, merchant, { pillar, horizon: 28, level: 80, without: [] });
    if (r.ok && !r.cached) computed++;
  }
  return computed;
}

/** The band of a point at a level, for output that carries one interval. */
export function bandAt(p: ForecastPoint, level: 80 | 95): { lo: number | null; hi: number | null } {
  return level === 80 ? { lo: p.lo80, hi: p.hi80 } : { lo: p.lo95, hi: p.hi95 };
}

