// Imports started from the page run in the background of the server process, one at a time (a
// file is one write transaction; two would only wait for each other), while the page polls
// their progress.
import { statSync } from "node:fs";
import { basename } from "node:path";
import type { Db } from "../../../db/client";
import { groupBatches, insertBatch } from "../../queries/import/batches.server";
import type { MerchantContext } from "../merchants.server";
import { warmForecastsInBackground } from "../forecast-warm.server";
import { inImportOrder } from "../../domain/import/kinds";
import type { ImportReport } from "../../domain/import/report";
import { importFile, type ImportOptions } from "./import.server";
import { trackProgress } from "./progress.server";

const queue = globalThis as unknown as { __factloopImportQueue?: Promise<unknown> };

/**
 * Records the attempt and queues the import; returns its id at once. `done` runs when the import
 * has finished (to remove the upload).
 */
export function startImport(db: Db, merchant: MerchantContext, o: ImportOptions, done?: () => void): number {
  const fileName = o.fileName ?? basename(o.path);
  const startedAt = Date.now();
  let bytesTotal = 0;
  try {
    bytesTotal = statSync(o.path).size;
  } catch {
    bytesTotal = 0;
  }
  const attemptId = insertBatch(db, { merchantId: merchant.id, kind: o.kind, fileName, bytesTotal, startedAt });
  // tracked from now on, so that a queued batch is not taken for an interrupted one
  trackProgress({ attemptId, merchantId: merchant.id, kind: o.kind, fileName, rowsDone: 0, bytesDone: 0, bytesTotal, startedAt, phase: "queued" });
  const run = async () => {
    try {
      const report = await importFile(db, merchant, { ...o, fileName, attemptId });
      // History changed: recompute the cached forecasts now, in another process.
      if (!o.dryRun && report.status === "done") warmForecastsInBackground(db.$client.name, merchant.slug);
    } catch (e) {
      // importFile has marked the batch failed; the server log keeps the cause
      console.error(`import ${attemptId} failed`, e);
    } finally {
      done?.();
    }
  };
  queue.__factloopImportQueue = (queue.__factloopImportQueue ?? Promise.resolve()).then(run);
  return attemptId;
}

/** Batches started together (files dropped at once) become one group, undone together. */
export function groupImports(db: Db, attemptIds: readonly number[]): void {
  groupBatches(db, attemptIds);
}

/**
 * Imports several files as one group, in the order that lets each find what it names (accounts
 * and campaigns first), and returns their reports in that order.
 */
export async function importGroup(db: Db, merchant: MerchantContext, files: readonly ImportOptions[]): Promise<ImportReport[]> {
  const ordered = inImportOrder(files);
  const ids = ordered.map((o) =>
    insertBatch(db, { merchantId: merchant.id, kind: o.kind, fileName: o.fileName ?? basename(o.path), bytesTotal: sizeOf(o.path), startedAt: Date.now() }),
  );
  groupBatches(db, ids);
  const reports: ImportReport[] = [];
  for (let i = 0; i < ordered.length; i++) reports.push(await importFile(db, merchant, { ...ordered[i], attemptId: ids[i] }));
  return reports;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
