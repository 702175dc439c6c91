// Every FACT table as CSV or XLSX: ?table=…&format=csv|xlsx plus the page's own filters. Its size
// is checked here before anything is built (over the limit: what would fit instead); the file is
// built in the export pool's worker threads and streamed back.
import { matchLocale } from "~/domain/locale-format";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { EXPORT_TABLES } from "~/services/fact/export.server";
import { attachment, buildOffThread } from "~/services/exports/respond.server";
import { factExportTooLarge, reportTooLargeMessage } from "~/services/exports/fact-size.server";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant } from "~/services/route-context.server";
import { reportText } from "~/components/report-text";
import { phaseQueryEnglish } from "~/domain/phases/report-query";
import { localeOf } from "~/i18n/i18next.server";
import { tOf } from "~/i18n/t";

const exportSchema = z.object({
  table: z.enum(EXPORT_TABLES),
  format: z.enum(["csv", "xlsx"]).default("csv"),
  by: z.enum(["day", "week"]).default("day").catch("day"),
  scope: z.enum(["all", "alliance"]).default("all").catch("all"),
});

/** A refusal in the language the download asks for, else the reader's. */
async function refuse(request: Request, url: URL, english: string): Promise<Response> {
  const t = tOf(matchLocale(url.searchParams.get("lang")) ?? (await localeOf(request)));
  return new Response(reportText(t, english), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const url = new URL(request.url);
  const parsed = exportSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return refuse(request, url, phaseQueryEnglish("factTable", { tables: EXPORT_TABLES.join(", ") }));
  const { table, format, by, scope } = parsed.data;
  const range = rangeFromUrl(db, merchant, url, { sized: false });
  const tooLarge = factExportTooLarge(db, merchant, table, range, { by, scope });
  if (tooLarge) return refuse(request, url, reportTooLargeMessage(tooLarge, range.from));
  // ?lang=zh-CN|ja|en: headers, sheet names and definitions in that language; without it the contract's keys
  const locale = matchLocale(url.searchParams.get("lang"));
  const file = await buildOffThread(request, db, { kind: "fact", merchant, table, range: { from: range.from, to: range.to, preset: range.preset, previous: range.previous }, options: { by, scope }, format, locale });
  return attachment(file);
}
