// The creator roster: every creator and format with history, estimate per post and cost;
// filtered, sorted and paged on the server, with a selection that starts a plan.
import { tierText } from "~/components/words-text";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { RangeCell } from "~/components/planner/cells";
import { useFormat } from "~/components/use-format";
import { encodeLine } from "~/domain/planner/requests";
import { ROSTER_SORTS } from "~/domain/planner/roster-line";
import { FORMATS } from "~/domain/planner/types";
import { pageTitle } from "~/i18n/t";
import { rosterPage } from "~/services/planner/roster.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("planner.rosterTitle"));

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
  const { t } = useTranslation();
  const fmt = useFormat();
  const location = useLocation();
  const money = (v: number | null) => fmt.money(v, merchant.currency);
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
          <h1>{t("planner.rosterTitle")}</h1>
          <div className="sub">
            {t("planner.rosterSub")} · {t("planner.historyTo", { day: r.asOf })}
          </div>
        </div>
        <div className="presets">
          <Link to={`${base}/plans/suggest`}>{t("planner.suggestTitle")}</Link>
          <Link to={`${base}/plans`}>{t("planner.plansTitle")}</Link>
        </div>
      </div>
      <div className="card small muted" data-calibration>
        {(["video", "live"] as const).map((format) => (
          <p key={format} style={{ margin: "2px 0" }}>
            <strong>{t(`planner.format.${format}`)}</strong>:{" "}
            {cal[format].coverage === null
              ? t("planner.noCalibration")
              : t("planner.calibration", { held: fmt.percent(cal[format].coverage), checked: fmt.count(cal[format].checked), heldOut: fmt.percent(cal[format].heldOutCoverage) })}
            {cal[format].rawCoverage !== null ? ` ${t("planner.rawCoverage", { held: fmt.percent(cal[format].rawCoverage) })}` : ""}
          </p>
        ))}
      </div>
      <Form method="get" className="card filters" aria-label={t("planner.roster.filters")}>
        <div className="table-tools" style={{ flexWrap: "wrap", gap: 8 }}>
          <input type="search" name="q" placeholder={t("planner.roster.nameOrId")} defaultValue={f.q ?? ""} aria-label={t("planner.roster.nameOrId")} />
          <select name="category" defaultValue={f.category ?? ""} aria-label={t("planner.roster.category")}>
            <option value="">{t("planner.roster.allCategories")}</option>
            {r.categories.map((c) => (
              <option key={c} value={c}>
                {c || t("planner.none")}
              </option>
            ))}
          </select>
          <select name="tier" defaultValue={f.tier ?? ""} aria-label={t("planner.col.tier")}>
            <option value="">{t("planner.roster.allTiers")}</option>
            {r.tiers.map((tier) => (
              <option key={tier} value={tier}>
                {tierText(t, tier)}
              </option>
            ))}
          </select>
          <select name="format" defaultValue={f.format ?? ""} aria-label={t("planner.col.format")}>
            <option value="">{t("planner.roster.liveAndVideo")}</option>
            <option value="live">{t("planner.format.live")}</option>
            <option value="video">{t("planner.format.video")}</option>
          </select>
          <input name="minFollowers" type="number" min={0} placeholder={t("planner.roster.followersFrom")} defaultValue={f.minFollowers ?? ""} aria-label={t("planner.roster.followersFrom")} />
          <input name="maxFollowers" type="number" min={0} placeholder={t("planner.roster.followersTo")} defaultValue={f.maxFollowers ?? ""} aria-label={t("planner.roster.followersTo")} />
          <input name="minGpm" type="number" min={0} step="0.01" placeholder={t("planner.roster.gpmAtLeast")} defaultValue={f.minGpm ?? ""} aria-label={t("planner.roster.gpmAtLeast")} />
          <select name="prospects" defaultValue={f.prospects} aria-label={t("planner.prospects")}>
            <option value="include">{t("planner.roster.withProspects")}</option>
            <option value="exclude">{t("planner.roster.historyOnly")}</option>
            <option value="only">{t("planner.roster.prospectsOnly")}</option>
          </select>
          <input type="hidden" name="sort" value={f.sort} />
          <input type="hidden" name="dir" value={f.dir} />
          <button className="btn" type="submit">
            {t("planner.filter")}
          </button>
        </div>
      </Form>
      <Form method="get" action={`${base}/plans/new`} className="card">
        <div className="table-tools">
          <span>{t("planner.roster.rows", { shown: fmt.count(r.total), all: fmt.count(r.all), page: r.page, pages: r.pages })}</span>
          <span className="spacer" />
          <button className="btn primary" type="submit" data-build-plan>
            {t("planner.buildFromSelected")}
          </button>
        </div>
        <div className="table-wrap">
          <table className="data" aria-label={t("planner.roster.label")}>
            <thead>
              <tr>
                <th>{t("planner.col.add")}</th>
                <th>
                  <Link to={sortHref("name")}>{t("planner.col.creator")}</Link>
                </th>
                <th>{t("planner.col.tier")}</th>
                <SortTh id="followers">{t("planner.col.followers")}</SortTh>
                <th>{t("planner.col.format")}</th>
                <SortTh id="posts">{t("planner.col.posts")}</SortTh>
                <SortTh id="views_per_post">{t("planner.col.viewsPerPostRange")}</SortTh>
                <SortTh id="gpm">{t("planner.col.gpmEst")}</SortTh>
                <SortTh id="gmv_per_post">{t("planner.col.gmvPerPostRange")}</SortTh>
                <SortTh id="cost_per_post">{t("planner.col.costPerPost")}</SortTh>
                <SortTh id="roi">{t("planner.col.roi")}</SortTh>
                <th className="num">{t("planner.col.breakEven")}</th>
                <th className="num">{t("planner.col.fee")}</th>
                <th className="num">{t("planner.col.commission")}</th>
                <th className="num">{t("planner.col.ordersPerView")}</th>
                <th className="num">{t("planner.col.engagement")}</th>
                <SortTh id="seeding_rate">{t("planner.col.seedingRate")}</SortTh>
                <th className="num">{t("planner.col.harvestRate")}</th>
                <th className="num">{t("planner.col.refundRate")}</th>
                <th className="num">{t("planner.col.rating")}</th>
                <th className="num">{t("planner.col.histRoi")}</th>
                <th>{t("planner.col.quadrant")}</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.length === 0 ? (
                <tr>
                  <td colSpan={22} className="muted">
                    {t("planner.noRows")}
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
                        aria-label={t("planner.roster.addLine", { name: l.name || l.account_id, format: t(`planner.format.${l.format}`) })}
                      />
                    </td>
                    <td>
                      <Link to={`${base}/creators/${encodeURIComponent(l.account_id)}`}>{l.name || l.account_id}</Link>
                      <div className="small muted">
                        {l.account_id}
                        {l.estimated ? <span className="pill"> {t("planner.estimated")}</span> : null}
                      </div>
                    </td>
                    <td className="nowrap">{tierText(t, l.tier)}</td>
                    <td className="num">{fmt.compact(l.followers)}</td>
                    <td className="nowrap">{t(`planner.format.${l.format}`)}</td>
                    <td className="num">{fmt.count(l.posts)}</td>
                    <td className="num">
                      <RangeCell value={fmt.compact(l.views_per_post)} lo={fmt.compact(l.views_p10)} hi={fmt.compact(l.views_p90)} />
                    </td>
                    <td className="num">{money(l.gpm)}</td>
                    <td className="num">
                      <RangeCell value={money(l.gmv_per_post)} lo={money(l.gmv_p10)} hi={money(l.gmv_p90)} />
                    </td>
                    <td className="num">{money(l.cost_per_post)}</td>
                    <td className="num">{l.roi === null ? "—" : fmt.decimal(l.roi, 2)}</td>
                    <td className="num">{money(l.break_even_gpm)}</td>
                    <td className="num">{money(l.fee)}</td>
                    <td className="num">{fmt.percent(l.commission_rate)}</td>
                    <td className="num">{l.orders_per_view === null ? "—" : fmt.percent(l.orders_per_view, 3)}</td>
                    <td className="num">{fmt.percent(l.engagement_per_view)}</td>
                    <td className="num">{l.seeding_rate === null ? "—" : fmt.decimal(l.seeding_rate, 1)}</td>
                    <td className="num">{money(l.harvest_rate)}</td>
                    <td className="num">{fmt.percent(l.refund_rate)}</td>
                    <td className="num">{l.rating === null ? "—" : fmt.decimal(l.rating, 2)}</td>
                    <td className="num">{l.hist_roi === null ? "—" : fmt.decimal(l.hist_roi, 2)}</td>
                    <td className="nowrap">{l.quadrant ? t(`planner.quadrant.${l.quadrant}`) : "—"}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <div className="pager">
          {r.page > 1 ? <Link to={pageHref(r.page - 1)}>{t("planner.roster.previous")}</Link> : null}
          <span>{t("planner.roster.page", { page: r.page, pages: r.pages })}</span>
          {r.page < r.pages ? <Link to={pageHref(r.page + 1)}>{t("planner.roster.next")}</Link> : null}
        </div>
      </Form>
      <p className="small muted">
        <Link to={`${base}/seeding`}>{t("planner.roster.seedingLink")}</Link> · <code>factloop creators --merchant {merchant.slug}</code> {t("planner.roster.sameRows")}
      </p>
    </div>
  );
}
