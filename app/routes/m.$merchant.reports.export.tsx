// Phase report downloads: ?format=csv|xlsx|json with the report's search params, served as an
// attachment whose filename says merchant, period, grouping and split.
import { matchLocale } from "~/domain/locale-format";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { buildPhaseReport, EXPORT_FORMATS, exportPhaseReport, phaseReportRequest } from "~/services/phases/phase-report.server";
import { requireMerchant } from "~/services/route-context.server";

const formatSchema = z.enum(EXPORT_FORMATS);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const url = new URL(request.url);
  const format = formatSchema.safeParse(url.searchParams.get("format") ?? "csv");
  if (!format.success) return new Response("format must be csv, xlsx or json.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const req = phaseReportRequest(db, merchant, url);
  if (!req.ok) return new Response(req.errors.join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // ?lang=zh-CN|ja|en: headers, sheet names and definitions in that language; without it the contract's keys
  const file = await exportPhaseReport(buildPhaseReport(db, merchant, req.query), format.data, matchLocale(url.searchParams.get("lang")));
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
