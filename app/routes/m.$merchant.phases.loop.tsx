// The loop: loop rate, UGC reach and positive review rate with their trends, the loop picture,
// and whether the loop is growing (UGC reach this period against the last).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData } from "@remix-run/react";
import { KpiCard } from "~/components/kpi-card";
import { LoopPicture } from "~/components/phases/loop-picture";
import { MetricTrend } from "~/components/phases/metric-trend";
import { change } from "~/domain/ratio";
import type { Row } from "~/domain/report/table";
import { loopPage } from "~/services/phases/loop-page.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
import { requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return { range, page: forDataVersion(db, merchant, ["loop", range], () => loopPage(db, merchant, range)) };
}

const num = (v: Row[string] | undefined) => (typeof v === "number" ? v : null);
const rel = (c: number | null, p: number | null) => (c === null || p === null ? null : change(c, p));
const pts = (c: number | null, p: number | null) => (c === null || p === null ? null : c - p);
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("phases.tabLoop"));

export { RouteErrorBoundary as ErrorBoundary };


export default function LoopPage() {
  const { range, page } = useLoaderData<typeof loader>();
  const g = page.growth;
  const { t } = useTranslation();
  const f = useFormat();
  const perPurchase = (v: number | null) => (v === null ? "—" : t("phases.perPurchase", { value: f.decimal(v, 2) }));
  const days = page.trend.length;
  const series = page.trend.map((r) => ({
    period: String(r.period),
    loop_rate: num(r.loop_rate),
    ugc_reach: num(r.ugc_reach),
    positive_review_rate: num(r.positive_review_rate),
    ugc_impressions: num(r.ugc_impressions),
  }));
  return (
    <div className="stack">
      <div className={`verdict ${g.verdict}`} data-verdict={g.verdict}>
        <span className="badge">{t(`phases.verdict.${g.verdict}`)}</span>
        <span>
          {t("phases.verdictText", {
            now: f.percent(g.ugcReach.current, 2),
            before: f.percent(g.ugcReach.previous, 2),
            from: range.previous.from,
            to: range.previous.to,
            points: f.points(g.ugcReach.change, 2),
            ugc: f.count(g.ugcImpressions.current),
            change: f.change(g.ugcImpressions.change),
          })}
          <span className="muted">{t("phases.verdictRule")}</span>
        </span>
      </div>

      <div className="grid cols-4">
        <KpiCard label={t("col.loop_rate")} value={perPurchase(g.loopRate.current)} previous={perPurchase(g.loopRate.previous)} change={rel(g.loopRate.current, g.loopRate.previous)} hint={t("phases.loopRateHint")} />
        <KpiCard label={t("col.ugc_reach")} value={f.percent(g.ugcReach.current, 2)} previous={f.percent(g.ugcReach.previous, 2)} change={g.ugcReach.change} changeText={f.points(g.ugcReach.change, 2)} hint={t("phases.ugcReachHint")} />
        <KpiCard label={t("col.positive_review_rate")} value={f.percent(g.positiveReviewRate.current, 1)} previous={f.percent(g.positiveReviewRate.previous, 1)} change={pts(g.positiveReviewRate.current, g.positiveReviewRate.previous)} changeText={f.points(pts(g.positiveReviewRate.current, g.positiveReviewRate.previous))} hint={t("phases.positiveHint")} />
        <KpiCard label={t("col.ugc_impressions")} value={f.count(g.ugcImpressions.current)} previous={f.count(g.ugcImpressions.previous)} change={g.ugcImpressions.change} hint={t("phases.ugcImpressionsHint")} />
      </div>

      <div className="grid wide-left">
        <div className="card">
          <div className="card-head">
            <h2>{t("phases.loopTitle", { from: range.from, to: range.to })}</h2>
            <span className="hint">{t("phases.loopHint")}</span>
          </div>
          <LoopPicture picture={page.picture} loopRate={g.loopRate.current} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("phases.reading")}</h2>
          </div>
          <ul className="muted" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.7 }}>
            <li>{t("phases.reading1")}</li>
            <li>{t("phases.reading2", { impressions: f.count(num(page.current.exploration)), ugc: f.count(g.ugcImpressions.current), reach: f.percent(g.ugcReach.current, 2) })}</li>
            <li>{t("phases.reading3", { sharing: f.count(num(page.current.sharing)), purchases: f.count(num(page.current.purchase)) })}</li>
            <li>
              {t("phases.reading4", { reviews: f.count(num(page.current.reviews)), positive: f.count(num(page.current.positive_reviews)), media: f.count(num(page.current.media_reviews)) })}
            </li>
          </ul>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("phases.loopMeasures", { by: t(`common.${page.trendBy}`) })}</h2>
          <span className="hint">{t("phases.periods", { n: days })}</span>
        </div>
        <div className="trend-grid" style={{ gridTemplateColumns: "repeat(2, minmax(0, 1fr))" }}>
          <div>
            <h3>{t("col.loop_rate")} <span className="muted">{t("phases.loopRateFormula")}</span></h3>
            <MetricTrend data={series} dataKey="loop_rate" format="multiple" label={t("col.loop_rate")} color="#2f5bea" />
          </div>
          <div>
            <h3>{t("col.ugc_reach")} <span className="muted">{t("phases.ugcReachFormula")}</span></h3>
            <MetricTrend data={series} dataKey="ugc_reach" format="ratio" label={t("col.ugc_reach")} color="#1a7a4a" />
          </div>
          <div>
            <h3>{t("col.positive_review_rate")} <span className="muted">{t("phases.positiveFormula")}</span></h3>
            <MetricTrend data={series} dataKey="positive_review_rate" format="ratio" label={t("col.positive_review_rate")} color="#b5651d" />
          </div>
          <div>
            <h3>{t("col.ugc_impressions")}</h3>
            <MetricTrend data={series} dataKey="ugc_impressions" format="count" label={t("col.ugc_impressions")} color="#4a5468" />
          </div>
        </div>
      </div>
    </div>
  );
}
