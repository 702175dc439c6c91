// The filters of the order drill-down, in the URL: every pillar figure links to the orders behind it.
import { CHANNELS } from "../import/kinds";
import { z } from "zod";
import { PILLARS, type Pillar } from "../pillars";
import { isDay } from "../time";

export const ORDERS_PAGE_SIZE = 50;

const day = z.string().refine(isDay).optional().catch(undefined);
const text = z.string().trim().max(200).optional().catch(undefined);

export const orderFiltersSchema = z.object({
  from: day,
  to: day,
  pillar: z.enum(PILLARS).optional().catch(undefined),
  /** a campaign id; "-" for orders without a campaign */
  campaign: text,
  /** an attributed account id; "-" for orders without an account */
  account: text,
  /** a content id; "-" for orders without content */
  content: text,
  /** a channel of the contract's (CHANNELS) */
  channel: z.enum(CHANNELS).optional().catch(undefined),
  /** the number of the page shown (for "51–100 of …"); the rows come from the cursor */
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).catch(1),
  /** keyset cursor: the page of orders older than this row (orderCursorText) */
  after: z.string().max(300).optional().catch(undefined),
  /** keyset cursor: the page of orders newer than this row */
  before: z.string().max(300).optional().catch(undefined),
});

export type OrderFilters = z.infer<typeof orderFiltersSchema>;

/** "-" in a filter means "none" (the empty value). */
export const NONE_FILTER = "-";

/** A row's place in the newest-first order, as a page cursor: day, paid_at and order id. */
export interface OrderCursorRow {
  day: string;
  paidAt: number;
  orderId: string;
}

export function orderCursorText(r: OrderCursorRow): string {
  return `${r.day}.${r.paidAt}.${r.orderId}`;
}

/** The row a cursor names, or undefined for anything else. */
export function parseOrderCursor(text: string | undefined): OrderCursorRow | undefined {
  const m = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})\.(-?\d{1,16})\.(.+)$/s.exec(text);
  if (!m || !isDay(m[1])) return undefined;
  return { day: m[1], paidAt: Number(m[2]), orderId: m[3] };
}

/** The query string of a drill-down link; empty filters are left out. */
export function orderFiltersQuery(f: Partial<Omit<OrderFilters, "pillar">> & { pillar?: Pillar | "ALL" }): string {
  const p = new URLSearchParams();
  for (const k of ["from", "to", "pillar", "campaign", "account", "content", "channel", "after", "before"] as const) {
    const v = f[k];
    if (v !== undefined && v !== "" && v !== "ALL") p.set(k, String(v));
  }
  if (f.page && f.page > 1) p.set("page", String(f.page));
  const s = p.toString();
  return s ? `?${s}` : "";
}
