// Files imported together as one group (the command line's and the tests'; the page queues a
// job that does the same, import-job.server.ts): each finds what the files before it named, and
// they undo together.
import { statSync } from "node:fs";
import { basename } from "node:path";
import type { Db } from "../../../db/client";
import { groupBatches, insertBatch } from "../../queries/import/batches.server";
import type { MerchantContext } from "../merchants.server";
import { inImportOrder } from "../../domain/import/kinds";
import type { ImportReport } from "../../domain/import/report";
import { withWriter } from "../jobs/writer-queue.server";
import { importFile, type ImportOptions } from "./import.server";

/**
 * Imports several files as one group, in the order that lets each find what it names (accounts
 * and campaigns first), and returns their reports in that order; one turn of the writer queue.
 */
export async function importGroup(db: Db, merchant: MerchantContext, files: readonly ImportOptions[]): Promise<ImportReport[]> {
  const ordered = inImportOrder(files);
  const label = ordered.map((o) => o.fileName ?? basename(o.path)).join(", ");
  return withWriter(db, { kind: "import", merchant: merchant.slug, label }, async () => {
    const ids = ordered.map((o) =>
      insertBatch(db, { merchantId: merchant.id, kind: o.kind, fileName: o.fileName ?? basename(o.path), bytesTotal: sizeOf(o.path), startedAt: Date.now() }),
    );
    groupBatches(db, ids);
    const reports: ImportReport[] = [];
    for (let i = 0; i < ordered.length; i++) reports.push(await importFile(db, merchant, { ...ordered[i], attemptId: ids[i] }));
    return reports;
  });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
