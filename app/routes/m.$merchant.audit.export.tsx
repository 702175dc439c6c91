// The audit log as CSV, with the page's filters (owners). Built in the export pool's worker
// threads; the "export" entry is written here, on the request side, with the rows it held.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditFilterSchema } from "~/services/audit-page.server";
import { attachment, buildOffThread } from "~/services/exports/respond.server";
import { requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "audit");
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const file = await buildOffThread(request, db, { kind: "audit", merchant, filter, limit: 100_000 });
  audit("export", { path: "audit", rows: file.rows });
  return attachment(file);
}
