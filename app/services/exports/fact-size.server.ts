// The FACT exports' size, known before one is built, with the phase report's limit and message:
// over MAX_REPORT_ROWS the download is refused with a coarser grouping or a narrower range that
// fits; `factloop report fact … --format csv` writes any size, streamed.
import type { Db } from "../../../db/client";
import { PILLARS } from "../../domain/pillars";
import type { PageRange } from "../../domain/range";
import { MAX_REPORT_ROWS, periodCount, reportTooLarge, reportTooLargeMessage, type TooLarge } from "../../domain/report/size";
import { fieldSessionCount } from "../../queries/fact/field-session-count.server";
import { splitValueCount } from "../../queries/reports/split-value-count.server";
import type { ExportOptions, ExportTable } from "../fact/export.server";
import type { MerchantContext } from "../merchants.server";

/**
 * A FACT table's rows at most: periods × rows a period. reportTooLarge counts a split's values
 * plus its ALL row per period, so a table of `perPeriod` rows a period passes perPeriod − 1.
 */
function tooLarge(from: string, to: string, by: "day" | "week" | "total", perPeriod: number): TooLarge | null {
  if (perPeriod <= 0) return null;
  const t = reportTooLarge(from, to, by, perPeriod === 1 ? null : perPeriod - 1);
  // FACT tables group by day or week only: a coarser month or total is no offer here
  return t && t.coarser !== "week" ? { ...t, coarser: null } : t;
}

/** Null when the table fits a download; else its size and what would fit. */
export function factExportTooLarge(db: Db, merchant: MerchantContext, table: ExportTable, range: PageRange, o: ExportOptions): TooLarge | null {
  const { from, to } = range;
  switch (table) {
    case "summary":
    case "shelf-channels":
    case "tiers":
      return null;
    case "trend":
      return tooLarge(from, to, o.by, PILLARS.length);
    case "shelf-trend":
      return tooLarge(from, to, o.by, 1);
    case "sessions": {
      // sessions are content-days: over the limit, the range narrows to the days that fit on average
      const rows = fieldSessionCount(db, { merchantId: merchant.id, from, to });
      if (rows <= MAX_REPORT_ROWS) return null;
      const days = periodCount(from, to, "day");
      return { ...tooLarge(from, to, "day", Math.max(1, Math.ceil(rows / days)))!, rows, coarser: null };
    }
    case "matrix":
    case "top-kol":
      return tooLarge(from, to, "total", (splitValueCount(db, merchant.id, from, to, "account") ?? 0) + 1);
    case "campaigns":
      return tooLarge(from, to, "total", (splitValueCount(db, merchant.id, from, to, "campaign") ?? 0) + 1);
  }
}

/** A page's range: its daily series of every pillar (the FACT trend by day) past the limit, null when it fits. */
export function pageRangeTooLarge(from: string, to: string): TooLarge | null {
  const t = tooLarge(from, to, "day", PILLARS.length);
  // a page's grouping is its own: only a narrower range is offered
  return t && { ...t, coarser: null };
}

export { reportTooLargeMessage };
