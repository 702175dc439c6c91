// "Why is this order here?": the orders behind any pillar figure, and for one order the rule
// that put it in its pillar, the account and how attribution found it.
import type { Db } from "../../../db/client";
import { NONE_FILTER, ORDERS_PAGE_SIZE, orderCursorText, parseOrderCursor, type OrderFilters } from "../../domain/fact/order-filters";
import { evaluateRules, type RuleStep } from "../../domain/fact/rules";
import { effectiveRefund } from "../../domain/measures";
import { explainRule, orderAttributionInput, pillarOf, PILLAR_NAMES, type Pillar, type RuleId } from "../../domain/pillars";
import type { PageRange } from "../../domain/range";
import { accountDirectory, findAccount, type AccountEntry } from "../../queries/fact/account-directory.server";
import { findCampaign, type CampaignEntry } from "../../queries/fact/campaigns.server";
import { contentOrigin, findOrder, type ContentOrigin, type OrderDetailRow } from "../../queries/fact/order-detail.server";
import { countOrders, listOrders, type OrderListRow } from "../../queries/fact/orders-list.server";
import type { MerchantContext } from "../merchants.server";

const orNone = (v: string | undefined) => (v === undefined ? undefined : v === NONE_FILTER ? "" : v);

export interface OrdersPage {
  from: string;
  to: string;
  total: { orders: number; gmv: number };
  rows: (OrderListRow & { accountName: string })[];
  page: number;
  pages: number;
  pageSize: number;
  /** the cursors of the pages before and after this one (null at either end) */
  before: string | null;
  after: string | null;
}

/**
 * One page of the orders behind a figure. Pages go by keyset (the `after` or `before` cursor the
 * previous page handed out), so a deep page costs what the first does; the total comes from the
 * rollups. `page` only numbers the page shown.
 */
export function ordersPage(db: Db, merchant: MerchantContext, filters: OrderFilters, range: PageRange): OrdersPage {
  const f = {
    merchantId: merchant.id,
    from: range.from,
    to: range.to,
    pillar: filters.pillar,
    campaignId: orNone(filters.campaign),
    accountId: orNone(filters.account),
    contentId: orNone(filters.content),
    channel: filters.channel,
  };
  const total = countOrders(db, f);
  const pages = Math.max(1, Math.ceil(total.orders / ORDERS_PAGE_SIZE));
  const after = parseOrderCursor(filters.after);
  const before = after ? undefined : parseOrderCursor(filters.before);
  const cursor = after ? { after } : before ? { before } : undefined;
  // one row more than a page says whether there is a page beyond it
  const found = listOrders(db, f, ORDERS_PAGE_SIZE + 1, cursor);
  const more = found.length > ORDERS_PAGE_SIZE;
  const rows = before ? found.slice(-ORDERS_PAGE_SIZE) : found.slice(0, ORDERS_PAGE_SIZE);
  // a page number only means something with its cursor; the first page is page 1
  const page = cursor ? Math.min(Math.max(1, filters.page), pages) : 1;
  const directory = accountDirectory(db, merchant.id);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    from: range.from,
    to: range.to,
    total,
    rows: rows.map((r) => ({ ...r, accountName: directory.get(r.attributedAccountId)?.name ?? "" })),
    page,
    pages,
    pageSize: ORDERS_PAGE_SIZE,
    before: first && page > 1 && (after || more) ? orderCursorText(first) : null,
    after: last && (before || more) ? orderCursorText(last) : null,
  };
}

export type AccountFoundBy =
  | { kind: "own"; accountId: string }
  | { kind: "content"; accountId: string; contentId: string; origin: ContentOrigin }
  | { kind: "content-unknown"; contentId: string }
  | { kind: "none" };

export interface OrderExplanation {
  order: OrderDetailRow;
  counted: boolean;
  refund: number;
  pillar: Pillar;
  pillarName: string;
  rule: RuleId;
  explanation: string;
  foundBy: AccountFoundBy;
  account: AccountEntry | undefined;
  campaign: CampaignEntry | undefined;
  steps: RuleStep[];
  settings: { topKolThreshold: number; ruleOrder: RuleId[] };
  /** the stored pillar disagrees with today's settings (a refresh is pending) */
  stale: boolean;
}

export function explainOrder(db: Db, merchant: MerchantContext, orderId: string): OrderExplanation | undefined {
  const order = findOrder(db, merchant.id, orderId);
  if (!order) return undefined;
  const origin = contentOrigin(db, merchant.id, order.contentId);
  const foundBy: AccountFoundBy =
    order.accountId !== ""
      ? { kind: "own", accountId: order.accountId }
      : order.attributedAccountId !== "" && origin
        ? { kind: "content", accountId: order.attributedAccountId, contentId: order.contentId, origin }
        : order.contentId !== ""
          ? { kind: "content-unknown", contentId: order.contentId }
          : { kind: "none" };
  const accountId = order.attributedAccountId;
  const account = accountId ? findAccount(db, merchant.id, accountId) : undefined;
  const known = account ? { kind: account.kind, followers: account.followers } : undefined;
  const row = orderAttributionInput({ campaignId: order.campaignId, accountId, channel: order.channel, salesSource: order.salesSource });
  const rules = {
    ruleOrder: merchant.settings.ruleOrder,
    topKolThreshold: merchant.settings.topKolThreshold,
    liveWithoutAccount: merchant.settings.liveWithoutAccount,
  };
  const decided = pillarOf(row, known, rules);
  return {
    order,
    counted: order.status !== "cancelled",
    refund: effectiveRefund(order),
    pillar: decided.pillar,
    pillarName: PILLAR_NAMES[decided.pillar],
    rule: decided.rule,
    explanation: explainRule(decided.rule, row, known, rules, foundBy.kind === "content" ? { contentId: order.contentId } : undefined),
    foundBy,
    account,
    campaign: order.campaignId ? findCampaign(db, merchant.id, order.campaignId) : undefined,
    steps: evaluateRules(row, known, rules),
    settings: { topKolThreshold: rules.topKolThreshold, ruleOrder: [...rules.ruleOrder] },
    stale: decided.pillar !== order.pillar || decided.rule !== order.pillarRule,
  };
}
