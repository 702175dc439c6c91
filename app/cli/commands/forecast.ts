// factloop forecast: a merchant's GMV forecast (--merchant), or any date,value series (--series),
// with the model the backtest chose, the accuracy it measured and calibrated intervals.
import { readFileSync } from "node:fs";
import { HOLIDAY_COUNTRIES } from "../../domain/forecast/holidays";
import { parseSeriesCsv } from "../../domain/forecast/series-csv";
import { isDay } from "../../domain/time";
import { toUnits } from "../../domain/money";
import { forecastParsedSeries } from "../../services/forecast/series.server";
import { bandAt, FORECAST_LEVELS, FORECAST_PILLARS, forecastGmv, refreshForecasts } from "../../services/forecast.server";
import { findMerchant } from "../../services/merchants.server";
import { warmOverview } from "../../services/overview.server";
import { warmPlanner } from "../../services/planner/context.server";
import { runAsBackground } from "../../services/jobs/job-process.server";
import { dbFrom, EXIT, InputError, oneOf, parse, UsageError, type CliIo } from "../io";

interface OutPoint {
  date: string;
  value: number;
  lo: number | null;
  hi: number | null;
}

const round = (v: number | null, digits = 4) => (v === null ? null : Number(v.toFixed(digits)));

function intArg(raw: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got ${raw})`);
  return n;
}

function csvCell(v: number | null): string {
  return v === null ? "" : String(v);
}

function write(io: CliIo, format: "json" | "csv", body: Record<string, unknown>, points: OutPoint[]): void {
  if (format === "json") {
    io.out(JSON.stringify({ ...body, points }, null, 2));
    return;
  }
  const lines = ["date,value,lo,hi", ...points.map((p) => [p.date, csvCell(p.value), csvCell(p.lo), csvCell(p.hi)].join(","))];
  io.out(lines.join("\n"));
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    merchant: { type: "string" },
    series: { type: "string" },
    pillar: { type: "string" },
    horizon: { type: "string" },
    "as-of": { type: "string" },
    level: { type: "string" },
    format: { type: "string" },
    country: { type: "string" },
    // not in the contract: precompute every pillar's cached forecast (run after an import)
    warm: { type: "boolean" },
  });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (values.warm) {
    if (!values.merchant) throw new UsageError("--warm needs --merchant SLUG");
    // the warm-up runs in the background of a serving server: pages first
    runAsBackground();
    const db = dbFrom(values);
    const merchant = findMerchant(db, values.merchant);
    if (!merchant) throw new InputError(`no merchant "${values.merchant}"`);
    // the overview's default range first: it is the page people open after an import
    warmOverview(db, merchant);
    // then the creator roster's estimates, which read every creator's whole history
    warmPlanner(db, merchant);
    const computed = refreshForecasts(db, merchant);
    io.out(`Forecasts ready for ${merchant.slug}: ${computed} computed, ${FORECAST_PILLARS.length - computed} already cached.`);
    return EXIT.ok;
  }
  if (!values.merchant === !values.series) throw new UsageError("give either --merchant SLUG or --series FILE");
  const format = oneOf(values.format, ["json", "csv"] as const, "--format", "json");
  const level = oneOf(values.level, FORECAST_LEVELS.map(String) as ("80" | "95")[], "--level", "80");
  const lvl = Number(level) as 80 | 95;

  if (values.series) {
    if (values.pillar !== undefined || values["as-of"] !== undefined) {
      throw new UsageError("--pillar and --as-of apply to --merchant forecasts only");
    }
    const country = oneOf(values.country, HOLIDAY_COUNTRIES, "--country", "none");
    const horizon = intArg(values.horizon, "--horizon", 28, 1, 400);
    const file = values.series;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new InputError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const parsed = parseSeriesCsv(text);
    if (!parsed.ok) throw new InputError(`${file}, line ${parsed.line}, column ${parsed.column}: ${parsed.error}`);
    const f = forecastParsedSeries(parsed.series, horizon, country);
    const band = f.bands.find((b) => b.level === lvl / 100);
    const points = f.point.map((v, h) => ({
      date: f.dates[h],
      value: round(v, 6) as number,
      lo: round(band?.lo[h] ?? null, 6),
      hi: round(band?.hi[h] ?? null, 6),
    }));
    const check = (l: number) => f.accuracy.intervals.find((i) => i.level === l);
    write(io, format, {
      forecast: "series",
      file,
      cadence: parsed.series.cadence.unit,
      history: parsed.series.values.length,
      filled_dates: parsed.series.filled,
      country,
      holidays: f.holidays,
      model: f.model.id,
      model_label: f.model.label,
      reason: f.reason,
      level: lvl,
      horizon,
      accuracy: {
        mase: round(f.accuracy.mase),
        seasonal_naive_mase: round(f.accuracy.benchmarkMase),
        relative_mase: round(f.accuracy.relativeMase),
        coverage_80: round(check(0.8)?.coverage ?? null),
        coverage_95: round(check(0.95)?.coverage ?? null),
        horizon: f.accuracy.horizon,
        origins: f.originDates,
      },
    }, points);
    return EXIT.ok;
  }

  if (values.country !== undefined) {
    throw new UsageError("--country applies to --series forecasts; a merchant's holiday country is in its settings");
  }
  const slug = values.merchant as string;
  const pillar = oneOf(values.pillar, FORECAST_PILLARS, "--pillar", "ALL");
  const horizon = intArg(values.horizon, "--horizon", 28, 7, 90);
  const asOf = values["as-of"];
  if (asOf !== undefined && !isDay(asOf)) throw new UsageError(`--as-of must be a date such as 2024-06-30 (got ${asOf})`);
  const db = dbFrom(values);
  try {
    const merchant = findMerchant(db, slug);
    if (!merchant) throw new InputError(`no merchant "${slug}" (factloop merchant list shows them)`);
    const outcome = forecastGmv(db, merchant, { pillar, horizon, level: lvl, asOf });
    if (!outcome.ok) throw new InputError(`${slug}: ${outcome.message}`);
    const f = outcome.forecast;
    const points = f.points.map((p) => {
      const b = bandAt(p, lvl);
      return { date: p.date, value: toUnits(p.value), lo: b.lo === null ? null : toUnits(b.lo), hi: b.hi === null ? null : toUnits(b.hi) };
    });
    write(io, format, {
      forecast: "gmv",
      merchant: slug,
      currency: merchant.currency,
      pillar,
      as_of: f.asOf,
      model: f.model.id,
      model_label: f.model.label,
      reason: f.reason,
      level: lvl,
      horizon,
      accuracy: {
        mase: round(f.accuracy.mase),
        seasonal_naive_mase: round(f.accuracy.seasonalNaiveMase),
        relative_mase: round(f.accuracy.relativeMase),
        coverage_80: round(f.accuracy.coverage80),
        coverage_95: round(f.accuracy.coverage95),
        horizon: f.accuracy.horizon,
        origins: f.accuracy.origins,
      },
      campaigns: f.upcomingCampaigns.map((c) => ({ campaign_id: c.campaignId, name: c.name, kind: c.kind, starts_on: c.startsOn, ends_on: c.endsOn })),
      calendar: {
        country: f.calendar.country,
        model_uses_calendar: f.calendar.modelUsesCalendar,
        campaigns: f.calendar.campaigns.map((c) => ({
          id: c.id,
          name: c.label,
          source: c.source,
          starts_on: c.startsOn,
          ends_on: c.endsOn,
          profile: c.profile,
          learned_from: c.learnedFrom,
          peak: c.peak ? { date: c.peak.date, lift: round(c.peak.lift, 3) } : null,
        })),
        holidays: f.calendar.holidays.map((h) => ({ name: h.label, starts_on: h.startsOn, ends_on: h.endsOn, lift: round(h.lift, 3) })),
      },
    }, points);
    return EXIT.ok;
  } finally {
    db.$client.close();
  }
}
