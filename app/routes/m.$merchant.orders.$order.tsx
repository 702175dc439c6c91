// "Why is this order here?": one order with its pillar, the rule that put it there, the account
// and how attribution found it, and every rule evaluated in the merchant's order.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ordersHref } from "~/components/fact/links";
import { formatMoney } from "~/domain/money";
import { PILLAR_NAMES } from "~/domain/pillars";
import { explainOrder } from "~/services/fact/orders.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const e = explainOrder(db, merchant, params.order ?? "");
  if (!e) throw new Response(`There is no order "${params.order ?? ""}" for ${merchant.name}.`, { status: 404, statusText: "Not Found" });
  return { merchant: shownMerchant(merchant), e };
}

const time = (ms: number, tz: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
    .format(new Date(ms))
    .replace(",", "");

export default function OrderPage() {
  const { merchant, e } = useLoaderData<typeof loader>();
  const o = e.order;
  const money = (v: number | null) => formatMoney(v, merchant.currency);
  const day = { from: o.day, to: o.day };
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>
            Order {o.orderId} <span className={`pill ${e.pillar} pill-lg`} data-order-pillar={e.pillar}>{e.pillar} · {e.pillarName}</span>
          </h1>
          <div className="sub">
            Paid {time(o.paidAt, merchant.timezone)} ({merchant.timezone}) · {money(o.gmv)} · {o.status}
            {e.counted ? "" : " · cancelled orders are not counted in any figure"}
          </div>
        </div>
        <Link className="btn" to={ordersHref(merchant.slug, { ...day, pillar: e.pillar })}>
          Other {PILLAR_NAMES[e.pillar]} orders that day
        </Link>
      </div>

      {e.stale ? (
        <div className="notice">
          This order is stored under {o.pillar} ({o.pillarRule}), but today's settings put it in {e.pillar}: the figures are being refreshed.
        </div>
      ) : null}

      <div className="card why">
        <div className="card-head">
          <h2>Why is this order in {e.pillarName}?</h2>
          <span className="hint">rule “{e.rule}”</span>
        </div>
        <p className="why-text" data-explanation>
          {e.explanation}
        </p>
        <p className="muted" style={{ marginBottom: 0 }}>
          {e.foundBy.kind === "own" ? (
            <>
              Account found: the order names its account <strong>{e.foundBy.accountId}</strong> itself.
            </>
          ) : e.foundBy.kind === "content" ? (
            <>
              Account found through its content: the order names no account, but content <strong>{e.foundBy.contentId}</strong> is {e.foundBy.origin.contentType} content of account{" "}
              <strong>{e.foundBy.accountId}</strong> (its latest views row, {e.foundBy.origin.day}; {e.foundBy.origin.viewDays} day{e.foundBy.origin.viewDays === 1 ? "" : "s"} of views).
            </>
          ) : e.foundBy.kind === "content-unknown" ? (
            <>
              The order names content <strong>{e.foundBy.contentId}</strong> but no views rows describe it, so no account could be found.
            </>
          ) : (
            <>The order names no account and no content.</>
          )}
        </p>
      </div>

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>The rules, in this merchant's order</h2>
            <Link className="hint" to={`/m/${merchant.slug}/settings`}>
              Change the order or threshold →
            </Link>
          </div>
          <ol className="rule-list">
            {e.steps.map((s) => (
              <li key={s.rule} className={s.decided ? "decided" : s.matched ? "matched" : "unmatched"} data-rule={s.rule} data-matched={s.matched} data-decided={s.decided}>
                <span className={`pill ${s.pillar}`}>{s.pillar}</span> {s.label}
                <span className="rule-state">
                  {s.decided ? "matched — decides the pillar" : s.matched ? (s.afterDecision ? "also matches, but comes later" : "matches") : "does not match"}
                </span>
              </li>
            ))}
          </ol>
          <p className="small muted" style={{ marginBottom: 0 }}>
            Top-KOL threshold: {e.settings.topKolThreshold.toLocaleString("en-US")} followers.
          </p>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>What the order says</h2>
          </div>
          <table className="data">
            <tbody>
              <tr>
                <td>Account</td>
                <td>
                  {o.attributedAccountId ? (
                    <>
                      <Link to={ordersHref(merchant.slug, { ...day, account: o.attributedAccountId })}>{o.attributedAccountId}</Link>
                      {e.account ? (
                        <span className="muted">
                          {" "}
                          · {e.account.name} · {e.account.kind} · {e.account.followers.toLocaleString("en-US")} followers
                          {e.account.commissionRate !== null ? ` · commission ${(e.account.commissionRate * 100).toFixed(1)}%` : ""}
                        </span>
                      ) : (
                        <span className="muted"> · not in the accounts file</span>
                      )}
                    </>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
              </tr>
              <tr>
                <td>Content</td>
                <td>{o.contentId ? <Link to={ordersHref(merchant.slug, { ...day, content: o.contentId })}>{o.contentId}</Link> : <span className="muted">none</span>}</td>
              </tr>
              <tr>
                <td>Campaign</td>
                <td>
                  {o.campaignId ? (
                    <>
                      <Link to={ordersHref(merchant.slug, { ...day, campaign: o.campaignId })}>{o.campaignId}</Link>
                      {e.campaign ? <span className="muted"> · {e.campaign.name} ({e.campaign.startsOn} → {e.campaign.endsOn})</span> : <span className="muted"> · not in the campaigns file</span>}
                    </>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
              </tr>
              <tr>
                <td>Channel</td>
                <td>{o.channel || <span className="muted">none given</span>}</td>
              </tr>
              <tr>
                <td>Product</td>
                <td>
                  {o.productName} <span className="muted">{o.skuId} × {o.quantity}</span>
                </td>
              </tr>
              <tr>
                <td>GMV / refund</td>
                <td>
                  {money(o.gmv)} / {money(e.refund)}
                </td>
              </tr>
              <tr>
                <td>Buyer</td>
                <td>{o.buyerId || <span className="muted">none</span>}</td>
              </tr>
              <tr>
                <td>Import batch</td>
                <td>#{o.batchId}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
