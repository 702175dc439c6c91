// A creator's history per format, from its posts and its attributed orders: the sums every
// roster figure and estimate is computed from.
import { formatOfContent, type Format } from "./types";

export interface PostSums {
  contentId: string;
  accountId: string;
  contentType: string;
  day: string;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  follows: number;
  productClicks: number;
  cartAdds: number;
}

export interface SalesSums {
  accountId: string;
  contentId: string;
  channel: string;
  gmv: number;
  orders: number;
  gmvSquares: number;
  refunds: number;
}

export interface RatingSums {
  accountId: string;
  contentId: string;
  channel: string;
  ratingSum: number;
  reviews: number;
}

export interface FormatHistory {
  accountId: string;
  format: Format;
  posts: number;
  views: number;
  /** log(1 + views) of each post, and its day */
  logs: number[];
  days: string[];
  /** likes + comments + shares + follows */
  interactions: number;
  /** likes + comments + shares */
  engagements: number;
  /** product clicks + cart adds */
  interest: number;
  gmv: number;
  orders: number;
  gmvSquares: number;
  refunds: number;
  ratingSum: number;
  reviews: number;
}

export const historyKey = (accountId: string, format: Format) => `${accountId}|${format}`;

function empty(accountId: string, format: Format): FormatHistory {
  return { accountId, format, posts: 0, views: 0, logs: [], days: [], interactions: 0, engagements: 0, interest: 0, gmv: 0, orders: 0, gmvSquares: 0, refunds: 0, ratingSum: 0, reviews: 0 };
}

/**
 * The format an order counts in: its content's, else its channel's (live; video or image), else
 * the format the creator had more views in (video when it had none).
 */
export function orderFormat(
  o: { accountId: string; contentId: string; channel: string },
  contentFormat: ReadonlyMap<string, Format>,
  histories: ReadonlyMap<string, FormatHistory>,
): Format {
  const byContent = o.contentId ? contentFormat.get(o.contentId) : undefined;
  if (byContent) return byContent;
  const byChannel = formatOfContent(o.channel);
  if (byChannel) return byChannel;
  const live = histories.get(historyKey(o.accountId, "live"))?.views ?? 0;
  const video = histories.get(historyKey(o.accountId, "video"))?.views ?? 0;
  return live > video ? "live" : "video";
}

export function formatHistories(
  posts: readonly PostSums[],
  sales: readonly SalesSums[],
  ratings: readonly RatingSums[],
  isCreator: (accountId: string) => boolean,
): Map<string, FormatHistory> {
  const out = new Map<string, FormatHistory>();
  const contentFormat = new Map<string, Format>();
  const get = (accountId: string, format: Format) => {
    const k = historyKey(accountId, format);
    let h = out.get(k);
    if (!h) out.set(k, (h = empty(accountId, format)));
    return h;
  };
  for (const p of posts) {
    const format = formatOfContent(p.contentType);
    if (!format) continue;
    contentFormat.set(p.contentId, format);
    if (!isCreator(p.accountId)) continue;
    const h = get(p.accountId, format);
    h.posts++;
    h.views += p.views;
    h.logs.push(Math.log1p(p.views));
    h.days.push(p.day);
    h.interactions += p.likes + p.comments + p.shares + p.follows;
    h.engagements += p.likes + p.comments + p.shares;
    h.interest += p.productClicks + p.cartAdds;
  }
  for (const s of sales) {
    if (!isCreator(s.accountId)) continue;
    const h = get(s.accountId, orderFormat(s, contentFormat, out));
    h.gmv += s.gmv;
    h.orders += s.orders;
    h.gmvSquares += s.gmvSquares;
    h.refunds += s.refunds;
  }
  for (const r of ratings) {
    if (!isCreator(r.accountId)) continue;
    const h = get(r.accountId, orderFormat(r, contentFormat, out));
    h.ratingSum += r.ratingSum;
    h.reviews += r.reviews;
  }
  return out;
}
