// A small merchant worked out by hand (see the figures in the comments), inserted as raw rows
// and derived with refreshAll, as an import would leave it.
import type { Db } from "../../../db/client";
import { refreshAll } from "../../../app/services/derive.server";
import { findMerchant, type MerchantContext } from "../../../app/services/merchants.server";
import { makeMerchant } from "../../helpers/db";

export interface FixtureAccount { id: string; kind: "self" | "creator"; followers: number; rate: number | null; name?: string }
export interface FixtureView { day: string; content: string; account: string; type: string; campaign?: string; views?: number; watch?: number; live?: number; impressions?: number }
export interface FixtureOrder { id: string; day: string; gmv: number; account?: string; content?: string; campaign?: string; channel?: string; status?: string; refund?: number | null; buyer?: string }
export interface FixtureReview { id: string; day: string; order: string; rating: number; media?: boolean }
export interface FixtureCampaign { id: string; name: string; from: string; to: string; budget: number | null; kind?: string }

/** Noon in Shanghai on a day, as epoch ms. */
export const noon = (day: string) => Date.parse(`${day}T04:00:00Z`);

export function insertRows(
  db: Db,
  merchantId: number,
  rows: { accounts?: FixtureAccount[]; campaigns?: FixtureCampaign[]; views?: FixtureView[]; orders?: FixtureOrder[]; reviews?: FixtureReview[] },
): void {
  const c = db.$client;
  const acc = c.prepare(`INSERT INTO accounts (merchant_id, account_id, name, kind, followers, commission_rate, batch_id) VALUES (?, ?, ?, ?, ?, ?, 0)`);
  for (const a of rows.accounts ?? []) acc.run(merchantId, a.id, a.name ?? a.id, a.kind, a.followers, a.rate);
  const camp = c.prepare(`INSERT INTO campaigns (merchant_id, campaign_id, name, starts_on, ends_on, kind, budget, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0)`);
  for (const x of rows.campaigns ?? []) camp.run(merchantId, x.id, x.name, x.from, x.to, x.kind ?? "brand", x.budget);
  const view = c.prepare(
    `INSERT INTO views (merchant_id, content_id, day, account_id, content_type, campaign_id, impressions, views, watch_seconds, live_seconds, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  for (const v of rows.views ?? [])
    view.run(merchantId, v.content, v.day, v.account, v.type, v.campaign ?? "", v.impressions ?? (v.views ?? 0) * 3, v.views ?? 0, v.watch ?? 0, v.live ?? 0);
  const order = c.prepare(
    `INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, channel, content_id, account_id, campaign_id, refund_amount, buyer_id, status, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  for (const o of rows.orders ?? [])
    order.run(merchantId, o.id, noon(o.day), o.day, o.gmv, o.channel ?? "", o.content ?? "", o.account ?? "", o.campaign ?? "", o.refund ?? null, o.buyer ?? `b-${o.id}`, o.status ?? "paid");
  const review = c.prepare(
    `INSERT INTO reviews (merchant_id, review_id, created_at, day, rating, order_id, has_media, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  for (const r of rows.reviews ?? []) review.run(merchantId, r.id, noon(r.day), r.day, r.rating, r.order, r.media ? 1 : 0);
}

/**
 * Days 2026-03-02 (Mon) … 2026-03-10 (Tue). Daily merchant GMV (hundredths):
 *   03-02 60,000 · 03-03 15,000 · 03-04 3,000 · 03-05 1,500 · 03-06…03-08 0 · 03-09 40,000 · 03-10 7,000
 * Pillars: F 35,000 (3 orders, refunds 5,000) · A 10,000 (2) · C 46,000 (2) · T 30,000 (1) · S 5,500 (3)
 * Total 126,500 over 11 counted orders (o11 is cancelled).
 * Two reviews land days after their orders (03-05 for live-1's o1, 03-12 for vid-big's o4): they
 * put rows in the rollups under the order's content but make no session and no active content.
 */
export const FIXTURE = {
  accounts: [
    { id: "self-a", kind: "self", followers: 100_000, rate: null, name: "Own shop live" },
    { id: "kol-big", kind: "creator", followers: 2_000_000, rate: 0.2, name: "Big creator" },
    { id: "kol-mid", kind: "creator", followers: 300_000, rate: 0.1, name: "Mid creator" },
    { id: "kol-tiny", kind: "creator", followers: 5_000, rate: null, name: "Tiny creator" },
  ] as FixtureAccount[],
  campaigns: [{ id: "camp-1", name: "Spring sale", from: "2026-03-09", to: "2026-03-10", budget: 100_000 }] as FixtureCampaign[],
  views: [
    { day: "2026-03-02", content: "live-1", account: "self-a", type: "live", views: 1000, watch: 50_000, live: 7200 },
    { day: "2026-03-03", content: "live-2", account: "self-a", type: "live", views: 500, watch: 20_000, live: 3600 },
    { day: "2026-03-02", content: "vid-big", account: "kol-big", type: "video", views: 2000, watch: 30_000 },
    { day: "2026-03-03", content: "vid-mid", account: "kol-mid", type: "video", views: 1000, watch: 12_000 },
    { day: "2026-03-09", content: "vid-camp", account: "kol-mid", type: "video", campaign: "camp-1", views: 400, watch: 4000 },
  ] as FixtureView[],
  orders: [
    { id: "o1", day: "2026-03-02", gmv: 10_000, account: "self-a", content: "live-1", channel: "live" },
    { id: "o2", day: "2026-03-02", gmv: 20_000, content: "live-1", channel: "live" },
    { id: "o3", day: "2026-03-03", gmv: 5_000, account: "self-a", content: "live-2", channel: "live", status: "refunded" },
    { id: "o4", day: "2026-03-02", gmv: 30_000, account: "kol-big", content: "vid-big", channel: "video" },
    { id: "o5", day: "2026-03-03", gmv: 8_000, content: "vid-mid", channel: "video" },
    { id: "o6", day: "2026-03-03", gmv: 2_000, account: "ghost", channel: "video" },
    { id: "o7", day: "2026-03-09", gmv: 40_000, account: "kol-mid", content: "vid-camp", campaign: "camp-1", channel: "video" },
    { id: "o8", day: "2026-03-10", gmv: 6_000, account: "self-a", campaign: "camp-1", channel: "live" },
    { id: "o9", day: "2026-03-04", gmv: 3_000, channel: "mall" },
    { id: "o10", day: "2026-03-05", gmv: 1_500, channel: "search" },
    { id: "o11", day: "2026-03-05", gmv: 99_999, channel: "mall", status: "cancelled" },
    { id: "o12", day: "2026-03-10", gmv: 1_000, channel: "search" },
  ] as FixtureOrder[],
  reviews: [
    { id: "r1", day: "2026-03-05", order: "o1", rating: 5, media: true },
    { id: "r2", day: "2026-03-12", order: "o4", rating: 4 },
  ] as FixtureReview[],
};

export const FIXTURE_RANGE = {
  from: "2026-03-02",
  to: "2026-03-10",
  preset: "custom" as const,
  previous: { from: "2026-02-21", to: "2026-03-01" },
};

export function seedFixture(db: Db, slug = "shop"): MerchantContext {
  const m = makeMerchant(db, slug);
  insertRows(db, m.id, FIXTURE);
  refreshAll(db, m);
  return findMerchant(db, slug)!;
}
