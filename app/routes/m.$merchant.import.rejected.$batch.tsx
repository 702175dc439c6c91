// The rows an import refused, as a CSV with a reason column (formula-like cells made inert).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { createReadStream, existsSync } from "node:fs";
import { batchSummary } from "~/services/import/batches.server";
import { rejectedFilePath } from "~/services/import/import.server";
import { requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const id = Number(params.batch);
  const batch = Number.isInteger(id) ? batchSummary(db, merchant, id) : undefined;
  // the path is computed, never taken from the stored report
  const path = batch ? rejectedFilePath(db, batch.id) : null;
  if (!batch || !path || !batch.report?.rejectedFile || !existsSync(path)) {
    throw new Response("This import has no rejected rows to download.", { status: 404 });
  }
  const name = `rejected-${batch.id}-${batch.fileName.replace(/\.[^.]+$/, "")}.csv`;
  return new Response(createReadableStreamFromReadable(createReadStream(path)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rejected-${batch.id}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
