// Every FACT table as CSV or XLSX: ?table=…&format=csv|xlsx plus the page's own filters.
import { matchLocale } from "~/domain/locale-format";
import { localizedTable, xlsxWords } from "~/services/report-language.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { reportCsv } from "~/domain/report/serialize";
import { EXPORT_TABLES, factExportTable } from "~/services/fact/export.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { reportXlsx } from "~/services/report-xlsx.server";
import { requireMerchant } from "~/services/route-context.server";

const exportSchema = z.object({
  table: z.enum(EXPORT_TABLES),
  format: z.enum(["csv", "xlsx"]).default("csv"),
  by: z.enum(["day", "week"]).default("day").catch("day"),
  scope: z.enum(["all", "alliance"]).default("all").catch("all"),
});

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const url = new URL(request.url);
  const parsed = exportSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    throw new Response(`Choose a table (${EXPORT_TABLES.join(", ")}) and a format (csv or xlsx).`, { status: 400 });
  }
  const { table, format, by, scope } = parsed.data;
  const range = rangeFromUrl(db, merchant, url);
  // ?lang=zh-CN|ja|en: headers, sheet names and definitions in that language; without it the contract's keys
  const locale = matchLocale(url.searchParams.get("lang"));
  const raw = factExportTable(db, merchant, table, range, { by, scope });
  const report = locale ? localizedTable(raw, locale) : raw;
  const name = `${merchant.slug}-fact-${table}-${range.from}-to-${range.to}.${format}`;
  if (format === "csv") {
    return new Response(reportCsv(report, { header: locale ? "label" : "key" }), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
    });
  }
  return new Response(new Uint8Array(await reportXlsx(report, locale ? xlsxWords(locale) : undefined)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}
