// F Field: the merchant's own live sessions (live content × day) with their rates, and the
// trend of GPM and GMV per live hour.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { LineTrend } from "~/components/fact/line-trend";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { useReportColumns } from "~/components/fact/report-columns";
import { FIELD_SESSION_COLUMNS } from "~/domain/fact/tables";
import { PILLAR_COLORS } from "~/domain/pillars";
import { fieldPage } from "~/services/fact/field.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return {
    merchant: shownMerchant(merchant),
    range,
    field: forDataVersion(db, merchant, ["field", range], () => fieldPage(db, merchant, range)),
  };
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("pillar.name.F"));

export { RouteErrorBoundary as ErrorBoundary };

export default function FieldPage() {
  const { merchant, range, field: fd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const drill = (extra: { content?: string; account?: string } = {}) => ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: "F", ...extra });
  const columns = useReportColumns(FIELD_SESSION_COLUMNS, {
    currency: merchant.currency,
    render: {
      content_id: (r, text) => <Link to={drill({ content: String(r.content_id) })}>{text}</Link>,
      gmv: (r, text) => <Link to={ordersHref(merchant.slug, { from: String(r.day), to: String(r.day), pillar: "F", content: String(r.content_id) })}>{text}</Link>,
    },
  });
  return (
    <div className="stack">
      <FactHeader pillar="F" range={range} timezone={merchant.timezone} />
      <PillarKpis
        kpis={fd.kpis}
        currency={merchant.currency}
        ordersHref={drill()}
        previousBeforeData={range.previousBeforeData}
        extra={
          <div className="card kpi" title={t("fact.perHourTitle")}>
            <div className="label">
              <span>{t("fact.perHour")}</span>
            </div>
            <div className="value">{money(fd.rates.gmvPerLiveHour)}</div>
            <div className="delta">
              {t("fact.gpmLine", { gpm: money(fd.rates.gpm), hours: f.decimal(fd.rates.liveHours, 1) })}
            </div>
          </div>
        }
      />

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>{t("fact.fieldTrend")}</h2>
            <span className="hint">{t("fact.fieldTrendHint")}</span>
          </div>
          <LineTrend
            data={fd.trend}
            xKey="day"
            series={[
              { key: "gmvPerLiveHour", label: t("fact.perHour"), color: PILLAR_COLORS.F, axis: "left", format: money },
              { key: "gpm", label: t("fact.gpmSeries"), color: "#4a5468", axis: "right", format: money },
            ]}
            axisFormat={{ left: (v) => f.moneyShort(v, merchant.currency), right: (v) => f.moneyShort(v, merchant.currency) }}
            caption={t("fact.fieldTrend")}
          />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("fact.howLives")}</h2>
          </div>
          <table className="data">
            <tbody>
              <tr>
                <td>{t("fact.sessionsInPeriod")}</td>
                <td className="num">{f.count(fd.sessionCount)}</td>
              </tr>
              <tr>
                <td>{t("fact.hoursLive")}</td>
                <td className="num">{f.decimal(fd.rates.liveHours, 1)}</td>
              </tr>
              <tr>
                <td>{t("fact.watchPerView")}</td>
                <td className="num">{f.decimal(fd.rates.watchSecondsPerView, 1)}</td>
              </tr>
              <tr>
                <td>{t("fact.ordersPerView")}</td>
                <td className="num">{f.percent(fd.rates.orderRate, 2)}</td>
              </tr>
              <tr>
                <td>{t("fact.gpmLong")}</td>
                <td className="num">{money(fd.rates.gpm)}</td>
              </tr>
              <tr>
                <td title={t("fact.outsideTitle")}>{t("fact.outside")}</td>
                <td className="num">{money(fd.outsideSessionsGmv)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("fact.sessions")}</h2>
          <span className="hint">{t("fact.sessionsHint")}</span>
        </div>
        <DataTable
          label={t("fact.sessions")}
          columns={columns}
          data={fd.sessions}
          initialSort={[{ id: "day", desc: true }]}
          exportLinks={exportLinks(merchant.slug, "sessions", { from: range.from, to: range.to }, f.locale)}
          emptyMessage={t("fact.noLives")}
          getRowId={(r) => `${r.day}|${r.content_id}`}
        />
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="pillar" />
      </div>
    </div>
  );
}
