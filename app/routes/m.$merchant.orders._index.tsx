// The orders behind a figure: filters in the URL (from, to, pillar, campaign, account, content,
// channel), newest first, fifty a page (paged by keyset: docs/scale.md). Each order opens "why is
// this order here?".
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { channelText } from "~/components/words-text";
import { CHANNELS } from "~/domain/import/kinds";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { orderHref, ordersHref } from "~/components/fact/links";
import { NONE_FILTER, orderFiltersQuery, orderFiltersSchema } from "~/domain/fact/order-filters";
import { PILLARS, RULE_PILLAR, type RuleId } from "~/domain/pillars";
import { ordersPage } from "~/services/fact/orders.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";
import { formatLocal } from "~/domain/time";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  // the navigation's "find an order" box: straight to the order, whose page says if there is none
  const wanted = url.searchParams.get("id")?.trim();
  if (wanted) throw redirect(orderHref(merchant.slug, wanted));
  const filters = orderFiltersSchema.parse(Object.fromEntries(url.searchParams));
  const range = rangeFromUrl(db, merchant, url);
  return {
    merchant: shownMerchant(merchant),
    filters,
    list: ordersPage(db, merchant, filters, range),
  };
}


export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("nav.orders"));

export { RouteErrorBoundary as ErrorBoundary };

export default function OrdersPage() {
  const { merchant, filters, list } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const current = { ...filters, from: list.from, to: list.to, after: undefined, before: undefined };
  // pages go by keyset: the next page starts after this page's last row, the previous before its first
  const pageHref = (page: number, cursor: { after: string } | { before: string }) =>
    `/m/${merchant.slug}/orders${orderFiltersQuery({ ...current, page, ...cursor })}`;
  const describe = (v: string | undefined) => (v === NONE_FILTER ? t("orders.none") : v);
  const chips = [
    filters.pillar ? t("orders.filterPillar", { p: `${filters.pillar} ${t(`pillar.name.${filters.pillar}`)}` }) : null,
    filters.campaign ? t("orders.filterCampaign", { v: describe(filters.campaign) }) : null,
    filters.account ? t("orders.filterAccount", { v: describe(filters.account) }) : null,
    filters.content ? t("orders.filterContent", { v: describe(filters.content) }) : null,
    filters.channel ? t("orders.filterChannel", { v: channelText(t, filters.channel) }) : null,
  ].filter(Boolean);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("orders.title")}</h1>
          <div className="sub">{t("orders.sub", { from: list.from, to: list.to, filters: chips.length ? chips.join(" · ") : t("orders.allPillars") })}</div>
        </div>
      </div>

      <div className="card">
        <Form method="get" className="filters">
          <label>
            {t("common.from")}
            <input type="date" name="from" defaultValue={list.from} />
          </label>
          <label>
            {t("common.to")}
            <input type="date" name="to" defaultValue={list.to} />
          </label>
          <label>
            {t("col.pillar")}
            <select name="pillar" defaultValue={filters.pillar ?? ""}>
              <option value="">{t("orders.all")}</option>
              {PILLARS.map((p) => (
                <option key={p} value={p}>
                  {p} · {t(`pillar.name.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("col.campaign_id")}
            <input name="campaign" defaultValue={filters.campaign ?? ""} placeholder={t("orders.idOrNone", { none: NONE_FILTER })} size={14} />
          </label>
          <label>
            {t("col.account_id")}
            <input name="account" defaultValue={filters.account ?? ""} placeholder={t("orders.idOrNone", { none: NONE_FILTER })} size={14} />
          </label>
          <label>
            {t("orders.content")}
            <input name="content" defaultValue={filters.content ?? ""} placeholder={t("orders.idOrNone", { none: NONE_FILTER })} size={14} />
          </label>
          <label>
            {t("col.channel")}
            <select name="channel" defaultValue={filters.channel ?? ""}>
              <option value="">{t("orders.any")}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <button className="btn btn-primary" type="submit" style={{ alignSelf: "flex-end" }}>
            {t("orders.showOrders")}
          </button>
        </Form>
      </div>

      <div className="card">
        <div className="card-head">
          <h2 data-orders-total>
            {t("orders.total", { orders: f.count(list.total.orders), gmv: money(list.total.gmv) })}
          </h2>
          <span className="hint">
            {t("orders.page", { page: list.page, pages: list.pages })}
          </span>
        </div>
        <div className="table-wrap">
          <table className="data orders-table" aria-label={t("orders.tableLabel")}>
            <thead>
              <tr>
                <th>{t("orders.order")}</th>
                <th>{t("orders.paid", { tz: merchant.timezone })}</th>
                <th>{t("col.pillar")}</th>
                <th>{t("orders.rule")}</th>
                <th>{t("col.account_id")}</th>
                <th>{t("orders.content")}</th>
                <th>{t("col.campaign_id")}</th>
                <th>{t("col.channel")}</th>
                <th>{t("orders.product")}</th>
                <th>{t("orders.status")}</th>
                <th className="num">{t("col.gmv")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.length === 0 ? (
                <tr>
                  <td colSpan={11} className="muted" style={{ textAlign: "center", padding: 24 }}>
                    {t("orders.noneMatch")}
                  </td>
                </tr>
              ) : (
                list.rows.map((o) => (
                  <tr key={o.orderId} data-order={o.orderId}>
                    <td>
                      <Link to={orderHref(merchant.slug, o.orderId)} title={t("orders.whyHere")}>
                        {o.orderId}
                      </Link>
                    </td>
                    <td className="num">{formatLocal(o.paidAt, merchant.timezone).slice(0, 16)}</td>
                    <td>
                      <span className={`pill ${o.pillar}`}>{o.pillar}</span>
                    </td>
                    <td className="muted">{o.pillarRule in RULE_PILLAR ? t(`pillar.name.${RULE_PILLAR[o.pillarRule as RuleId]}`) : o.pillarRule}</td>
                    <td>
                      {o.attributedAccountId ? (
                        <Link to={ordersHref(merchant.slug, { from: list.from, to: list.to, account: o.attributedAccountId })}>{o.accountName || o.attributedAccountId}</Link>
                      ) : (
                        <span className="muted">—</span>
                      )}
                      {o.attributedAccountId && !o.accountId ? <span className="small muted">{t("orders.viaContent")}</span> : null}
                    </td>
                    <td>{o.contentId || <span className="muted">—</span>}</td>
                    <td>{o.campaignId || <span className="muted">—</span>}</td>
                    <td>{o.channel ? channelText(t, o.channel) : <span className="muted">—</span>}</td>
                    <td className="truncate" title={o.productName}>
                      {o.productName}
                    </td>
                    <td>{t(`orders.statuses.${o.status as "paid"}`)}</td>
                    <td className="num">{money(o.gmv)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <div className="pager">
          {list.before ? (
            <Link className="btn" to={pageHref(list.page - 1, { before: list.before })}>
              {t("table.previous")}
            </Link>
          ) : null}
          <span>
            {t("orders.aPage", {
              size: list.pageSize,
              first: f.count(Math.min(list.total.orders, (list.page - 1) * list.pageSize + 1)),
              last: f.count(Math.min(list.total.orders, list.page * list.pageSize)),
            })}
          </span>
          {list.after ? (
            <Link className="btn" to={pageHref(list.page + 1, { after: list.after })}>
              {t("table.next")}
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}

