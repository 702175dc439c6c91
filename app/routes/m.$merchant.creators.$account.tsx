// One creator: its figures per format with the estimate and cost, the trend of its posts and
// sales, its rate card (editable), and what every figure means.
import { tierText } from "~/components/words-text";
import { plannerText } from "~/components/planner/planner-text";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { CsrfField } from "~/components/csrf-field";
import { RangeCell } from "~/components/planner/cells";
import { DEFINITION_KEYS } from "~/components/planner/text";
import { useFormat } from "~/components/use-format";
import { centsToDecimal } from "~/domain/money";
import { encodeLine } from "~/domain/planner/requests";
import { pageTitle } from "~/i18n/t";
import { creatorPage } from "~/services/planner/creator.server";
import { saveRates } from "~/services/planner/rates.server";
import { notFound, requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches, data }) =>
  pageTitle(matches, (t) => (data as { page?: { profile: { name: string; accountId: string } } } | undefined)?.page?.profile.name || t("planner.rosterTitle"));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "read");
  const page = creatorPage(db, merchant, params.account ?? "");
  if (!page) throw notFound("This creator");
  return { merchant: shownMerchant(merchant), page };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "plan");
  if (!creatorPage(db, merchant, params.account ?? "")) throw notFound("This creator");
  const outcome = saveRates(db, merchant, params.account ?? "", Object.fromEntries(await request.formData()));
  if (outcome.ok) audit("plan_changed", { rateCard: params.account });
  return outcome;
}

export default function CreatorPage() {
  const { merchant, page: p } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const base = `/m/${merchant.slug}`;
  const maxGmv = Math.max(1, ...p.trend.map((x) => x.gmv));
  const c = p.profile;
  const m = (v: number | null) => (v === null ? "" : centsToDecimal(v));
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1 translate="no">{c.name || c.accountId}</h1>
          <div className="sub">
            <span translate="no">{c.accountId}</span> · {tierText(t, c.tier)} · {t("planner.creator.followers", { n: f.compact(c.followers) })} ·{" "}
            {c.category ? <span translate="no">{c.category}</span> : t("planner.creator.noCategory")} · {t("planner.creator.countsIn", { pillar: c.pillar === "T" ? t("planner.pillarT") : t("planner.pillarA") })}
            {c.known ? "" : ` · ${t("planner.creator.unknown")}`}
          </div>
        </div>
        <Link to={`${base}/creators`}>{t("planner.rosterTitle")}</Link>
      </div>
      <div className="card table-wrap">
        <table className="data" aria-label={t("planner.creator.perFormat")}>
          <thead>
            <tr>
              <th>{t("planner.col.format")}</th>
              <th className="num">{t("planner.col.posts")}</th>
              <th className="num">{t("planner.col.viewsPerPostEst")}</th>
              <th className="num">{t("planner.col.ownWeight")}</th>
              <th className="num">{t("planner.col.gpmEst")}</th>
              <th className="num">{t("planner.col.gmvPerPostEst")}</th>
              <th className="num">{t("planner.col.costPerPost")}</th>
              <th className="num">{t("planner.col.breakEven")}</th>
              <th className="num">{t("planner.col.roi")}</th>
              <th className="num">{t("planner.col.viewsPerPostHist")}</th>
              <th className="num">{t("planner.col.harvestRateGpm")}</th>
              <th className="num">{t("planner.col.seedingRate")}</th>
              <th className="num">{t("planner.col.interestRate")}</th>
              <th className="num">{t("planner.col.ordersPerView")}</th>
              <th className="num">{t("planner.col.refundRate")}</th>
              <th className="num">{t("planner.col.rating")}</th>
              <th>{t("planner.col.quadrant")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {p.lines.map((l) => (
              <tr key={l.format}>
                <td className="nowrap">
                  {t(`planner.format.${l.format}`)}
                  {l.estimated ? (
                    <div className="small muted">
                      {t("planner.estimated")} {t("planner.creator.prospect")}
                    </div>
                  ) : null}
                </td>
                <td className="num">{f.count(l.posts)}</td>
                <td className="num">
                  <RangeCell value={f.compact(l.views_per_post)} lo={f.compact(l.views_p10)} hi={f.compact(l.views_p90)} />
                </td>
                <td className="num">{f.percent(l.own_weight)}</td>
                <td className="num">{money(l.gpm)}</td>
                <td className="num">
                  <RangeCell value={money(l.gmv_per_post)} lo={money(l.gmv_p10)} hi={money(l.gmv_p90)} />
                </td>
                <td className="num">{money(l.cost_per_post)}</td>
                <td className="num">{money(l.break_even_gpm)}</td>
                <td className="num">{l.roi === null ? "—" : f.decimal(l.roi, 2)}</td>
                <td className="num">{l.hist_views_per_post === null ? "—" : f.compact(Math.round(l.hist_views_per_post))}</td>
                <td className="num">{money(l.harvest_rate)}</td>
                <td className="num">{l.seeding_rate === null ? "—" : f.decimal(l.seeding_rate, 1)}</td>
                <td className="num">{l.interest_rate === null ? "—" : f.decimal(l.interest_rate, 1)}</td>
                <td className="num">{l.orders_per_view === null ? "—" : f.percent(l.orders_per_view, 3)}</td>
                <td className="num">{f.percent(l.refund_rate)}</td>
                <td className="num">{l.rating === null ? "—" : f.decimal(l.rating, 2)}</td>
                <td className="nowrap">{l.quadrant ? t(`planner.quadrant.${l.quadrant}`) : "—"}</td>
                <td className="nowrap">
                  <Link to={`${base}/plans/new?line=${encodeURIComponent(encodeLine({ accountId: l.account_id, format: l.format, posts: 1, fromDay: "", toDay: "" }))}`}>{t("planner.creator.plan")}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {p.lines.length === 0 ? <p className="muted">{t("planner.creator.noLines")}</p> : null}
      </div>
      <div className="card">
        <h2>{t("planner.creator.trend")}</h2>
        <table className="data" aria-label={t("planner.creator.trendTable")}>
          <thead>
            <tr>
              <th>{t("planner.col.month")}</th>
              <th className="num">{t("planner.col.posts")}</th>
              <th className="num">{t("planner.col.views")}</th>
              <th className="num">{t("planner.col.orders")}</th>
              <th className="num">{t("planner.col.gmv")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {p.trend.map((x) => (
              <tr key={x.month}>
                <td className="nowrap">{x.month}</td>
                <td className="num">{f.count(x.posts)}</td>
                <td className="num">{f.compact(x.views)}</td>
                <td className="num">{f.count(x.orders)}</td>
                <td className="num">{money(x.gmv)}</td>
                <td style={{ width: "30%" }}>
                  <div style={{ background: "#2f5bea", height: 8, width: `${(x.gmv / maxGmv) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Form method="post" className="card" aria-label={t("planner.creator.rateCard")}>
        <CsrfField />
        <h2>{t("planner.creator.rateCard")}</h2>
        <p className="small muted">{t("planner.creator.rateCardHint")}</p>
        <div className="grid cols-4" style={{ gap: 8 }}>
          <label>
            {t("planner.creator.liveFee")} <input name="liveFee" defaultValue={m(c.liveFee)} inputMode="decimal" />
          </label>
          <label>
            {t("planner.creator.videoFee")} <input name="videoFee" defaultValue={m(c.videoFee)} inputMode="decimal" />
          </label>
          <label>
            {t("planner.creator.sampleCost")} <input name="sampleCost" defaultValue={m(c.sampleCost)} inputMode="decimal" />
          </label>
          <label>
            {t("planner.creator.commissionRate")} <input name="commissionRate" defaultValue={c.commissionRate ?? ""} inputMode="decimal" />
          </label>
          <label>
            {t("planner.creator.boost")} <input name="boost" defaultValue={m(c.boost)} inputMode="decimal" />
          </label>
        </div>
        <button className="btn" type="submit">
          {t("planner.creator.saveRates")}
        </button>
        {result?.ok ? <span className="good"> {t("planner.saved")}</span> : null}
        {result && !result.ok ? <p className="bad">{Object.values(result.errors).map((e) => plannerText(t, String(e))).join(" ")}</p> : null}
      </Form>
      <div className="card">
        <h2>{t("planner.creator.definitions")}</h2>
        <dl>
          {DEFINITION_KEYS.map((k) => (
            <div key={k}>
              <dt>
                <strong>{t(`planner.def.${k}.term`)}</strong>
              </dt>
              <dd className="small">{t(`planner.def.${k}.text`)}</dd>
            </div>
          ))}
        </dl>
        <p className="small muted">
          {t("planner.creator.repeatNow", { decay: f.decimal(p.decay, 2) })}{" "}
          {p.calibration.video.coverage === null
            ? t("planner.creator.rangesNotCalibrated")
            : t("planner.creator.rangesVideo", { held: f.percent(p.calibration.video.coverage), checked: f.count(p.calibration.video.checked) })}
          {p.calibration.live.coverage === null ? "" : t("planner.creator.rangesLive", { held: f.percent(p.calibration.live.coverage), checked: f.count(p.calibration.live.checked) })}
          {p.calibration.video.coverage === null ? "" : t("planner.creator.rangesEnd")}
        </p>
      </div>
    </div>
  );
}
