// Progress of the merchant's imports, polled by the import page: ?ids=12,13
import type { LoaderFunctionArgs } from "@remix-run/node";
import { batchSummary } from "~/services/import/batches.server";
import { requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const ids = (new URL(request.url).searchParams.get("ids") ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .slice(0, 50);
  const batches = ids.flatMap((id) => {
    const b = batchSummary(db, merchant, id);
    if (!b) return [];
    const p = b.progress;
    return [
      {
        id: b.id,
        status: b.status,
        progress: p
          ? { fileName: p.fileName, kind: p.kind, phase: p.phase, rowsDone: p.rowsDone, percent: p.percent, rowsPerSecond: p.rowsPerSecond }
          : null,
      },
    ];
  });
  return { batches };
}
