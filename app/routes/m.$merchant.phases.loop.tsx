// The loop: loop rate, UGC reach and positive review rate with their trends, the loop picture,
// and whether the loop is growing (UGC reach this period against the last).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { KpiCard } from "~/components/kpi-card";
import { formatChange, formatPoints } from "~/components/phases/format";
import { LoopPicture } from "~/components/phases/loop-picture";
import { MetricTrend } from "~/components/phases/metric-trend";
import { formatCount, formatPercent } from "~/domain/money";
import { change } from "~/domain/ratio";
import type { Row } from "~/domain/report/table";
import { loopPage } from "~/services/phases/loop-page.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  return { range, page: loopPage(db, merchant, range) };
}

const num = (v: Row[string] | undefined) => (typeof v === "number" ? v : null);
const rel = (c: number | null, p: number | null) => (c === null || p === null ? null : change(c, p));
const perPurchase = (v: number | null) => (v === null ? "—" : `${v.toFixed(2)} per purchase`);

const VERDICT_TEXT = {
  growing: "The loop is growing",
  shrinking: "The loop is shrinking",
  steady: "The loop is steady",
  unknown: "Not enough data to tell",
} as const;

export default function LoopPage() {
  const { range, page } = useLoaderData<typeof loader>();
  const g = page.growth;
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
        <span className="badge">{VERDICT_TEXT[g.verdict]}</span>
        <span>
          UGC reach {formatPercent(g.ugcReach.current, 2)} against {formatPercent(g.ugcReach.previous, 2)} in {range.previous.from} → {range.previous.to} (
          {formatPoints(g.ugcReach.change)}); UGC impressions {formatCount(g.ugcImpressions.current)}, {formatChange(g.ugcImpressions.change)}.
          <span className="muted"> Growing or shrinking means reach moved by more than 2 % of itself.</span>
        </span>
      </div>

      <div className="grid cols-4">
        <KpiCard label="Loop rate" value={perPurchase(g.loopRate.current)} previous={perPurchase(g.loopRate.previous)} change={rel(g.loopRate.current, g.loopRate.previous)} hint="Sharing ÷ Purchase: new content fed back per purchase" />
        <KpiCard label="UGC reach" value={formatPercent(g.ugcReach.current, 2)} previous={formatPercent(g.ugcReach.previous, 2)} change={rel(g.ugcReach.current, g.ugcReach.previous)} hint="Impressions of ugc content ÷ Exploration" />
        <KpiCard label="Positive review rate" value={formatPercent(g.positiveReviewRate.current, 1)} previous={formatPercent(g.positiveReviewRate.previous, 1)} change={rel(g.positiveReviewRate.current, g.positiveReviewRate.previous)} hint="Reviews rated 4 or 5 ÷ reviews" />
        <KpiCard label="UGC impressions" value={formatCount(g.ugcImpressions.current)} previous={formatCount(g.ugcImpressions.previous)} change={g.ugcImpressions.change} hint="Impressions of content of type ugc" />
      </div>

      <div className="grid wide-left">
        <div className="card">
          <div className="card-head">
            <h2>The loop, {range.from} → {range.to}</h2>
            <span className="hint">circle area grows with volume (square root); arrows carry step conversion</span>
          </div>
          <LoopPicture picture={page.picture} loopRate={g.loopRate.current} />
        </div>
        <div className="card">
          <div className="card-head">
            <h2>Reading the loop</h2>
          </div>
          <ul className="muted" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.7 }}>
            <li>Each arrow is a step conversion: the next phase's volume ÷ this phase's.</li>
            <li>
              The green arrow closes the loop: of {formatCount(num(page.current.exploration))} impressions, {formatCount(g.ugcImpressions.current)} came from buyers' own posts (UGC reach{" "}
              {formatPercent(g.ugcReach.current, 2)}).
            </li>
            <li>
              Loop rate: {formatCount(num(page.current.sharing))} shares and media reviews on {formatCount(num(page.current.purchase))} purchases.
            </li>
            <li>
              Reviews: {formatCount(num(page.current.reviews))}, of which {formatCount(num(page.current.positive_reviews))} rated 4 or 5 and {formatCount(num(page.current.media_reviews))} with photos or video.
            </li>
          </ul>
        </div>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Loop measures by {page.trendBy}</h2>
          <span className="hint">{days} {page.trendBy === "day" ? "days" : `${page.trendBy}s`}</span>
        </div>
        <div className="trend-grid" style={{ gridTemplateColumns: "repeat(2, minmax(0, 1fr))" }}>
          <div>
            <h3>Loop rate <span className="muted">Sharing ÷ Purchase</span></h3>
            <MetricTrend data={series} dataKey="loop_rate" format="multiple" label="Loop rate" color="#8e44ad" />
          </div>
          <div>
            <h3>UGC reach <span className="muted">UGC impressions ÷ Exploration</span></h3>
            <MetricTrend data={series} dataKey="ugc_reach" format="ratio" label="UGC reach" color="#1a8f5a" />
          </div>
          <div>
            <h3>Positive review rate <span className="muted">rated 4–5 ÷ reviews</span></h3>
            <MetricTrend data={series} dataKey="positive_review_rate" format="ratio" label="Positive review rate" color="#f3a712" />
          </div>
          <div>
            <h3>UGC impressions</h3>
            <MetricTrend data={series} dataKey="ugc_impressions" format="count" label="UGC impressions" color="#2e86ab" />
          </div>
        </div>
      </div>
    </div>
  );
}
