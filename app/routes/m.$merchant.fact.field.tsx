// F Field: the merchant's own live sessions (live content × day) with their rates, and the
// trend of GPM and GMV per live hour.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CliHint, FactHeader } from "~/components/fact/fact-header";
import { LineTrend } from "~/components/fact/line-trend";
import { exportLinks, ordersHref } from "~/components/fact/links";
import { PillarKpis } from "~/components/fact/pillar-kpis";
import { reportColumns } from "~/components/fact/report-columns";
import { FIELD_SESSION_COLUMNS } from "~/domain/fact/tables";
import { formatCount, formatMoney, formatMoneyShort, formatPercent } from "~/domain/money";
import { PILLAR_COLORS } from "~/domain/pillars";
import { fieldPage } from "~/services/fact/field.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return {
    merchant: shownMerchant(merchant),
    range,
    field: fieldPage(db, merchant, range),
  };
}

export default function FieldPage() {
  const { merchant, range, field: f } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const drill = (extra: { content?: string; account?: string } = {}) => ordersHref(merchant.slug, { from: range.from, to: range.to, pillar: "F", ...extra });
  const columns = reportColumns(FIELD_SESSION_COLUMNS, {
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
        kpis={f.kpis}
        currency={merchant.currency}
        ordersHref={drill()}
        extra={
          <div className="card kpi" title="Field GMV of live content ÷ live hours">
            <div className="label">
              <span>GMV per live hour</span>
            </div>
            <div className="value">{money(f.rates.gmvPerLiveHour)}</div>
            <div className="delta">
              GPM {money(f.rates.gpm)} · {f.rates.liveHours.toFixed(1)} h live
            </div>
          </div>
        }
      />

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>GPM and GMV per live hour, daily</h2>
            <span className="hint">blank on days without a live</span>
          </div>
          <LineTrend
            data={f.trend}
            xKey="day"
            series={[
              { key: "gmvPerLiveHour", label: "GMV per live hour", color: PILLAR_COLORS.F, axis: "left", format: money },
              { key: "gpm", label: "GPM (per 1,000 views)", color: "#2f5bea", axis: "right", format: money },
            ]}
            axisFormat={{ left: (v) => formatMoneyShort(v, merchant.currency), right: (v) => formatMoneyShort(v, merchant.currency) }}
          />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>How the lives convert</h2>
          </div>
          <table className="data">
            <tbody>
              <tr>
                <td>Live sessions in the period</td>
                <td className="num">{formatCount(f.sessionCount)}</td>
              </tr>
              <tr>
                <td>Hours live</td>
                <td className="num">{f.rates.liveHours.toFixed(1)}</td>
              </tr>
              <tr>
                <td>Watch seconds per view</td>
                <td className="num">{f.rates.watchSecondsPerView === null ? "—" : f.rates.watchSecondsPerView.toFixed(1)}</td>
              </tr>
              <tr>
                <td>Orders ÷ views</td>
                <td className="num">{formatPercent(f.rates.orderRate, 2)}</td>
              </tr>
              <tr>
                <td>GPM (GMV per 1,000 views)</td>
                <td className="num">{money(f.rates.gpm)}</td>
              </tr>
              <tr>
                <td title="Own-account orders with no live content (for example shop-page orders that name the account)">Field GMV outside live sessions</td>
                <td className="num">{money(f.outsideSessionsGmv)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Live sessions</h2>
          <span className="hint">one row per live content and day · GMV opens its orders</span>
        </div>
        <DataTable
          label="Live sessions"
          columns={columns}
          data={f.sessions}
          initialSort={[{ id: "day", desc: true }]}
          exportLinks={exportLinks(merchant.slug, "sessions", { from: range.from, to: range.to })}
          emptyMessage="No self-broadcast lives in this period."
          getRowId={(r) => `${r.day}|${r.content_id}`}
        />
        <CliHint slug={merchant.slug} from={range.from} to={range.to} split="pillar" />
      </div>
    </div>
  );
}
