// Phase report downloads: ?format=csv|xlsx|json with the report's search params, served as an
// attachment whose filename says merchant, period, grouping and split. Checked here (the gate,
// the report's size), built in the export pool's worker threads, streamed back.
import { matchLocale } from "~/domain/locale-format";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { EXPORT_FORMATS, phaseReportRequest } from "~/services/phases/phase-report.server";
import { attachment, buildOffThread } from "~/services/exports/respond.server";
import { requireMerchant } from "~/services/route-context.server";
import { reportText } from "~/components/report-text";
import { phaseQueryEnglish } from "~/domain/phases/report-query";
import { localeOf } from "~/i18n/i18next.server";
import { tOf } from "~/i18n/t";

const formatSchema = z.enum(EXPORT_FORMATS);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const url = new URL(request.url);
  const format = formatSchema.safeParse(url.searchParams.get("format") ?? "csv");
  // a refusal in the language the download asks for, else the reader's
  const say = async (texts: string[]) => {
    const t = tOf(matchLocale(url.searchParams.get("lang")) ?? (await localeOf(request)));
    return new Response(texts.map((e) => reportText(t, e)).join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  };
  if (!format.success) return say([phaseQueryEnglish("format")]);
  const req = phaseReportRequest(db, merchant, url);
  if (!req.ok) return say(req.errors);
  // ?lang=zh-CN|ja|en: headers, sheet names and definitions in that language; without it the contract's keys
  const file = await buildOffThread(request, db, { kind: "phases", merchant, query: req.query, format: format.data, locale: matchLocale(url.searchParams.get("lang")) });
  return attachment(file);
}
