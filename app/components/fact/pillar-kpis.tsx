// A pillar's headline figures with their change; GMV and orders open the orders behind them.
// The share's change is in percentage points, as in the tables.
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { KpiCard } from "~/components/kpi-card";
import { useFormat } from "~/components/use-format";

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
  previousBeforeData = false,
}: {
  kpis: { gmv: KpiValue; net_gmv: KpiValue; orders: KpiValue; gmv_share: KpiValue };
  currency: string;
  ordersHref: string;
  extra?: React.ReactNode;
  previousBeforeData?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, currency);
  const shareChange = kpis.gmv_share.current === null || kpis.gmv_share.previous === null ? null : kpis.gmv_share.current - kpis.gmv_share.previous;
  const before = previousBeforeData ? t("common.beforeData") : undefined;
  return (
    <div className="grid cols-5 fact-kpis">
      <Link to={ordersHref} className="kpi-link" title={t("common.seeOrders")}>
        <KpiCard label={t("kpi.gmv")} value={money(kpis.gmv.current)} previous={money(kpis.gmv.previous)} change={before ? null : kpis.gmv.change} changeText={before} />
      </Link>
      <KpiCard label={t("kpi.netGmv")} value={money(kpis.net_gmv.current)} previous={money(kpis.net_gmv.previous)} change={before ? null : kpis.net_gmv.change} changeText={before} hint={t("kpi.netHint")} />
      <Link to={ordersHref} className="kpi-link" title={t("common.seeOrders")}>
        <KpiCard label={t("kpi.orders")} value={f.count(kpis.orders.current)} previous={f.count(kpis.orders.previous)} change={before ? null : kpis.orders.change} changeText={before} />
      </Link>
      <KpiCard
        label={t("kpi.share")}
        value={f.percent(kpis.gmv_share.current)}
        previous={f.percent(kpis.gmv_share.previous)}
        change={shareChange}
        changeText={before ?? f.points(shareChange)}
        hint={t("kpi.shareHint")}
      />
      {extra}
    </div>
  );
}
