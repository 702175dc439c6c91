// "Why is this order here?": one order with its pillar, the rule that put it there, the account
// and how attribution found it, and every rule evaluated in the merchant's order.
import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { channelText } from "~/components/words-text";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { useFormat } from "~/components/use-format";
import { pageTitle } from "~/i18n/t";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DataText, Value } from "../components/data-text";
import { ordersHref } from "~/components/fact/links";
import { RULE_PILLAR } from "~/domain/pillars";
import { explainOrder } from "~/services/fact/orders.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";
import { formatLocal } from "~/domain/time";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const e = explainOrder(db, merchant, params.order ?? "");
  if (!e) throw new Response(`There is no order "${params.order ?? ""}" for ${merchant.name}.`, { status: 404, statusText: "Not Found" });
  return { merchant: shownMerchant(merchant), e };
}


export const meta: MetaFunction = ({ matches, params }) => pageTitle(matches, (t) => t("orders.orderTitle", { id: params.order ?? "" }));

export { RouteErrorBoundary as ErrorBoundary };

export default function OrderPage() {
  const { merchant, e } = useLoaderData<typeof loader>();
  const o = e.order;
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: number | null) => f.money(v, merchant.currency);
  const pillarName = t(`pillar.name.${e.pillar}`);
  const explanation = explain(e, o, t, f);
  const day = { from: o.day, to: o.day };
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>
            {t("orders.orderTitle", { id: o.orderId })} <span className={`pill ${e.pillar} pill-lg`} data-order-pillar={e.pillar}>{e.pillar} · {pillarName}</span>
          </h1>
          <div className="sub">
            {t("orders.paidLine", { at: formatLocal(o.paidAt, merchant.timezone), tz: merchant.timezone, gmv: money(o.gmv), status: t(`orders.statuses.${o.status as "paid"}`) })}
            {e.counted ? "" : t("orders.notCounted")}
          </div>
        </div>
        <Link className="btn" to={ordersHref(merchant.slug, { ...day, pillar: e.pillar })}>
          {t("orders.sameDay", { pillar: pillarName })}
        </Link>
      </div>

      {e.stale ? (
        <div className="notice">
          {t("orders.stale", { stored: t(`pillar.name.${o.pillar as "F"}`), now: pillarName })}
        </div>
      ) : null}

      <div className="card why">
        <div className="card-head">
          <h2>{t("orders.why", { pillar: pillarName })}</h2>
          <span className="hint">{t("orders.ruleHint", { rule: t(`pillar.name.${RULE_PILLAR[e.rule]}`) })}</span>
        </div>
        <p className="why-text" data-explanation>
          <DataText text={explanation} data={[o.attributedAccountId, o.contentId, o.campaignId, e.account?.name]} />
        </p>
        <p className="muted" style={{ marginBottom: 0 }}>
          {e.foundBy.kind === "own" ? (
            <DataText text={t("orders.foundOwn", { account: e.foundBy.accountId })} data={[e.foundBy.accountId]} />
          ) : e.foundBy.kind === "content" ? (
            <DataText
              text={t("orders.foundContent", {
                content: e.foundBy.contentId,
                type: e.foundBy.origin.contentType,
                account: e.foundBy.accountId,
                day: e.foundBy.origin.day,
                days: e.foundBy.origin.viewDays,
              })}
              data={[e.foundBy.contentId, e.foundBy.accountId]}
            />
          ) : e.foundBy.kind === "content-unknown" ? (
            <DataText text={t("orders.foundUnknown", { content: e.foundBy.contentId })} data={[e.foundBy.contentId]} />
          ) : (
            <>{t("orders.foundNone")}</>
          )}
        </p>
      </div>

      <div className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>{t("orders.rules")}</h2>
            <Link className="hint" to={`/m/${merchant.slug}/settings`}>
              {t("orders.changeOrder")}
            </Link>
          </div>
          <ol className="rule-list">
            {e.steps.map((s) => (
              <li key={s.rule} className={s.decided ? "decided" : s.matched ? "matched" : "unmatched"} data-rule={s.rule} data-matched={s.matched} data-decided={s.decided}>
                <span className={`pill ${s.pillar}`}>{s.pillar}</span> {t(`orders.rules_.${s.rule}`)}
                <span className="rule-state">
                  {s.decided ? t("orders.decides") : s.matched ? (s.afterDecision ? t("orders.matches") : t("orders.matched")) : t("orders.noMatch")}
                </span>
              </li>
            ))}
          </ol>
          <p className="small muted" style={{ marginBottom: 0 }}>
            {t("orders.threshold", { n: f.count(e.settings.topKolThreshold) })}
          </p>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t("orders.says")}</h2>
          </div>
          <table className="data label-value">
            <tbody>
              <tr>
                <td>{t("col.account_id")}</td>
                <td>
                  {o.attributedAccountId ? (
                    <>
                      <Link className="inline" to={ordersHref(merchant.slug, { ...day, account: o.attributedAccountId })}>
                        <Value>{o.attributedAccountId}</Value>
                      </Link>
                      {e.account ? (
                        <span className="muted">
                          {" "}
                          · <Value>{e.account.name}</Value> · {t(`orders.kind.${e.account.kind as "self"}`)} · {t("orders.followers", { n: f.count(e.account.followers) })}
                          {e.account.commissionRate !== null ? t("orders.commission", { rate: f.percent(e.account.commissionRate) }) : ""}
                        </span>
                      ) : (
                        <span className="muted">{t("orders.notInAccounts")}</span>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t("orders.none")}</span>
                  )}
                </td>
              </tr>
              <tr>
                <td>{t("orders.content")}</td>
                <td>{o.contentId ? <Link className="inline" to={ordersHref(merchant.slug, { ...day, content: o.contentId })}><Value>{o.contentId}</Value></Link> : <span className="muted">{t("orders.none")}</span>}</td>
              </tr>
              <tr>
                <td>{t("col.campaign_id")}</td>
                <td>
                  {o.campaignId ? (
                    <>
                      <Link className="inline" to={ordersHref(merchant.slug, { ...day, campaign: o.campaignId })}><Value>{o.campaignId}</Value></Link>
                      {e.campaign ? <span className="muted"> · {e.campaign.name} ({e.campaign.startsOn} → {e.campaign.endsOn})</span> : <span className="muted">{t("orders.notInCampaigns")}</span>}
                    </>
                  ) : (
                    <span className="muted">{t("orders.none")}</span>
                  )}
                </td>
              </tr>
              <tr>
                <td>{t("col.channel")}</td>
                <td>{o.channel ? channelText(t, o.channel) : <span className="muted">{t("orders.noneGiven")}</span>}</td>
              </tr>
              <tr>
                <td>{t("orders.product")}</td>
                <td>
                  {o.productName} <span className="muted">{o.skuId} × {o.quantity}</span>
                </td>
              </tr>
              <tr>
                <td>{t("orders.gmvRefund")}</td>
                <td>
                  {money(o.gmv)} / {money(e.refund)}
                </td>
              </tr>
              <tr>
                <td>{t("orders.buyer")}</td>
                <td>{o.buyerId || <span className="muted">{t("orders.none")}</span>}</td>
              </tr>
              <tr>
                <td>{t("orders.batch")}</td>
                <td>#{o.batchId}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

/**
 * Why the order sits in its pillar, in the page's language, from what the page already holds.
 * A live order without an account keeps the server's sentence (its cases are few and rare).
 */
function explain(
  e: { rule: string; explanation: string; pillar: string; account?: { followers: number } | null; settings: { topKolThreshold: number } },
  o: { campaignId: string; attributedAccountId: string },
  t: ReturnType<typeof useTranslation>["t"],
  f: ReturnType<typeof useFormat>,
): string {
  const account = o.attributedAccountId;
  const threshold = f.count(e.settings.topKolThreshold);
  switch (e.rule) {
    case "campaign":
      return t("orders.explain.campaign", { campaign: o.campaignId });
    case "self":
      return account ? t("orders.explain.self", { account }) : e.explanation;
    case "top_kol":
      return t("orders.explain.top_kol", { account, followers: f.count(e.account?.followers ?? 0), threshold });
    case "creator":
      if (!account) return e.explanation;
      return e.account ? t("orders.explain.creator", { account, followers: f.count(e.account.followers), threshold }) : t("orders.explain.unknownCreator", { account });
    case "shelf":
      return t("orders.explain.shelf");
    default:
      return e.explanation;
  }
}
