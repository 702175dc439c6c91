// A synthetic merchant of any size, written straight into a database with prepared statements:
// accounts, campaigns, views, orders and reviews over 365 days in the demo's proportions (about
// one views row for every five orders, and 0.29 reviews per order, written a few days after
// their order). Shared by the benchmarks that need a big merchant (bench:pages, bench:load).
// Orders are written in time order (as exports list them), about the same number every day.
// Pillars are left at their defaults: refreshAll derives them (and the rollups) afterwards.
import type { Db } from "../../db/client";
import { createMerchant, type MerchantContext } from "../../app/services/merchants.server";
import { addDays, eachDay, weekday } from "../../app/domain/time";
import { createRng } from "../../seeds/random";

export const LAST_DAY = "2026-10-31";
export const DAYS = 365;
export const FIRST_DAY = addDays(LAST_DAY, -(DAYS - 1));
/** views rows per order, and reviews per order, as the demo has them (seeds/demo-data.ts) */
export const VIEWS_PER_ORDER = 0.2;
export const REVIEWS_PER_ORDER = 0.29;

interface Creator {
  id: string;
  followers: number;
  rate: number;
}

export interface Written {
  merchant: MerchantContext;
  orders: number;
  views: number;
  reviews: number;
  seconds: number;
}

/** The secondary indexes of some tables, dropped while rows are written and made again after. */
function withoutIndexes(db: Db, tables: string[], write: () => void): void {
  const c = db.$client;
  const indexes = c
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => "?").join(", ")})`)
    .all(...tables) as { name: string; sql: string }[];
  for (const i of indexes) c.exec(`DROP INDEX "${i.name}"`);
  write();
  for (const i of indexes) c.exec(i.sql);
}

/** Writes a merchant `slug` with `orders` orders into an open, migrated database. */
export function writeSyntheticMerchant(db: Db, slug: string, orders: number, seed = 20260101): Written {
  const t0 = performance.now();
  const created = createMerchant(db, { slug, name: "Bench shop", timezone: "Asia/Shanghai" });
  if (!created.ok) throw new Error(created.error);
  const m = created.merchant;
  const rng = createRng(seed + orders);
  const c = db.$client;

  // 2 own accounts and 400 creators: 4 head, 12 shoulder, 84 waist, 300 tail.
  const creators: Creator[] = [];
  const tiers: [number, number, number][] = [[4, 5_000_000, 12_000_000], [12, 1_000_000, 4_900_000], [84, 100_000, 990_000], [300, 2_000, 99_000]];
  for (const [n, lo, hi] of tiers) {
    for (let i = 0; i < n; i++) {
      creators.push({ id: `kol-${String(creators.length + 1).padStart(4, "0")}`, followers: Math.round(lo * Math.pow(hi / lo, rng.next())), rate: Math.round(rng.normal(0.18, 0.03) * 100) / 100 });
    }
  }
  const campaigns = [
    { id: "C-NY", from: "2025-12-28", to: "2026-01-10" },
    { id: "C-38", from: "2026-03-01", to: "2026-03-08" },
    { id: "C-618", from: "2026-05-25", to: "2026-06-18" },
    { id: "C-BD", from: "2026-08-08", to: "2026-08-09" },
    { id: "C-D11", from: "2026-10-20", to: "2026-11-11" },
  ];
  const campaignOn = (day: string) => campaigns.find((x) => day >= x.from && day <= x.to)?.id ?? "";

  const days = eachDay(FIRST_DAY, LAST_DAY);
  // Views: two self lives a day, the rest creator videos that stay up five days.
  const viewsTarget = Math.round(orders * VIEWS_PER_ORDER);
  const selfLives = days.length * 2;
  const videos = Math.max(1, Math.round((viewsTarget - selfLives) / 5));
  let viewRows = 0;
  let reviewRows = 0;

  withoutIndexes(db, ["orders", "views", "reviews"], () => {
    c.exec("BEGIN");
    const acc = c.prepare(`INSERT INTO accounts (merchant_id, account_id, name, kind, followers, category, commission_rate, batch_id) VALUES (?, ?, ?, ?, ?, 'beauty', ?, 0)`);
    acc.run(m.id, "self-flagship", "Flagship live", "self", 900_000, null);
    acc.run(m.id, "self-lab", "Lab live", "self", 200_000, null);
    for (const k of creators) acc.run(m.id, k.id, `Creator ${k.id}`, "creator", k.followers, k.rate);
    const camp = c.prepare(`INSERT INTO campaigns (merchant_id, campaign_id, name, starts_on, ends_on, kind, budget, batch_id) VALUES (?, ?, ?, ?, ?, 'platform', ?, 0)`);
    for (const x of campaigns) camp.run(m.id, x.id, `Campaign ${x.id}`, x.from, x.to, 20_000_000);

    const view = c.prepare(
      `INSERT INTO views (merchant_id, content_id, day, account_id, content_type, campaign_id, impressions, views, watch_seconds, likes, comments, shares, follows, product_clicks, cart_adds, live_seconds, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    );
    const liveOf = new Map<string, string[]>(); // day → live content ids
    for (const day of days) {
      const lives: string[] = [];
      for (const acct of ["self-flagship", "self-lab"]) {
        const id = `live-${acct}-${day}`;
        const v = Math.round(rng.normal(30_000, 4_000) * (weekday(day) >= 6 ? 1.3 : 1));
        view.run(m.id, id, day, acct, "live", "", v * 3, v, v * 90, v / 10, v / 40, v / 160, v / 80, v / 11, v / 30, Math.round(rng.normal(4.5, 0.5) * 3600));
        lives.push(id);
        viewRows++;
      }
      liveOf.set(day, lives);
    }
    const activeOn = new Map<string, { id: string; creator: Creator; campaign: string }[]>();
    for (let i = 0; i < videos; i++) {
      const k = creators[Math.min(creators.length - 1, Math.floor(Math.pow(rng.next(), 1.6) * creators.length))];
      const posted = days[rng.int(0, days.length - 1)];
      const id = `vid-${k.id}-${i}`;
      const campaign = campaignOn(posted) && rng.chance(0.5) ? campaignOn(posted) : "";
      for (let d = 0; d < 5; d++) {
        const day = addDays(posted, d);
        if (day > LAST_DAY) break;
        const v = Math.max(10, Math.round(Math.sqrt(k.followers) * rng.normal(8, 2) * Math.exp(-d / 2)));
        view.run(m.id, id, day, k.id, "video", campaign, v * 2, v, v * 18, v / 16, v / 160, v / 110, v / 250, v / 28, v / 80, 0);
        viewRows++;
        let list = activeOn.get(day);
        if (!list) activeOn.set(day, (list = []));
        list.push({ id, creator: k, campaign });
      }
    }

    const order = c.prepare(
      `INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, quantity, sku_id, product_name, channel, content_id, account_id, campaign_id, refund_amount, buyer_id, status, batch_id)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    );
    const review = c.prepare(
      `INSERT INTO reviews (merchant_id, review_id, created_at, day, rating, order_id, sku_id, has_media, text, buyer_id, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, 'SKU-1', ?, '', ?, 0)`,
    );
    const dayMs = 24 * 3600 * 1000;
    for (let i = 0; i < orders; i++) {
      // in time order, as shop exports list them and imports store them: a day's orders sit together
      const day = days[Math.floor((i * days.length) / orders)];
      const paidAt = Date.parse(`${day}T00:00:00+08:00`) + rng.int(8 * 3600, 23 * 3600) * 1000;
      const gmv = rng.int(39, 599) * 100;
      const status = rng.weighted([["paid", 91], ["refunded", 6], ["cancelled", 3]] as const);
      const r = rng.next();
      let channel = "mall";
      let content = "";
      let account = "";
      let campaign = "";
      const videosToday = activeOn.get(day);
      if (r < 0.3) {
        channel = "live";
        content = rng.pick(liveOf.get(day)!);
        account = content.includes("flagship") ? "self-flagship" : "self-lab";
        if (campaignOn(day) && rng.chance(0.3)) campaign = campaignOn(day);
      } else if (r < 0.8 && videosToday?.length) {
        const v = rng.pick(videosToday);
        channel = "video";
        content = v.id;
        account = rng.chance(0.3) ? "" : v.creator.id;
        campaign = v.campaign;
      } else {
        channel = rng.chance(0.55) ? "search" : "mall";
      }
      const orderId = `O${String(i).padStart(8, "0")}`;
      const buyer = `b${rng.int(1, Math.max(1000, orders / 3))}`;
      order.run(m.id, orderId, paidAt, day, gmv, "SKU-1", "Serum", channel, content, account, campaign, null, buyer, status);
      if (status !== "cancelled" && rng.chance(REVIEWS_PER_ORDER / 0.97)) {
        const at = paidAt + rng.int(3, 12) * dayMs;
        const reviewDay = addDays(day, Math.round((at - paidAt) / dayMs));
        if (reviewDay <= LAST_DAY) {
          const rating = rng.weighted([[5, 70], [4, 15], [3, 7], [2, 4], [1, 4]] as const);
          review.run(m.id, `R${String(i).padStart(8, "0")}`, at, reviewDay, rating, orderId, rng.chance(0.2) ? 1 : 0, buyer);
          reviewRows++;
        }
      }
    }
    c.exec("COMMIT");
  });
  return { merchant: m, orders, views: viewRows, reviews: reviewRows, seconds: (performance.now() - t0) / 1000 };
}
