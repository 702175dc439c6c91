// The demo merchant's story, as rows in the contract's formats: a beauty brand on Douyin with a
// daily self-broadcast, about forty creators across tiers, five campaigns from Double 11 2025 to
// Double 11 2026, shelf sales that grow as buyers share, refunds and reviews.
import { addDays, daysBetween, eachDay, weekday } from "../app/domain/time";
import { createRng, type Rng } from "./random";

/** The demo's fixed "today": data runs through this day. */
export const DEMO_TODAY = "2026-10-31";
export const DEMO_FIRST_DAY = "2025-10-01";

export type CsvRow = Record<string, string | number>;

export interface DemoData {
  accounts: CsvRow[];
  campaigns: CsvRow[];
  views: CsvRow[];
  orders: CsvRow[];
  reviews: CsvRow[];
}

const SKUS = [
  { id: "SKU-SERUM-30", name: "光感精华 Radiance Serum 30ml", price: 329 },
  { id: "SKU-SERUM-50", name: "光感精华 Radiance Serum 50ml", price: 469 },
  { id: "SKU-CREAM", name: "修护面霜 Repair Cream", price: 259 },
  { id: "SKU-TONER", name: "保湿爽肤水 Hydrating Toner", price: 139 },
  { id: "SKU-MASK-5", name: "补水面膜 Sheet Mask ×5", price: 79 },
  { id: "SKU-SUN", name: "轻透防晒 Light Sunscreen SPF50", price: 159 },
  { id: "SKU-LIP", name: "丝绒口红 Velvet Lipstick", price: 189 },
  { id: "SKU-CUSHION", name: "气垫粉底 Cushion Foundation", price: 219 },
  { id: "SKU-CLEANSER", name: "氨基酸洁面 Amino Cleanser", price: 89 },
  { id: "SKU-GIFTSET", name: "礼盒套装 Gift Set", price: 599 },
] as const;

interface Creator {
  id: string;
  name: string;
  followers: number;
  commission: number;
  /** videos a month */
  cadence: number;
  /** how well their audience buys, relative */
  pull: number;
}

const CAMPAIGNS = [
  { id: "D11-2025", name: "双11 Double 11 2025", from: "2025-10-20", to: "2025-11-11", kind: "platform", budget: 300000, lift: 2.6 },
  { id: "NYF-2026", name: "年货节 New Year Festival", from: "2026-01-05", to: "2026-01-20", kind: "platform", budget: 120000, lift: 1.7 },
  { id: "WD-2026", name: "38女神节 Women's Day", from: "2026-03-01", to: "2026-03-08", kind: "brand", budget: 80000, lift: 1.9 },
  { id: "618-2026", name: "618 Mid-year Festival", from: "2026-05-20", to: "2026-06-18", kind: "platform", budget: 400000, lift: 2.4 },
  { id: "BD-2026", name: "品牌日 Brand Day", from: "2026-08-08", to: "2026-08-09", kind: "flash", budget: 50000, lift: 3.0 },
  { id: "D11-2026", name: "双11 Double 11 2026", from: "2026-10-20", to: "2026-11-11", kind: "platform", budget: 450000, lift: 2.8 },
] as const;

const SURNAMES = ["小", "阿", "大", "老", "甜", "酷", "美", "乐", "花", "星"];
const GIVEN = ["美美", "丽丽", "晴天", "可可", "糖糖", "安安", "橙子", "桃子", "米粒", "雪儿", "木木", "乐乐", "悠悠", "果果"];

function creators(rng: Rng): Creator[] {
  const tiers: [number, number, number, number][] = [
    // count, min followers, max followers, commission
    [2, 5_200_000, 9_800_000, 0.25],
    [4, 1_050_000, 4_200_000, 0.22],
    [12, 120_000, 950_000, 0.18],
    [22, 8_000, 95_000, 0.15],
  ];
  const out: Creator[] = [];
  let n = 1;
  for (const [count, lo, hi, commission] of tiers) {
    for (let i = 0; i < count; i++) {
      const followers = Math.round(lo * Math.pow(hi / lo, rng.next()) / 1000) * 1000;
      out.push({
        id: `kol-${String(n).padStart(3, "0")}`,
        name: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)} Creator ${n}`,
        followers,
        commission: Math.round((commission + rng.normal(0, 0.02)) * 100) / 100,
        cadence: followers > 1_000_000 ? 2 : followers > 100_000 ? 4 : 3,
        pull: Math.max(0.3, rng.normal(1, 0.3)),
      });
      n++;
    }
  }
  return out;
}

function campaignOn(day: string) {
  return CAMPAIGNS.find((c) => day >= c.from && day <= c.to);
}

/**
 * A campaign's day-by-day shape, as platform festivals run: the pre-sale opening draws a crowd,
 * the middle days lull while buyers wait, the last days warm up and the festival day itself
 * (11.11, 6.18, 3.8) is the peak.
 */
function campaignShape(day: string, c: { from: string; to: string }): number {
  const toEnd = daysBetween(day, c.to);
  if (toEnd === 0) return 1.9;
  if (daysBetween(c.from, day) === 0) return 1.4;
  if (toEnd <= 2) return 1.15;
  return 0.85;
}

/** Seasonality: weekends sell more, summer dips, the run-up to festivals builds. */
function seasonal(day: string): number {
  const w = weekday(day);
  const weekly = w === 6 || w === 7 ? 1.25 : w === 5 ? 1.1 : 0.92;
  const month = Number(day.slice(5, 7));
  const yearly = [1, 1.1, 0.95, 1.0, 1.0, 1.05, 0.95, 0.85, 0.9, 1.0, 1.05, 1.15, 1.2][month];
  return weekly * yearly;
}

function pad2(n: number) {
  return String(n).padStart(2, "0");
}

export function generateDemo(seed = 20261031): DemoData {
  const rng = createRng(seed);
  const kols = creators(rng);
  const accounts: CsvRow[] = [
    { account_id: "self-flagship", name: "光感美妆官方旗舰店 Lumière Flagship", kind: "self", followers: 860_000, category: "beauty", commission_rate: "" },
    { account_id: "self-lab", name: "光感研究所 Lumière Lab", kind: "self", followers: 210_000, category: "beauty", commission_rate: "" },
    ...kols.map((k) => ({ account_id: k.id, name: k.name, kind: "creator", followers: k.followers, category: "beauty", commission_rate: k.commission })),
    // Buyer posts ("买家秀") are grouped under one account so the loop's UGC can be followed.
    { account_id: "ugc-buyers", name: "买家秀 Buyer posts", kind: "creator", followers: 0, category: "ugc", commission_rate: 0 },
  ];
  const campaigns: CsvRow[] = CAMPAIGNS.map((c) => ({
    campaign_id: c.id,
    name: c.name,
    starts_at: c.from,
    ends_at: c.to,
    kind: c.kind,
    budget: c.budget.toFixed(2),
  }));

  const views: CsvRow[] = [];
  const orders: CsvRow[] = [];
  const reviews: CsvRow[] = [];
  let orderSeq = 0;
  let reviewSeq = 0;
  const buyers: string[] = [];
  // Sharing feeds exploration: last week's shares and media reviews raise this week's UGC reach.
  let recentSharing = 0;
  const mediaReviewsByDay = new Map<string, number>();
  const sharesByDay = new Map<string, number>();

  const newBuyer = () => {
    if (buyers.length > 50 && rng.chance(0.28)) return rng.pick(buyers);
    const id = `b${String(buyers.length + 1).padStart(6, "0")}`;
    buyers.push(id);
    return id;
  };

  const addOrders = (
    day: string,
    count: number,
    o: { channel: string; contentId?: string; accountId?: string; campaignId?: string; hours: [number, number]; pricey?: number; omitAccount?: boolean },
  ) => {
    for (let i = 0; i < count; i++) {
      orderSeq++;
      const sku = rng.chance(o.pricey ?? 0.2) ? rng.pick(SKUS.slice(0, 3)) : rng.pick(SKUS);
      const quantity = rng.weighted([[1, 80], [2, 15], [3, 5]] as const);
      const discount = o.campaignId ? 0.85 : 1;
      const gmv = Math.round(sku.price * quantity * discount * 100) / 100;
      const status = rng.weighted([["paid", 91], ["refunded", 6], ["cancelled", 3]] as const);
      let refund = "";
      if (status === "refunded" && rng.chance(0.4)) refund = (Math.round(gmv * rng.next() * 60) / 100).toFixed(2);
      if (status === "paid" && rng.chance(0.015)) refund = (Math.round(gmv * 30) / 100).toFixed(2);
      const hour = rng.int(o.hours[0], o.hours[1]);
      const paidAt = `${day} ${pad2(hour % 24)}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
      const buyer = newBuyer();
      const orderId = `DY${day.replaceAll("-", "")}${String(orderSeq).padStart(7, "0")}`;
      orders.push({
        order_id: orderId,
        paid_at: paidAt,
        gmv: gmv.toFixed(2),
        quantity,
        sku_id: sku.id,
        product_name: sku.name,
        channel: o.channel,
        content_id: o.contentId ?? "",
        // Some creator orders carry only the content: attribution finds the account through views.
        account_id: o.omitAccount ? "" : o.accountId ?? "",
        campaign_id: o.campaignId ?? "",
        refund_amount: refund,
        buyer_id: buyer,
        status,
      });
      if (status === "paid" && !refund && rng.chance(0.34)) {
        const later = addDays(day, rng.int(2, 9));
        if (later <= DEMO_TODAY) {
          reviewSeq++;
          const rating = rng.weighted([[5, 62], [4, 21], [3, 8], [2, 4], [1, 5]] as const);
          const media = rng.chance(rating >= 4 ? 0.34 : 0.15);
          if (media) mediaReviewsByDay.set(later, (mediaReviewsByDay.get(later) ?? 0) + 1);
          reviews.push({
            review_id: `R${String(reviewSeq).padStart(7, "0")}`,
            created_at: `${later} ${pad2(rng.int(8, 23))}:${pad2(rng.int(0, 59))}:00`,
            rating,
            order_id: orderId,
            sku_id: sku.id,
            has_media: media ? "yes" : "no",
            text: rating >= 4 ? rng.pick(["很好用，回购了", "质地清爽，推荐", "包装精美，送人合适", "效果不错"]) : rng.pick(["一般般", "物流有点慢", "味道不太喜欢"]),
            buyer_id: buyer,
          });
        }
      }
    }
  };

  const liveRow = (day: string, contentId: string, accountId: string, scale: number, hours: number, campaignId = "") => {
    const impressions = Math.round(rng.normal(95_000, 9_000) * scale);
    const viewsN = Math.round(impressions * rng.normal(0.3, 0.02));
    const row = {
      date: day,
      content_id: contentId,
      account_id: accountId,
      content_type: "live",
      campaign_id: campaignId,
      impressions,
      views: viewsN,
      watch_seconds: Math.round(viewsN * rng.normal(95, 10)),
      likes: Math.round(viewsN * rng.normal(0.11, 0.01)),
      comments: Math.round(viewsN * rng.normal(0.025, 0.004)),
      shares: Math.round(viewsN * rng.normal(0.006, 0.001)),
      follows: Math.round(viewsN * rng.normal(0.012, 0.002)),
      product_clicks: Math.round(viewsN * rng.normal(0.09, 0.01)),
      cart_adds: Math.round(viewsN * rng.normal(0.03, 0.004)),
      live_seconds: Math.round(hours * 3600),
    };
    views.push(row);
    sharesByDay.set(day, (sharesByDay.get(day) ?? 0) + row.shares);
    return row;
  };

  // Creator videos stay active for about ten days after posting, reach decaying.
  const activeVideos: { contentId: string; creator: Creator; posted: string; campaignId: string; reach: number }[] = [];

  for (const day of eachDay(DEMO_FIRST_DAY, DEMO_TODAY)) {
    const s = seasonal(day);
    const campaign = campaignOn(day);
    // Growth over the year: the matrix matures.
    const growth = 1 + 0.35 * (eachDayIndex(day) / 396);

    // F: the flagship lives every evening, the lab most days.
    const flag = liveRow(day, `live-flagship-${day}`, "self-flagship", s * growth, rng.normal(5, 0.5));
    addOrders(day, rng.poisson(flag.views * 0.0012), { channel: "live", contentId: `live-flagship-${day}`, accountId: "self-flagship", hours: [19, 23] });
    if (weekday(day) !== 1) {
      const lab = liveRow(day, `live-lab-${day}`, "self-lab", 0.35 * s * growth, rng.normal(3, 0.3));
      addOrders(day, rng.poisson(lab.views * 0.0011), { channel: "live", contentId: `live-lab-${day}`, accountId: "self-lab", hours: [13, 17] });
    }

    // C: campaign days add a dedicated campaign live and campaign videos.
    if (campaign) {
      const cl = liveRow(day, `live-${campaign.id}-${day}`, "self-flagship", 0.9 * campaign.lift * campaignShape(day, campaign) * s, rng.normal(6, 0.5), campaign.id);
      addOrders(day, rng.poisson(cl.views * 0.0015 * campaign.lift), {
        channel: "live", contentId: `live-${campaign.id}-${day}`, accountId: "self-flagship", campaignId: campaign.id, hours: [18, 23], pricey: 0.45,
      });
    }

    // A and T: creators post videos; head creators also go live now and then.
    for (const k of kols) {
      if (rng.chance(k.cadence / 30)) {
        const inCampaign = campaign && rng.chance(0.5) ? campaign.id : "";
        activeVideos.push({ contentId: `vid-${k.id}-${day}`, creator: k, posted: day, campaignId: inCampaign, reach: Math.sqrt(k.followers) * rng.normal(30, 6) });
      }
      if (k.followers >= 1_000_000 && rng.chance(1 / 24)) {
        const scale = (k.followers / 1_000_000) * 0.9;
        const kl = liveRow(day, `live-${k.id}-${day}`, k.id, scale * s, rng.normal(4, 0.6));
        addOrders(day, rng.poisson(kl.views * 0.0011 * k.pull), {
          channel: "live", contentId: `live-${k.id}-${day}`, accountId: k.id, hours: [19, 23], pricey: 0.35,
        });
      }
    }
    for (let i = activeVideos.length - 1; i >= 0; i--) {
      const v = activeVideos[i];
      const age = eachDayIndex(day) - eachDayIndex(v.posted);
      if (age > 10) {
        activeVideos.splice(i, 1);
        continue;
      }
      const impressions = Math.max(0, Math.round(v.reach * Math.exp(-age / 3) * s * rng.normal(1, 0.12)));
      if (impressions < 50) continue;
      const viewsN = Math.round(impressions * rng.normal(0.45, 0.04));
      const shares = Math.round(viewsN * rng.normal(0.009, 0.002));
      sharesByDay.set(day, (sharesByDay.get(day) ?? 0) + shares);
      views.push({
        date: day,
        content_id: v.contentId,
        account_id: v.creator.id,
        content_type: "video",
        campaign_id: v.campaignId,
        impressions,
        views: viewsN,
        watch_seconds: Math.round(viewsN * rng.normal(18, 3)),
        likes: Math.round(viewsN * rng.normal(0.06, 0.01)),
        comments: Math.round(viewsN * rng.normal(0.006, 0.001)),
        shares,
        follows: Math.round(viewsN * rng.normal(0.004, 0.001)),
        product_clicks: Math.round(viewsN * rng.normal(0.035, 0.006)),
        cart_adds: Math.round(viewsN * rng.normal(0.012, 0.002)),
        live_seconds: 0,
      });
      addOrders(day, rng.poisson(viewsN * 0.0006 * v.creator.pull), {
        channel: "video", contentId: v.contentId, accountId: v.creator.id, campaignId: v.campaignId, hours: [9, 23], omitAccount: rng.chance(0.3),
      });
    }

    // The loop: buyers' posts reach new people in proportion to recent sharing.
    // Each share reaches further as the brand's buyer base grows: the loop gathers pace.
    const ugcImpressions = Math.round(recentSharing * rng.normal(12 + 55 * (eachDayIndex(day) / 396), 4));
    if (ugcImpressions > 0) {
      const ugcViews = Math.round(ugcImpressions * 0.4);
      const shares = Math.round(ugcViews * 0.02);
      sharesByDay.set(day, (sharesByDay.get(day) ?? 0) + shares);
      views.push({
        date: day, content_id: `ugc-${day}`, account_id: "ugc-buyers", content_type: "ugc", campaign_id: "",
        impressions: ugcImpressions, views: ugcViews, watch_seconds: ugcViews * 12, likes: Math.round(ugcViews * 0.08),
        comments: Math.round(ugcViews * 0.01), shares, follows: Math.round(ugcViews * 0.003),
        product_clicks: Math.round(ugcViews * 0.02), cart_adds: Math.round(ugcViews * 0.006), live_seconds: 0,
      });
    }

    // S: shelf (mall and search) sales, lifted by what the loop brought in.
    const shelfMean = 20 * s * growth + ugcImpressions / 3000;
    const shelfCount = rng.poisson(shelfMean);
    for (let i = 0; i < shelfCount; i++) {
      addOrders(day, 1, { channel: rng.chance(0.55) ? "search" : "mall", hours: [7, 23] });
    }

    const sharing = (sharesByDay.get(day) ?? 0) + 4 * (mediaReviewsByDay.get(day) ?? 0);
    recentSharing = recentSharing * 0.85 + sharing * 0.15;
  }

  // A handful of reviews arrive without an order number (they belong to Shelf).
  for (let i = 0; i < 40; i++) {
    reviewSeq++;
    const day = addDays(DEMO_FIRST_DAY, rng.int(20, 390));
    reviews.push({
      review_id: `R${String(reviewSeq).padStart(7, "0")}`,
      created_at: `${day} 12:00:00`,
      rating: rng.weighted([[5, 5], [4, 3], [3, 1], [1, 1]] as const),
      order_id: "",
      sku_id: rng.pick(SKUS).id,
      has_media: rng.chance(0.3) ? "是" : "否",
      text: "门店购买，线上评价",
      buyer_id: "",
    });
  }

  return { accounts, campaigns, views, orders, reviews };
}

const firstDayMs = Date.parse(`${DEMO_FIRST_DAY}T00:00:00Z`);
function eachDayIndex(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - firstDayMs) / 86_400_000);
}
