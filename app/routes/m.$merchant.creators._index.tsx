// The creator roster: every creator and format with history, estimate per post and cost;
// filtered, sorted and paged on the server, with a selection that starts a plan.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import { RangeCell } from "~/components/planner/cells";
import { TEXT } from "~/components/planner/text";
import { formatCompact, formatMoney, formatPercent } from "~/domain/money";
import { encodeLine } from "~/domain/planner/requests";
import { ROSTER_SORTS } from "~/domain/planner/roster-line";
import { FORMATS } from "~/domain/planner/types";
import { rosterPage } from "~/services/planner/roster.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

const num = z.coerce.number().min(0).optional().catch(undefined);
const filterSchema = z.object({
  q: z.string().optional().catch(undefined),
  category: z.string().optional().catch(undefined),
  tier: z.string().optional().catch(undefined),
  format: z.enum(FORMATS).optional().catch(undefined),
  minFollowers: num,
  maxFollowers: num,
  minGpm: num,
  prospects: z.enum(["include", "only", "exclude"]).default("include").catch("include"),
  sort: z.enum(ROSTER_SORTS).default("gmv_per_post").catch("gmv_per_post"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const raw = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const f = filterSchema.parse(raw);
  const roster = rosterPage(db, merchant, { ...f, minGpm: f.minGpm === undefined ? undefined : f.minGpm * 100, desc: f.dir === "desc" });
  return { merchant: shownMerchant(merchant), filter: f, roster };
}

export default function CreatorsPage() {
  const { merchant, filter: f, roster: r } = useLoaderData<typeof loader>();
  const location = useLocation();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  const pageHref = (page: number) => {
    const p = new URLSearchParams(location.search);
    p.set("page", String(page));
    return `?${p.toString()}`;
  };
  const sortHref = (sort: string) => {
    const p = new URLSearchParams(location.search);
    p.set("dir", f.sort === sort && f.dir === "desc" ? "asc" : "desc");
    p.set("sort", sort);
    p.delete("page");
    return `?${p.toString()}`;
  };
  const cal = r.calibration;
  const SortTh = ({ id, children }: { id: string; children: React.ReactNode }) => (
    <th className="num" aria-sort={f.sort === id ? (f.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link to={sortHref(id)}>{children}{f.sort === id ? (f.dir === "asc" ? " ▲" : " ▼") : ""}</Link>
    </th>
  );
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{TEXT.rosterTitle}</h1>
          <div className="sub">
            {TEXT.rosterSub} · history up to {r.asOf}
          </div>
        </div>
        <div className="presets">
          <Link to={`${base}/plans/suggest`}>{TEXT.suggestTitle}</Link>
          <Link to={`${base}/plans`}>{TEXT.plansTitle}</Link>
        </div>
      </div>
      <div className="card small muted" data-calibration>
        {(["video", "live"] as const).map((fmt) => (
          <p key={fmt} style={{ margin: "2px 0" }}>
            <strong>{fmt}</strong>:{" "}
            {cal[fmt].coverage === null
              ? TEXT.noCalibration
              : TEXT.calibration(formatPercent(cal[fmt].coverage), cal[fmt].checked, formatPercent(cal[fmt].heldOutCoverage))}
            {cal[fmt].rawCoverage !== null ? ` Before calibration the model's own range held ${formatPercent(cal[fmt].rawCoverage)}.` : ""}
          </p>
        ))}
      </div>
      <Form method="get" className="card filters" aria-label="Roster filters">
        <div className="table-tools" style={{ flexWrap: "wrap", gap: 8 }}>
          <input type="search" name="q" placeholder="Name or id" defaultValue={f.q ?? ""} aria-label="Name or id" />
          <select name="category" defaultValue={f.category ?? ""} aria-label="Category">
            <option value="">All categories</option>
            {r.categories.map((c) => (
              <option key={c} value={c}>
                {c || "(none)"}
              </option>
            ))}
          </select>
          <select name="tier" defaultValue={f.tier ?? ""} aria-label="Tier">
            <option value="">All tiers</option>
            {r.tiers.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <select name="format" defaultValue={f.format ?? ""} aria-label="Format">
            <option value="">Live and video</option>
            <option value="live">live</option>
            <option value="video">video</option>
          </select>
          <input name="minFollowers" type="number" min={0} placeholder="Followers from" defaultValue={f.minFollowers ?? ""} aria-label="Followers from" />
          <input name="maxFollowers" type="number" min={0} placeholder="Followers to" defaultValue={f.maxFollowers ?? ""} aria-label="Followers to" />
          <input name="minGpm" type="number" min={0} step="0.01" placeholder="GPM at least" defaultValue={f.minGpm ?? ""} aria-label="GPM at least" />
          <select name="prospects" defaultValue={f.prospects} aria-label={TEXT.prospects}>
            <option value="include">With prospects</option>
            <option value="exclude">History only</option>
            <option value="only">Prospects only</option>
          </select>
          <input type="hidden" name="sort" value={f.sort} />
          <input type="hidden" name="dir" value={f.dir} />
          <button className="btn" type="submit">
            {TEXT.filter}
          </button>
        </div>
      </Form>
      <Form method="get" action={`${base}/plans/new`} className="card">
        <div className="table-tools">
          <span>
            {r.total.toLocaleString("en-US")} of {r.all.toLocaleString("en-US")} rows · page {r.page} of {r.pages}
          </span>
          <span className="spacer" />
          <button className="btn primary" type="submit" data-build-plan>
            {TEXT.buildFromSelected}
          </button>
        </div>
        <div className="table-wrap">
          <table className="data" aria-label="Creator roster">
            <thead>
              <tr>
                <th>Add</th>
                <th>
                  <Link to={sortHref("name")}>Creator</Link>
                </th>
                <th>Tier</th>
                <SortTh id="followers">Followers</SortTh>
                <th>Format</th>
                <SortTh id="posts">Posts</SortTh>
                <SortTh id="views_per_post">Views / post (P10–P90)</SortTh>
                <SortTh id="gpm">GPM (est.)</SortTh>
                <SortTh id="gmv_per_post">GMV / post (P10–P90)</SortTh>
                <SortTh id="cost_per_post">Cost / post</SortTh>
                <SortTh id="roi">ROI</SortTh>
                <th className="num">Break-even GPM</th>
                <th className="num">Fee</th>
                <th className="num">Commission</th>
                <th className="num">Orders ÷ views</th>
                <th className="num">Engagement / view</th>
                <SortTh id="seeding_rate">Seeding rate</SortTh>
                <th className="num">Harvest rate</th>
                <th className="num">Refund rate</th>
                <th className="num">Rating</th>
                <th className="num">History ROI</th>
                <th>Quadrant</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.length === 0 ? (
                <tr>
                  <td colSpan={22} className="muted">
                    {TEXT.noRows}
                  </td>
                </tr>
              ) : (
                r.rows.map((l) => (
                  <tr key={`${l.account_id}|${l.format}`} data-creator={l.account_id}>
                    <td>
                      <input
                        type="checkbox"
                        name="line"
                        value={encodeLine({ accountId: l.account_id, format: l.format, posts: 1, fromDay: "", toDay: "" })}
                        aria-label={`Add ${l.name || l.account_id} ${l.format}`}
                      />
                    </td>
                    <td>
                      <Link to={`${base}/creators/${encodeURIComponent(l.account_id)}`}>{l.name || l.account_id}</Link>
                      <div className="small muted">
                        {l.account_id}
                        {l.estimated ? <span className="pill"> {TEXT.estimated}</span> : null}
                      </div>
                    </td>
                    <td>{l.tier}</td>
                    <td className="num">{formatCompact(l.followers)}</td>
                    <td>{l.format}</td>
                    <td className="num">{l.posts}</td>
                    <td className="num">
                      <RangeCell value={formatCompact(l.views_per_post)} lo={formatCompact(l.views_p10)} hi={formatCompact(l.views_p90)} />
                    </td>
                    <td className="num">{money(l.gpm)}</td>
                    <td className="num">
                      <RangeCell value={money(l.gmv_per_post)} lo={money(l.gmv_p10)} hi={money(l.gmv_p90)} />
                    </td>
                    <td className="num">{money(l.cost_per_post)}</td>
                    <td className="num">{l.roi === null ? "—" : l.roi.toFixed(2)}</td>
                    <td className="num">{money(l.break_even_gpm)}</td>
                    <td className="num">{money(l.fee)}</td>
                    <td className="num">{formatPercent(l.commission_rate)}</td>
                    <td className="num">{l.orders_per_view === null ? "—" : formatPercent(l.orders_per_view, 3)}</td>
                    <td className="num">{formatPercent(l.engagement_per_view)}</td>
                    <td className="num">{l.seeding_rate === null ? "—" : l.seeding_rate.toFixed(1)}</td>
                    <td className="num">{money(l.harvest_rate)}</td>
                    <td className="num">{formatPercent(l.refund_rate)}</td>
                    <td className="num">{l.rating === null ? "—" : l.rating.toFixed(2)}</td>
                    <td className="num">{l.hist_roi === null ? "—" : l.hist_roi.toFixed(2)}</td>
                    <td>{l.quadrant ?? "—"}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <div className="pager">
          {r.page > 1 ? <Link to={pageHref(r.page - 1)}>‹ Previous</Link> : null}
          <span>
            Page {r.page} of {r.pages}
          </span>
          {r.page < r.pages ? <Link to={pageHref(r.page + 1)}>Next ›</Link> : null}
        </div>
      </Form>
      <p className="small muted">
        <Link to={`${base}/seeding`}>Seeding and harvesting →</Link> · <code>factloop creators --merchant {merchant.slug}</code> prints the same rows.
      </p>
    </div>
  );
}
