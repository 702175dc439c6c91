// The phase funnel of a period against the one before, split by pillar, campaign, account or
// content (a split value can narrow the funnel and trends), and each phase's trend.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "~/components/data-table";
import { KpiCard } from "~/components/kpi-card";
import { formatCell, formatChange, formatPoints } from "~/components/phases/format";
import { MetricTrend } from "~/components/phases/metric-trend";
import { PhaseFunnel } from "~/components/phases/phase-funnel";
import { formatCount, formatMoney, formatPercent } from "~/domain/money";
import { PHASE_LABELS, PHASES } from "~/domain/phases";
import { change } from "~/domain/ratio";
import { SPLITS } from "~/domain/phases/report-query";
import type { Column, Row } from "~/domain/report/table";
import { funnelPage, type SplitRow } from "~/services/phases/funnel-page.server";
import { rangeFromUrl } from "~/services/page-range.server";
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
    page: funnelPage(db, merchant, range, search),
  };
}

type SplitRowData = Omit<SplitRow, "row"> & { row: Record<string, string | number | null> };

const SPLIT_LABELS = { none: "None", pillar: "Pillar", campaign: "Campaign", account: "Account", content: "Content" } as const;

const num = (v: Row[string] | undefined) => (typeof v === "number" ? v : null);
const SPLIT_COLUMNS: Column[] = [
  ...PHASES.map((p) => ({ key: p, label: PHASE_LABELS[p], type: "count" as const })),
  { key: "overall_conversion", label: "Overall conv.", type: "ratio" },
  { key: "loop_rate", label: "Loop rate", type: "ratio" },
  { key: "gmv", label: "GMV", type: "money" },
];

export default function PhaseFunnelPage() {
  const { merchant, range, page } = useLoaderData<typeof loader>();
  const location = useLocation();
  const base = `/m/${merchant.slug}`;
  const link = (set: Record<string, string | null>) => {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(set)) (v === null ? p.delete(k) : p.set(k, v));
    return `${location.pathname}?${p}`;
  };
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
      accessorFn: (r) => r.label,
      header: SPLIT_LABELS[page.split],
      cell: (ctx) => {
        const r = ctx.row.original;
        return (
          <Link className="row-link" to={link({ focus: page.focus?.key === r.key ? null : r.key })} title="Narrow the funnel and trends to this" data-focus={r.key}>
            {page.focus?.key === r.key ? <b>{r.label}</b> : r.label}
          </Link>
        );
      },
    },
    {
      id: "share",
      accessorFn: (r) => r.explorationShare ?? -1,
      header: "Share of Exploration",
      meta: { numeric: true, description: "This value's Exploration ÷ all Exploration" },
      cell: (ctx) => formatPercent(ctx.row.original.explorationShare),
    },
    ...SPLIT_COLUMNS.map(
      (c): ColumnDef<SplitRowData, unknown> => ({
        id: c.key,
        accessorFn: (r) => (typeof r.row[c.key] === "number" ? r.row[c.key] : -1),
        header: c.label,
        meta: { numeric: true },
        cell: (ctx) => formatCell(c, ctx.row.original.row[c.key], merchant.currency),
      }),
    ),
  ];
  const reportLink = `${base}/reports?from=${range.from}&to=${range.to}&by=${page.trendBy}&split=${page.split}`;
  return (
    <div className="stack">
      <div className="grid cols-4">
        <KpiCard label="Exploration" value={formatCount(exp.c)} previous={formatCount(exp.p)} change={exp.c === null || exp.p === null ? null : change(exp.c, exp.p)} hint="Phase 1 volume" />
        <KpiCard label="Purchase" value={formatCount(pur.c)} previous={formatCount(pur.p)} change={pur.c === null || pur.p === null ? null : change(pur.c, pur.p)} hint="Phase 4 volume" />
        <KpiCard label="GMV" value={formatMoney(gmv.c, merchant.currency)} previous={formatMoney(gmv.p, merchant.currency)} change={gmv.c === null || gmv.p === null ? null : change(gmv.c, gmv.p)} hint="Sum of gmv over counted orders" />
        <KpiCard label="Overall conversion" value={formatPercent(conv.c, 3)} previous={formatPercent(conv.p, 3)} change={conv.c === null || conv.p === null ? null : change(conv.c, conv.p)} hint="Purchase ÷ Exploration" />
      </div>

      <div className="card">
        <div className="card-head">
          <h2>
            Infinity funnel{page.focus ? ` · ${page.focus.label}` : ""}
          </h2>
          <span className="hint">
            {page.focus ? (
              <span className="chip">
                narrowed to {page.focus.label} <Link to={link({ focus: null })} aria-label="Show everything">✕</Link>
              </span>
            ) : (
              "all sales and content"
            )}
          </span>
        </div>
        <PhaseFunnel comparison={page.comparison} />
        {page.drop ? (
          <p className="notice" style={{ marginTop: 12, marginBottom: 0 }} data-leak={page.drop.step.phase}>
            Biggest new leak: the step into <b>{page.drop.step.label}</b> converts {formatPercent(page.drop.step.stepRate.current, 2)}, down from{" "}
            {formatPercent(page.drop.step.stepRate.previous, 2)} ({formatPoints(page.drop.step.stepRate.change)}, {formatChange(page.drop.relative)} relative) against the previous period.
          </p>
        ) : (
          <p className="small muted" style={{ marginTop: 12, marginBottom: 0 }}>
            No step from Exploration to Confirmation converts worse than in the previous period.
          </p>
        )}
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Phases by {SPLIT_LABELS[page.split].toLowerCase()}</h2>
          <div className="segmented" role="group" aria-label="Split by">
            {SPLITS.filter((s) => s !== "none").map((s) => (
              <Link key={s} to={link({ split: s, focus: null })} className={page.split === s ? "active" : ""}>
                {SPLIT_LABELS[s]}
              </Link>
            ))}
          </div>
        </div>
        <DataTable
          key={`${page.split}`}
          label={`Phases by ${page.split}`}
          columns={splitColumns}
          data={page.splitRows}
          pageSize={10}
          getRowId={(r) => r.key}
          emptyMessage="Nothing to split in this period."
        />
        <p className="small muted" style={{ marginBottom: 0 }}>
          {page.splitCount > page.splitRows.length ? `Listing the ${page.splitRows.length} largest of ${page.splitCount} by Exploration. ` : ""}
          Click a name to narrow the funnel and trends to it. <Link to={reportLink}>Open as a phase report →</Link>
        </p>
      </div>

      <div className="card">
        <div className="card-head">
          <h2>Each phase by {page.trendBy}{page.focus ? ` · ${page.focus.label}` : ""}</h2>
          <span className="hint">volume per {page.trendBy}; step conversion beside each name is for the whole period</span>
        </div>
        <div className="trend-grid">
          {PHASES.map((p, i) => (
            <div key={p}>
              <h3>
                <span>
                  {i + 1} {PHASE_LABELS[p]}
                </span>
                <span className="muted">{i === 0 ? formatCount(num(cur[p])) : `${formatPercent(page.steps[i].stepRate, 2)} of ${PHASE_LABELS[PHASES[i - 1]]}`}</span>
              </h3>
              <MetricTrend data={page.trend.map((r) => ({ period: String(r.period), [p]: num(r[p]) }))} dataKey={p} format="count" label={PHASE_LABELS[p]} height={140} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
