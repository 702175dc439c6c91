// The phase funnel of a period against the one before, split by pillar, campaign, account or
// content (a split value can narrow the funnel and trends), and each phase's trend.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "~/components/data-table";
import { KpiCard } from "~/components/kpi-card";
import { formatCell } from "~/components/phases/format";
import { columnLabel } from "~/components/column-label";
import { messageText } from "~/components/message-text";
import { MetricTrend } from "~/components/phases/metric-trend";
import { PhaseFunnel } from "~/components/phases/phase-funnel";
import { PHASE_LABELS, PHASES } from "~/domain/phases";
import { change } from "~/domain/ratio";
import { SPLITS } from "~/domain/phases/report-query";
import type { Column, Row } from "~/domain/report/table";
import { funnelPage, type SplitRow } from "~/services/phases/funnel-page.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { forDataVersion } from "~/services/data-cache.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

const searchSchema = z.object({
  split: z.enum(SPLITS).catch("pillar"),
  focus: z.string().optional().catch(undefined),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const range = rangeFromUrl(db, merchant, url);
  const search = searchSchema.parse({ split: url.searchParams.get("split") ?? "pillar", focus: url.searchParams.get("focus") ?? undefined });
  return {
    merchant: shownMerchant(merchant),
    range,
    page: forDataVersion(db, merchant, ["funnel", range, search], () => funnelPage(db, merchant, range, search)),
  };
}

type SplitRowData = Omit<SplitRow, "row"> & { row: Record<string, string | number | null> };


const num = (v: Row[string] | undefined) => (typeof v === "number" ? v : null);
const SPLIT_COLUMNS: Column[] = [
  ...PHASES.map((p) => ({ key: p, label: PHASE_LABELS[p], type: "count" as const })),
  { key: "overall_conversion", label: "Overall conv.", type: "ratio" },
  { key: "loop_rate", label: "Loop rate", type: "ratio" },
  { key: "gmv", label: "GMV", type: "money" },
];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("phases.tabFunnel"));

export { RouteErrorBoundary as ErrorBoundary };

export default function PhaseFunnelPage() {
  const { merchant, range, page } = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation();
  const f = useFormat();
  const base = `/m/${merchant.slug}`;
  const link = (set: Record<string, string | null>) => {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(set)) (v === null ? p.delete(k) : p.set(k, v));
    return `${location.pathname}?${p}`;
  };
  const focusLabel = page.focus ? messageText(t, page.focus.label) : "";
  const cur = page.current;
  const prev = page.previous;
  const kpi = (key: string) => ({ c: num(cur[key]), p: num(prev[key]) });
  const exp = kpi("exploration");
  const pur = kpi("purchase");
  const gmv = kpi("gmv");
  const conv = kpi("overall_conversion");
  const splitColumns: ColumnDef<SplitRowData, unknown>[] = [
    {
      id: "label",
      accessorFn: (r) => messageText(t, r.label),
      header: t(`phases.split.${page.split}`),
      cell: (ctx) => {
        const r = ctx.row.original;
        return (
          <Link className="row-link" to={link({ focus: page.focus?.key === r.key ? null : r.key })} title={t("phases.narrowTo")} data-focus={r.key}>
            {page.focus?.key === r.key ? <b>{messageText(t, r.label)}</b> : messageText(t, r.label)}
          </Link>
        );
      },
    },
    {
      id: "share",
      accessorFn: (r) => r.explorationShare ?? -1,
      header: t("phases.shareOfExploration"),
      meta: { numeric: true, description: t("phases.shareOfExplorationDef") },
      cell: (ctx) => f.percent(ctx.row.original.explorationShare),
    },
    ...SPLIT_COLUMNS.map(
      (c): ColumnDef<SplitRowData, unknown> => ({
        id: c.key,
        accessorFn: (r) => (typeof r.row[c.key] === "number" ? r.row[c.key] : -1),
        header: columnLabel(t, c),
        meta: { numeric: true },
        cell: (ctx) => formatCell(c, ctx.row.original.row[c.key], merchant.currency, f),
      }),
    ),
  ];
  const reportLink = `${base}/reports?from=${range.from}&to=${range.to}&by=${page.trendBy}&split=${page.split}`;
  return (
    <div className="stack">
      <div className="grid cols-4">
        <KpiCard label={t("phase.name.exploration")} value={f.count(exp.c)} previous={f.count(exp.p)} change={exp.c === null || exp.p === null ? null : change(exp.c, exp.p)} hint={t("phases.phase1")} />
        <KpiCard label={t("phase.name.purchase")} value={f.count(pur.c)} previous={f.count(pur.p)} change={pur.c === null || pur.p === null ? null : change(pur.c, pur.p)} hint={t("phases.phase4")} />
        <KpiCard label={t("kpi.gmv")} value={f.money(gmv.c, merchant.currency)} previous={f.money(gmv.p, merchant.currency)} change={gmv.c === null || gmv.p === null ? null : change(gmv.c, gmv.p)} hint={t("kpi.gmvHint")} />
        <KpiCard label={t("col.overall_conversion")} value={f.percent(conv.c, 3)} previous={f.percent(conv.p, 3)} change={conv.c === null || conv.p === null ? null : conv.c - conv.p} changeText={conv.c === null || conv.p === null ? undefined : f.points(conv.c - conv.p, 3)} hint={t("overview.where3")} />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>
            {page.focus ? t("phases.funnelFocus", { name: focusLabel }) : t("overview.funnel")}
          </h2>
          <span className="hint">
            {page.focus ? (
              <span className="chip">
                {t("phases.narrowed", { name: focusLabel })} <Link to={link({ focus: null })} aria-label={t("phases.showAll")}>✕</Link>
              </span>
            ) : (
              t("phases.allSales")
            )}
          </span>
        </div>
        <PhaseFunnel comparison={page.comparison} />
        {page.drop ? (
          <p className="notice" style={{ marginTop: 12, marginBottom: 0 }} data-leak={page.drop.step.phase}>
            {t("phases.leak", {
              phase: t(`phase.name.${page.drop.step.phase}`),
              now: f.percent(page.drop.step.stepRate.current, 2),
              before: f.percent(page.drop.step.stepRate.previous, 2),
              points: f.points(page.drop.step.stepRate.change, 2),
              relative: f.change(page.drop.relative),
            })}
          </p>
        ) : (
          <p className="small muted" style={{ marginTop: 12, marginBottom: 0 }}>
            {t("phases.noLeak")}
          </p>
        )}
      </div>

      <div className="card">
        <div className="card-head">
          <h2>{t("phases.phasesBy", { split: t(`phases.split.${page.split}`) })}</h2>
          <div className="segmented" role="group" aria-label={t("phases.splitBy")}>
            {SPLITS.filter((s) => s !== "none").map((s) => (
              <Link key={s} to={link({ split: s, focus: null })} className={page.split === s ? "active" : ""}>
                {t(`phases.split.${s}`)}
              </Link>
            ))}
          </div>
        </div>
        <DataTable
          key={`${page.split}`}
          label={t("phases.phasesBy", { split: t(`phases.split.${page.split}`) })}
          columns={splitColumns}
          data={page.splitRows}
          pageSize={10}
          getRowId={(r) => r.key}
          emptyMessage={t("phases.nothingToSplit")}
        />
        <p className="small muted" style={{ marginBottom: 0 }}>
          {page.splitCount > page.splitRows.length ? t("phases.largest", { shown: page.splitRows.length, all: page.splitCount }) : ""}
          {t("phases.clickName")} <Link to={reportLink}>{t("phases.asReport")}</Link>
        </p>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>
            {t("phases.eachPhase", { by: t(`common.${page.trendBy}`) })}
            {page.focus ? ` · ${focusLabel}` : ""}
          </h2>
          <span className="hint">{t("phases.eachPhaseHint")}</span>
        </div>
        <div className="trend-grid">
          {PHASES.map((p, i) => (
            <div key={p}>
              <h3>
                <span>
                  {i + 1} {t(`phase.name.${p}`)}
                </span>
                <span className="muted">
                  {i === 0
                    ? f.count(num(cur[p]))
                    : (page.steps[i].stepRate ?? 0) > 1
                      ? t("phases.perPrevious", { value: f.multiple(page.steps[i].stepRate), phase: t(`phase.name.${PHASES[i - 1]}`) })
                      : t("phases.ofPrevious", { rate: f.percent(page.steps[i].stepRate, 2), phase: t(`phase.name.${PHASES[i - 1]}`) })}
                </span>
              </h3>
              <MetricTrend data={page.trend.map((r) => ({ period: String(r.period), [p]: num(r[p]) }))} dataKey={p} format="count" label={t(`phase.name.${p}`)} height={140} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
