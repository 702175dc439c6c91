// The orders behind a figure: filters in the URL (from, to, pillar, campaign, account, content,
// channel), newest first, fifty a page. Each order opens "why is this order here?".
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { orderHref, ordersHref } from "~/components/fact/links";
import { NONE_FILTER, orderFiltersQuery, orderFiltersSchema } from "~/domain/fact/order-filters";
import { formatCount, formatMoney } from "~/domain/money";
import { PILLAR_NAMES, PILLARS } from "~/domain/pillars";
import { ordersPage } from "~/services/fact/orders.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const filters = orderFiltersSchema.parse(Object.fromEntries(url.searchParams));
  const range = rangeFromUrl(db, merchant, url);
  return {
    merchant: shownMerchant(merchant),
    filters,
    list: ordersPage(db, merchant, filters, range),
  };
}

const time = (ms: number, tz: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .format(new Date(ms))
    .replace(",", "");

export default function OrdersPage() {
  const { merchant, filters, list } = useLoaderData<typeof loader>();
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const current = { ...filters, from: list.from, to: list.to };
  const pageHref = (page: number) => `/m/${merchant.slug}/orders${orderFiltersQuery({ ...current, page })}`;
  const describe = (v: string | undefined) => (v === NONE_FILTER ? "none" : v);
  const chips = [
    filters.pillar ? `pillar ${filters.pillar} ${PILLAR_NAMES[filters.pillar]}` : null,
    filters.campaign ? `campaign ${describe(filters.campaign)}` : null,
    filters.account ? `account ${describe(filters.account)}` : null,
    filters.content ? `content ${describe(filters.content)}` : null,
    filters.channel ? `channel ${filters.channel}` : null,
  ].filter(Boolean);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Orders behind the figure</h1>
          <div className="sub">
            {list.from} → {list.to} · {chips.length ? chips.join(" · ") : "all pillars"} · counted orders (not cancelled), newest first
          </div>
        </div>
      </div>

      <div className="card">
        <Form method="get" className="filters">
          <label>
            From
            <input type="date" name="from" defaultValue={list.from} />
          </label>
          <label>
            To
            <input type="date" name="to" defaultValue={list.to} />
          </label>
          <label>
            Pillar
            <select name="pillar" defaultValue={filters.pillar ?? ""}>
              <option value="">All</option>
              {PILLARS.map((p) => (
                <option key={p} value={p}>
                  {p} · {PILLAR_NAMES[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Campaign
            <input name="campaign" defaultValue={filters.campaign ?? ""} placeholder={`id, or ${NONE_FILTER} for none`} size={14} />
          </label>
          <label>
            Account
            <input name="account" defaultValue={filters.account ?? ""} placeholder={`id, or ${NONE_FILTER} for none`} size={14} />
          </label>
          <label>
            Content
            <input name="content" defaultValue={filters.content ?? ""} placeholder={`id, or ${NONE_FILTER} for none`} size={14} />
          </label>
          <label>
            Channel
            <select name="channel" defaultValue={filters.channel ?? ""}>
              <option value="">Any</option>
              {["live", "video", "mall", "search", "other"].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <button className="btn btn-primary" type="submit" style={{ alignSelf: "flex-end" }}>
            Show orders
          </button>
        </Form>
      </div>

      <div className="card">
        <div className="card-head">
          <h2 data-orders-total>
            {formatCount(list.total.orders)} orders · {money(list.total.gmv)} GMV
          </h2>
          <span className="hint">
            Page {list.page} of {list.pages}
          </span>
        </div>
        <div className="table-wrap">
          <table className="data orders-table" aria-label="Orders">
            <thead>
              <tr>
                <th>Order</th>
                <th>Paid ({merchant.timezone})</th>
                <th>Pillar</th>
                <th>Rule</th>
                <th>Account</th>
                <th>Content</th>
                <th>Campaign</th>
                <th>Channel</th>
                <th>Product</th>
                <th>Status</th>
                <th className="num">GMV</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.length === 0 ? (
                <tr>
                  <td colSpan={11} className="muted" style={{ textAlign: "center", padding: 24 }}>
                    No counted orders match these filters.
                  </td>
                </tr>
              ) : (
                list.rows.map((o) => (
                  <tr key={o.orderId} data-order={o.orderId}>
                    <td>
                      <Link to={orderHref(merchant.slug, o.orderId)} title="Why is this order here?">
                        {o.orderId}
                      </Link>
                    </td>
                    <td className="num">{time(o.paidAt, merchant.timezone)}</td>
                    <td>
                      <span className={`pill ${o.pillar}`}>{o.pillar}</span>
                    </td>
                    <td className="muted">{o.pillarRule}</td>
                    <td>
                      {o.attributedAccountId ? (
                        <Link to={ordersHref(merchant.slug, { from: list.from, to: list.to, account: o.attributedAccountId })}>{o.accountName || o.attributedAccountId}</Link>
                      ) : (
                        <span className="muted">—</span>
                      )}
                      {o.attributedAccountId && !o.accountId ? <span className="small muted"> (via content)</span> : null}
                    </td>
                    <td>{o.contentId || <span className="muted">—</span>}</td>
                    <td>{o.campaignId || <span className="muted">—</span>}</td>
                    <td>{o.channel || <span className="muted">—</span>}</td>
                    <td className="truncate" title={o.productName}>
                      {o.productName}
                    </td>
                    <td>{o.status}</td>
                    <td className="num">{money(o.gmv)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <div className="pager">
          {list.page > 1 ? (
            <Link className="btn" to={pageHref(list.page - 1)}>
              ‹ Previous
            </Link>
          ) : null}
          <span>
            {list.pageSize} a page · orders {formatCount(Math.min(list.total.orders, (list.page - 1) * list.pageSize + 1))}–
            {formatCount(Math.min(list.total.orders, list.page * list.pageSize))}
          </span>
          {list.page < list.pages ? (
            <Link className="btn" to={pageHref(list.page + 1)}>
              Next ›
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}

