// Confirmation in depth: kept orders and refunds by pillar, and repurchase cohorts.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { CohortTable } from "~/components/phases/cohort-table";
import { direction } from "~/components/phases/format";
import { isDefaultDefinition } from "~/domain/phases/columns";
import type { Pillar } from "~/domain/pillars";
import type { Row } from "~/domain/report/table";
import { COHORT_WINDOWS, type CohortWindow } from "~/domain/cohorts";
import { confirmationPage } from "~/services/phases/confirmation-page.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

const windowSchema = z.enum(["6", "12", "24"]).catch("12").transform((w) => Number(w) as CohortWindow);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const window = windowSchema.parse(url.searchParams.get("cohorts"));
  const defs = merchant.settings.phaseDefinitions;
  return {
    merchant: shownMerchant(merchant),
    range,
    window,
    confirmationDefault: isDefaultDefinition(defs, "confirmation"),
    confirmationCounters: defs.confirmation,
    page: confirmationPage(db, merchant, range, window),
  };
}

const num = (v: Row[string] | undefined) => (typeof v === "number" ? v : null);

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("phases.tabConfirmation"));

export { RouteErrorBoundary as ErrorBoundary };

export default function ConfirmationPage() {
  const { merchant, range, window, confirmationDefault, confirmationCounters, page } = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const withWindow = (w: number) => {
    const p = new URLSearchParams(location.search);
    p.set("cohorts", String(w));
    return `${location.pathname}?${p}`;
  };
  const prevOf = (key: string) => page.previousByPillar.find((r) => r.pillar === key) ?? {};
  return (
    <div className="stack">
      <div className="card">
        <div className="card-head">
          <h2>{t("phases.keptTitle")}</h2>
          <span className="hint">{t("phases.keptHint", range.previous)}</span>
        </div>
        {confirmationDefault ? null : (
          <p className="notice info" style={{ marginTop: 0 }}>
            {t("phases.ownConfirmation", { formula: `Σ ${confirmationCounters.map((c) => t(`phases.counter.${c}`)).join(" + ")}` })}
          </p>
        )}
        <div className="table-wrap">
          <table className="data" data-table="confirmation">
            <thead>
              <tr>
                <th>{t("col.pillar")}</th>
                <th className="num">{t("col.orders")}</th>
                <th className="num">{t("col.kept_orders")}</th>
                <th className="num">{t("col.kept_rate")}</th>
                <th className="num">{t("phases.colVsBefore")}</th>
                <th className="num">{t("col.refunded_orders")}</th>
                <th className="num">{t("col.refunded_order_rate")}</th>
                <th className="num">{t("col.gmv")}</th>
                <th className="num">{t("col.refunds")}</th>
                <th className="num">{t("col.refund_rate")}</th>
              </tr>
            </thead>
            <tbody>
              {page.byPillar.map((r) => {
                const key = String(r.pillar);
                const prevRate = num(prevOf(key).kept_rate);
                const curRate = num(r.kept_rate);
                const d = curRate === null || prevRate === null ? null : curRate - prevRate;
                return (
                  <tr key={key} className={key === "ALL" ? "total" : undefined} data-pillar={key}>
                    <td className="nowrap">{key === "ALL" ? t("pillar.all") : <><span className={`pill ${key}`}>{key}</span> {t(`pillar.name.${key as Pillar}`)}</>}</td>
                    <td className="num">{f.count(num(r.orders))}</td>
                    <td className="num">{f.count(num(r.kept_orders))}</td>
                    <td className="num">{f.percent(curRate, 1)}</td>
                    <td className={`num delta ${direction(d)}`}>{f.points(d, 1)}</td>
                    <td className="num">{f.count(num(r.refunded_orders))}</td>
                    <td className="num">{f.percent(num(r.refunded_order_rate), 1)}</td>
                    <td className="num">{money(num(r.gmv))}</td>
                    <td className="num">{money(num(r.refunds))}</td>
                    <td className="num">{f.percent(num(r.refund_rate), 1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("phases.cohorts")}</h2>
          <div className="segmented" role="group" aria-label={t("phases.cohortMonths")}>
            {COHORT_WINDOWS.map((w) => (
              <Link key={w} to={withWindow(w)} className={window === w ? "active" : ""}>
                {t("phases.months", { n: w })}
              </Link>
            ))}
          </div>
        </div>
        {page.cohorts ? (
          <>
            <p className="small muted" style={{ marginTop: 0 }}>
              {t("phases.cohortText", { first: page.cohorts.firstMonth, last: page.cohorts.lastMonth, to: range.to })}
            </p>
            <CohortTable table={page.cohorts} />
            <ul className="small muted" style={{ marginBottom: 0, paddingLeft: 18 }}>
              {page.firstCohortIsDataStart ? <li>{t("phases.firstMonth", { month: page.cohorts.firstMonth })}</li> : null}
              {page.lastMonthPartial ? <li>{t("phases.partialMonth", { to: range.to, month: page.cohorts.lastMonth })}</li> : null}
              <li>{t("phases.hatched", { month: page.cohorts.lastMonth })}</li>
            </ul>
          </>
        ) : (
          <p className="muted">{t("phases.noOrdersUpTo", { to: range.to })}</p>
        )}
      </div>
    </div>
  );
}
