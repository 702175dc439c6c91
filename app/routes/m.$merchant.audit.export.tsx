// The audit log as CSV, with the page's filters (owners).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditCsv } from "~/domain/audit-csv";
import { auditFilterSchema, auditRows } from "~/services/audit-page.server";
import { requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "audit");
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = auditRows(db, merchant, filter, 100_000);
  audit("export", { path: "audit", rows: rows.length });
  return new Response(auditCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${merchant.slug}-audit-log.csv"`,
    },
  });
}
