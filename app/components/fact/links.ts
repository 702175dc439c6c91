// Links between FACT pages, the drill-down and the exports, keeping the period.
import { orderFiltersQuery } from "~/domain/fact/order-filters";
import type { Pillar } from "~/domain/pillars";

export const PILLAR_PATH: Record<Pillar, string> = { F: "field", A: "alliance", C: "campaign", T: "top-kol", S: "shelf" };

export function ordersHref(
  slug: string,
  f: { from: string; to: string; pillar?: Pillar | "ALL"; campaign?: string; account?: string; content?: string; channel?: string },
): string {
  return `/m/${slug}/orders${orderFiltersQuery(f as Parameters<typeof orderFiltersQuery>[0])}`;
}

export function orderHref(slug: string, orderId: string): string {
  return `/m/${slug}/orders/${encodeURIComponent(orderId)}`;
}

/** CSV and XLSX links; with `lang`, the files speak that language (headers, sheet names). */
export function exportLinks(slug: string, table: string, params: Record<string, string>, lang?: string): { label: string; href: string }[] {
  return (["csv", "xlsx"] as const).map((format) => {
    const q = new URLSearchParams({ table, format, ...params, ...(lang ? { lang } : {}) });
    return { label: format === "csv" ? "CSV" : "XLSX", href: `/m/${slug}/fact/export?${q.toString()}` };
  });
}
