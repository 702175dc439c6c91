// The GMV forecast page: history and forecast with calibrated bands, per pillar or in total,
// with and without the campaigns the merchant entered, and how accurate the forecast has been.
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/t";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AccuracyCard } from "~/components/forecast/accuracy-card";
import { CalendarCard } from "~/components/forecast/calendar-card";
import { FestivalSettings } from "~/components/forecast/festival-settings";
import { useForecastText } from "~/components/forecast/forecast-text";
import { ForecastChart, type ForecastChartRow } from "~/components/forecast/forecast-chart";
import { ForecastControls } from "~/components/forecast/forecast-controls";
import { kindParam } from "~/domain/forecast/explain-messages";
import { formatMoney } from "~/domain/money";
import { PILLAR_COLORS, type Pillar } from "~/domain/pillars";
import { forecastRequestSchema, type ForecastPoint, type MerchantForecast } from "~/services/forecast.server";
import { forecastOffThread } from "~/services/exports/forecast.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";
import { PlanScenarioCard } from "~/components/planner/plan-scenario-card";
import { forecastPlanScenario } from "~/services/planner/forecast-scenario.server";
import {
  calendarSettingsOf,
  festivalFormSchema,
  holidayCountryFormSchema,
  saveFestivalChoice,
  saveHolidayCountry,
} from "~/services/forecast-calendar.server";

const pageParams = forecastRequestSchema.omit({ asOf: true }).extend({
  campaigns: z.enum(["on", "off"]).default("on"),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = pageParams.safeParse(search);
  // A hand-edited URL with a bad value falls back to the defaults rather than failing the page.
  const q = parsed.success ? parsed.data : pageParams.parse({});
  // a cached forecast is read here; a cold one is fitted in a worker thread, never on this one
  const outcome = await forecastOffThread(request, db, merchant, { pillar: q.pillar, horizon: q.horizon, level: q.level, without: q.without });
  const year = Number((outcome.ok ? outcome.forecast.asOf : new Date().toISOString()).slice(0, 4));
  return {
    merchant: shownMerchant(merchant),
    query: { pillar: q.pillar, horizon: q.horizon, level: q.level, campaigns: q.campaigns === "on", without: q.without },
    calendarSettings: calendarSettingsOf(merchant, year),
    warning: parsed.success ? null : parsed.error.issues.map((i) => i.message).join(" "),
    outcome,
    planner: forecastPlanScenario(db, merchant, {
      planId: /^\d{1,12}$/.test(search.plan ?? "") ? Number(search.plan) : null,
      days: outcome.ok ? outcome.forecast.points.map((p) => p.date) : [],
      pillar: q.pillar,
    }),
  };
}

/** Saves a platform festival's choice or the holiday country; the page then reloads the forecast. */
export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "settings");
  const form = Object.fromEntries(await request.formData());
  if (form.intent === "country") {
    const parsed = holidayCountryFormSchema.safeParse(form);
    if (!parsed.success) return data({ notice: "forecastPage.badForm" }, { status: 400 });
    saveHolidayCountry(db, merchant, parsed.data.country);
    return { notice: "forecastPage.saved" };
  }
  const parsed = festivalFormSchema.safeParse(form);
  // the schema's messages are message keys (forecastPage.badDay, forecastPage.bothDays)
  if (!parsed.success) return data({ notice: parsed.error.issues[0]?.message.startsWith("forecastPage.") ? parsed.error.issues[0].message : "forecastPage.badForm" }, { status: 400 });
  saveFestivalChoice(db, merchant, parsed.data);
  return { notice: "forecastPage.saved" };
}

function chartRows(f: MerchantForecast, showCampaigns: boolean): ForecastChartRow[] {
  const main = showCampaigns || !f.withoutCampaigns ? f.points : f.withoutCampaigns;
  const compare = showCampaigns && f.withoutCampaigns ? f.withoutCampaigns : null;
  const rows: ForecastChartRow[] = f.history.map((h) => ({ date: h.date, history: h.value }));
  // the forecast line starts from the last actual day so the two lines join
  const last = rows[rows.length - 1];
  if (last) {
    last.forecast = last.history;
    if (compare) last.without = last.history;
  }
  main.forEach((p: ForecastPoint, i) => {
    rows.push({
      date: p.date,
      forecast: p.value,
      without: compare ? compare[i].value : undefined,
      band80: p.lo80 !== null && p.hi80 !== null ? [p.lo80, p.hi80] : undefined,
      band95: p.lo95 !== null && p.hi95 !== null ? [p.lo95, p.hi95] : undefined,
    });
  });
  return rows;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("forecast.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export default function ForecastPage() {
  const { merchant, query, warning, outcome, calendarSettings, planner } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const { t } = useTranslation();
  const { model: modelName, message } = useForecastText();
  const kindText = (kind: string) => {
    const k = kindParam(kind);
    return typeof k === "string" ? k : message(k);
  };
  const fm = useFormat();
  const money = (v: number | null) => fm.money(v, merchant.currency);
  const title = query.pillar === "ALL" ? t("pillar.all") : t(`pillar.name.${query.pillar as Pillar}`);
  const color = query.pillar === "ALL" ? "#2f5bea" : PILLAR_COLORS[query.pillar as Pillar];
  const header = (
    <div className="page-header">
      <div>
        <h1>{t("forecast.title")}</h1>
        <div className="sub">{t("forecast.sub", { what: title, days: query.horizon, level: query.level })}</div>
      </div>
      <ForecastControls pillar={query.pillar} horizon={query.horizon} level={query.level} campaigns={query.campaigns} without={query.without} />
    </div>
  );
  if (!outcome.ok) {
    return (
      <div className="stack">
        {header}
        <div className="card empty">
          <p>{message(outcome.why)}</p>
        </div>
      </div>
    );
  }
  const f = outcome.forecast;
  const points = query.campaigns || !f.withoutCampaigns ? f.points : f.withoutCampaigns;
  const band = (p: ForecastPoint) => (query.level === 80 ? [p.lo80, p.hi80] : [p.lo95, p.hi95]);
  const total = points.reduce((s, p) => s + p.value, 0);
  return (
    <div className="stack">
      {header}
      {warning ? <div className="notice" role="status">{t("forecast.badSettings", { warning })}</div> : null}
      <div className="grid cols-3">
        <div className="kpi card">
          <div className="label">{t("forecast.total", { days: query.horizon })}</div>
          <div className="value">{money(total)}</div>
          <div className="muted">
            {t("forecast.fromTo", { from: points[0]?.date, to: points[points.length - 1]?.date })}
          </div>
        </div>
        <div className="kpi card">
          <div className="label">{t("forecast.model")}</div>
          <div className="value">{modelName(f.model.label)}</div>
          <div className="muted">{t("forecast.historyTo", { day: f.asOf })}</div>
        </div>
        <div className="kpi card">
          <div className="label">{t("forecast.campaignsAhead")}</div>
          <div className="value">{f.upcomingCampaigns.length}</div>
          <div className="muted">
            {f.upcomingCampaigns.length === 0
              ? t("forecast.noneAhead")
              : f.withoutCampaigns
                ? query.campaigns
                  ? t("forecast.included")
                  : t("forecast.leftOut")
                : t("forecast.noEffect")}
          </div>
        </div>
      </div>
      <div className="card">
        <div className="card-head">
          <h2>{t("forecast.daily")}</h2>
          <div className="muted">{t("forecast.bands")}</div>
        </div>
        <ForecastChart rows={chartRows(f, query.campaigns)} currency={merchant.currency} color={color} />
      </div>
      <CalendarCard calendar={f.calendar} />
      <PlanScenarioCard
        choices={planner.choices}
        scenario={planner.scenario}
        baseline={total}
        currency={merchant.currency}
        keep={{ pillar: query.pillar, horizon: String(query.horizon), level: String(query.level), campaigns: query.campaigns ? "on" : "off" }}
      />
      <AccuracyCard accuracy={f.accuracy} model={f.model.label} reason={f.reason} reasonMessage={f.reasonMessage} candidates={f.candidates} />
      <div className="card">
        <div className="card-head">
          <h2>{t("forecast.byDay")}</h2>
        </div>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>{t("col.day")}</th>
                <th className="num">{t("forecast.forecast")}</th>
                <th className="num">{t("forecast.interval", { level: query.level })}</th>
                <th>{t("col.campaign_id")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => {
                const [lo, hi] = band(p);
                const c = f.upcomingCampaigns.find((x) => x.startsOn <= p.date && x.endsOn >= p.date);
                return (
                  <tr key={p.date}>
                    <td className="nowrap">{p.date}</td>
                    <td className="num">{money(p.value)}</td>
                    <td className="num">{lo === null || hi === null ? "—" : `${money(lo)} – ${money(hi)}`}</td>
                    <td className="sentence">{c ? `${c.name} (${kindText(c.kind)})` : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      <FestivalSettings country={calendarSettings.country} festivals={calendarSettings.festivals} notice={saved?.notice} />
    </div>
  );
}
