// The phase report builder's use cases: read a report from a URL (with the page's default
// dates), build it, and export it as CSV, XLSX or JSON with a filename that says what it is.
import type { Locale } from "../../domain/locale-format";
import { localizedTable, xlsxWords } from "../report-language.server";
import type { Db } from "../../../db/client";
import { partialMessage, partialPeriods } from "../../domain/phases/periods";
import type { Message } from "../../domain/message";
import { pd } from "../../domain/report/phase-definitions";
import { parsePhaseReportQuery, type PhaseReportQuery } from "../../domain/phases/report-query";
import { reportCsv, reportJson } from "../../domain/report/serialize";
import { reportTooLarge, reportTooLargeMessage } from "../../domain/report/size";
import { splitValueCount } from "../../queries/reports/split-value-count.server";
import type { ReportTable } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { rangeFromUrl } from "../page-range.server";
import { reportXlsx } from "../report-xlsx.server";
import { phasesReport } from "../reports.server";

export type ReportRequest =
  | { ok: true; query: PhaseReportQuery & { from: string; to: string } }
  | { ok: false; errors: string[] };

/**
 * The report a URL asks for. Without both dates, the page's range (28 days, or `range=7d` …,
 * ending at the merchant's latest data), so every link and export carries explicit dates.
 */
export function phaseReportRequest(db: Db, merchant: MerchantContext, url: URL): ReportRequest {
  const parsed = parsePhaseReportQuery(url.searchParams);
  if (!parsed.ok) return parsed;
  const q = parsed.query;
  const range = q.from && q.to ? { from: q.from, to: q.to } : rangeFromUrl(db, merchant, url);
  // its size is known before it is built: over the limit, say what would fit instead
  const tooLarge = reportTooLarge(range.from, range.to, q.by, splitValueCount(db, merchant.id, range.from, range.to, q.split));
  if (tooLarge) return { ok: false, errors: [reportTooLargeMessage(tooLarge, range.from)] };
  return { ok: true, query: { ...q, from: range.from, to: range.to } };
}

export function buildPhaseReport(db: Db, merchant: MerchantContext, q: PhaseReportQuery): ReportTable {
  return phasesReport(db, merchant, { from: q.from, to: q.to, by: q.by, split: q.split, measures: q.measures });
}

/** What a reader of the table should know before comparing its rows: periods the range cuts short. */
export function reportCaveats(t: ReportTable): Message[] {
  const partial = partialPeriods(t.from, t.to, t.by);
  if (partial.length === 0) return [];
  return [pd(t.by === "week" ? "partialWeeks" : "partialMonths", { list: { list: partial.map(partialMessage), sep: "; " } })];
}

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** `demo-phases-2026-10-04_2026-10-31-week-by-pillar.csv` */
export function exportFilename(t: ReportTable, format: ExportFormat): string {
  const split = t.split === "none" ? "" : `-by-${t.split}`;
  return `${t.merchant}-phases-${t.from}_${t.to}-${t.by}${split}.${format}`;
}

/** A download; with `locale`, CSV and XLSX speak that language (JSON always keeps the canonical names). */
export async function exportPhaseReport(
  t: ReportTable,
  format: ExportFormat,
  locale?: Locale | null,
): Promise<{ body: string | Buffer; contentType: string; filename: string }> {
  const shown = locale ? localizedTable(t, locale) : t;
  const body =
    format === "csv"
      ? reportCsv(shown, { header: locale ? "label" : "key" })
      : format === "json"
        ? `${JSON.stringify(reportJson(t), null, 2)}\n`
        : await reportXlsx(shown, locale ? xlsxWords(locale) : undefined);
  return { body, contentType: CONTENT_TYPES[format], filename: exportFilename(t, format) };
}
