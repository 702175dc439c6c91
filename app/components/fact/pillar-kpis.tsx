// A pillar's headline figures with their change; GMV and orders open the orders behind them.
import { Link } from "@remix-run/react";
import { KpiCard } from "~/components/kpi-card";
import { formatCount, formatMoney, formatPercent } from "~/domain/money";

export interface KpiValue {
  current: number | null;
  previous: number | null;
  change: number | null;
}

export function PillarKpis({
  kpis,
  currency,
  ordersHref,
  extra,
}: {
  kpis: { gmv: KpiValue; net_gmv: KpiValue; orders: KpiValue; gmv_share: KpiValue };
  currency: string;
  ordersHref: string;
  extra?: React.ReactNode;
}) {
  const money = (v: number | null) => formatMoney(v, currency);
  return (
    <div className="grid cols-5 fact-kpis">
      <Link to={ordersHref} className="kpi-link" title="See the orders behind this figure">
        <KpiCard label="GMV" value={money(kpis.gmv.current)} previous={money(kpis.gmv.previous)} change={kpis.gmv.change} />
      </Link>
      <KpiCard label="Net GMV" value={money(kpis.net_gmv.current)} previous={money(kpis.net_gmv.previous)} change={kpis.net_gmv.change} hint="GMV minus refunds" />
      <Link to={ordersHref} className="kpi-link" title="See the orders behind this figure">
        <KpiCard label="Orders" value={formatCount(kpis.orders.current)} previous={formatCount(kpis.orders.previous)} change={kpis.orders.change} />
      </Link>
      <KpiCard
        label="Share of GMV"
        value={formatPercent(kpis.gmv_share.current)}
        previous={formatPercent(kpis.gmv_share.previous)}
        change={kpis.gmv_share.current === null || kpis.gmv_share.previous === null ? null : kpis.gmv_share.current - kpis.gmv_share.previous}
        hint="The pillar's GMV ÷ all GMV; the change is in share points"
      />
      {extra}
    </div>
  );
}
