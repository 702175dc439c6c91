// A small merchant worked by hand for the phase tests: two ISO weeks (2024-W23 and W24) of
// content, orders and reviews across all five pillars, with a campaign id that looks like a
// formula. The expected numbers in the tests are computed from these rows in the comments.
import type { Db } from "../../../db/client";
import { refreshAll } from "../../../app/services/derive.server";
import { findMerchant, type MerchantContext } from "../../../app/services/merchants.server";
import { makeMerchant } from "../../helpers/db";

export function insert(db: Db, table: string, rows: Record<string, unknown>[]) {
  for (const r of rows) {
    const cols = Object.keys(r);
    db.$client.prepare(`INSERT INTO ${table} (${cols.join(",")}) VALUES (${cols.map((c) => `@${c}`).join(",")})`).run(r);
  }
}

export const FORMULA_CAMPAIGN = "=1+1";

export function seedPhaseFixture(db: Db, slug = "shop"): MerchantContext {
  const m = makeMerchant(db, slug);
  const mid = m.id;
  const order = (id: string, day: string, gmv: number, extra: Record<string, unknown> = {}) => ({
    merchant_id: mid, order_id: id, paid_at: Date.parse(`${day}T04:00:00Z`), day, gmv, batch_id: 1, ...extra,
  });
  insert(db, "accounts", [
    { merchant_id: mid, account_id: "me", name: "自播间 Our live room", kind: "self", followers: 1000, batch_id: 1 },
    { merchant_id: mid, account_id: "star", name: "Star", kind: "creator", followers: 2_000_000, batch_id: 1 },
    { merchant_id: mid, account_id: "fan", name: "买家秀", kind: "creator", followers: 0, batch_id: 1 },
  ]);
  insert(db, "views", [
    // W23, F: Exploration 1000, Connection 50+20+10 = 80, Verification 40 (cart adds 10), shares 5
    { merchant_id: mid, content_id: "live-1", day: "2024-06-03", account_id: "me", content_type: "live", impressions: 1000, likes: 50, comments: 20, follows: 10, product_clicks: 40, cart_adds: 10, shares: 5, batch_id: 1 },
    // W23, T: Exploration 3000, Connection 100+10+10 = 120, Verification 60, shares 15
    { merchant_id: mid, content_id: "vid-1", day: "2024-06-03", account_id: "star", content_type: "video", impressions: 3000, likes: 100, comments: 10, follows: 10, product_clicks: 60, shares: 15, batch_id: 1 },
    // W24, A (ugc): Exploration 1000 (all UGC), Connection 20, shares 10
    { merchant_id: mid, content_id: "ugc-1", day: "2024-06-10", account_id: "fan", content_type: "ugc", impressions: 1000, likes: 20, shares: 10, batch_id: 1 },
    // W24, C: Exploration 2000, Connection 40, Verification 30, shares 5
    { merchant_id: mid, content_id: "camp-1", day: "2024-06-10", account_id: "star", content_type: "video", campaign_id: FORMULA_CAMPAIGN, impressions: 2000, likes: 40, product_clicks: 30, shares: 5, batch_id: 1 },
  ]);
  insert(db, "orders", [
    order("o1", "2024-06-03", 10000, { account_id: "me", content_id: "live-1", channel: "live", buyer_id: "b1" }), // F, kept
    order("o2", "2024-06-03", 20000, { content_id: "vid-1", channel: "video", status: "refunded", buyer_id: "b2" }), // T, refunded
    order("o3", "2024-06-10", 5000, { account_id: "star", content_id: "camp-1", campaign_id: FORMULA_CAMPAIGN, refund_amount: 1000, buyer_id: "b1" }), // C, part refund
    order("o4", "2024-06-10", 15000, { channel: "search", buyer_id: "b3" }), // S, kept
    order("o5", "2024-06-10", 99900, { account_id: "me", status: "cancelled", buyer_id: "b9" }), // counts for nothing
  ]);
  insert(db, "reviews", [
    { merchant_id: mid, review_id: "r1", created_at: 0, day: "2024-06-04", rating: 5, order_id: "o1", has_media: 1, batch_id: 1 }, // F, W23
    { merchant_id: mid, review_id: "r2", created_at: 0, day: "2024-06-11", rating: 2, order_id: "o4", has_media: 0, batch_id: 1 }, // S, W24
    { merchant_id: mid, review_id: "r3", created_at: 0, day: "2024-06-11", rating: 4, order_id: "", has_media: 1, batch_id: 1 }, // S, W24
  ]);
  refreshAll(db, m);
  return findMerchant(db, slug)!;
}

/** The whole fixture, 2024-06-03 … 2024-06-16, worked by hand. */
export const TOTAL = {
  exploration: 7000, // 1000 + 3000 + 1000 + 2000
  connection: 260, // 80 + 120 + 20 + 40
  verification: 130, // 40 + 60 + 30
  purchase: 4, // o1–o4
  gmv: 50000,
  confirmation: 2, // o1, o4
  sharing: 37, // shares 5 + 15 + 10 + 5, media reviews r1 + r3
};
