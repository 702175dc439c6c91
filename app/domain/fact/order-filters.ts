// The filters of the order drill-down, in the URL: every pillar figure links to the orders behind it.
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
  /** a channel: live, video, mall, search, other */
  channel: z.enum(["live", "video", "mall", "search", "other"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).catch(1),
});

export type OrderFilters = z.infer<typeof orderFiltersSchema>;

/** "-" in a filter means "none" (the empty value). */
export const NONE_FILTER = "-";

/** The query string of a drill-down link; empty filters are left out. */
export function orderFiltersQuery(f: Partial<Omit<OrderFilters, "pillar">> & { pillar?: Pillar | "ALL" }): string {
  const p = new URLSearchParams();
  for (const k of ["from", "to", "pillar", "campaign", "account", "content", "channel"] as const) {
    const v = f[k];
    if (v !== undefined && v !== "" && v !== "ALL") p.set(k, String(v));
  }
  if (f.page && f.page > 1) p.set("page", String(f.page));
  const s = p.toString();
  return s ? `?${s}` : "";
}
