// A saved plan as CSV or XLSX for the client, in the reader's language or canonical, built in the
// export pool's worker threads.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { matchLocale } from "~/domain/locale-format";
import { attachment, buildOffThread } from "~/services/exports/respond.server";
import { notFound, requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const id = params.plan && /^\d{1,12}$/.test(params.plan) ? Number(params.plan) : null;
  if (id === null) throw notFound("This plan");
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  // ?lang=zh-CN|ja|en: headers, sheet names, definitions and the lines' words in that language;
  // without it the canonical file (English, the CSV's snake_case keys)
  const locale = matchLocale(url.searchParams.get("lang"));
  const file = await buildOffThread(request, db, { kind: "plan", merchant, planId: id, format, locale });
  if (!file.found) throw notFound("This plan");
  return attachment(file);
}
