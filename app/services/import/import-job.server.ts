// Imports started from the page run as a job: queued in the writer queue at once (the page shows
// it waiting), then run by a process of their own (`factloop job run ID`), so that reading,
// checking and writing a large or hostile file never holds up a page, and a file that exhausts
// memory takes down that process, not the server. The job records its files' batches, groups
// them, writes the audit entry, imports, removes the uploads and warms the forecasts.
import type { Db } from "../../../db/client";
import { inImportOrder, type ImportKind } from "../../domain/import/kinds";
import type { ImportReport } from "../../domain/import/report";
import { groupBatches, insertBatch } from "../../queries/import/batches.server";
import { audit, type AuditWho } from "../audit.server";
import { warmForecastsInBackground } from "../forecast-warm.server";
import { canRunJobProcess, startJobProcess } from "../jobs/job-process.server";
import { logJob } from "../jobs/log.server";
import { adoptJob, enqueueJob, listJobs, setJobProgress, withWriter, type JobInfo } from "../jobs/writer-queue.server";
import { findMerchant, type MerchantContext } from "../merchants.server";
import { importFile, type ImportOptions } from "./import.server";
import { saveMapping } from "./mappings.server";
import { removeUpload } from "./uploads.server";

export interface ImportJobFile {
  kind: ImportKind;
  path: string;
  fileName: string;
  uploadToken: string | null;
  mapping?: Record<string, string>;
  encoding?: "utf-8" | "gb18030";
  separator?: "," | ";" | "\t";
  /** keep the mapping as the merchant's for this kind (checked before the job was queued) */
  saveMapping?: boolean;
}

export interface ImportJobPayload {
  merchant: string;
  merchantId: number;
  files: ImportJobFile[];
  skipBadRows: boolean;
  dryRun: boolean;
  who: AuditWho | null;
}

/**
 * Queues the import of files dropped together and starts the process that runs it; returns
 * the job's id at once. An in-memory database (tests) runs the job in this process.
 */
export function startImportJob(db: Db, merchant: MerchantContext, payload: Omit<ImportJobPayload, "merchant" | "merchantId">): number {
  const full: ImportJobPayload = { ...payload, merchant: merchant.slug, merchantId: merchant.id };
  const label = payload.files.map((f) => f.fileName).join(", ");
  const jobId = enqueueJob(db, { kind: "import", merchant: merchant.slug, label }, full, { phase: "queued", fileName: label });
  if (!canRunJobProcess(db)) {
    void runImportJob(db, jobId).catch((e) => logJob({ kind: "job-error", job: jobId, error: (e as Error).message }));
    return jobId;
  }
  // the page follows the job through the queue, not through the process
  void startJobProcess(db, jobId);
  return jobId;
}

/** Runs a queued import job to its end: the job process's whole work. */
export async function runImportJob(db: Db, jobId: number): Promise<ImportReport[]> {
  const job = adoptJob(db, jobId);
  if (!job?.payload) return [];
  const p = JSON.parse(job.payload) as ImportJobPayload;
  const merchant = findMerchant(db, p.merchant);
  if (!merchant || merchant.id !== p.merchantId) return [];
  const reports = await withWriter(
    db,
    { kind: "import", merchant: p.merchant, label: job.label },
    async () => {
      const ordered = inImportOrder(p.files);
      // mappings are saved under the writer's turn too: a settings write never races an import
      for (const f of ordered) if (f.saveMapping && !p.dryRun && f.mapping && Object.keys(f.mapping).length) saveMapping(db, merchant, f.kind, f.mapping);
      const ids = ordered.map((f) =>
        insertBatch(db, { merchantId: merchant.id, kind: f.kind, fileName: f.fileName, bytesTotal: 0, startedAt: Date.now() }),
      );
      groupBatches(db, ids);
      setJobProgress(db, jobId, { phase: "reading", batchIds: ids, fileName: ordered[0]?.fileName });
      if (!p.dryRun && p.who) {
        audit(db, p.who, { merchantId: merchant.id, workspaceId: merchant.workspaceId }, "import", {
          batches: ids,
          files: ordered.map((f) => ({ name: f.fileName, kind: f.kind })),
        });
      }
      const out: ImportReport[] = [];
      for (let i = 0; i < ordered.length; i++) {
        const f = ordered[i];
        const o: ImportOptions = {
          kind: f.kind, path: f.path, fileName: f.fileName, mapping: f.mapping, encoding: f.encoding, separator: f.separator,
          skipBadRows: p.skipBadRows, dryRun: p.dryRun, attemptId: ids[i],
        };
        out.push(await importFile(db, merchant, o));
      }
      return out;
    },
    { jobId },
  );
  // a dry run keeps its uploads, so the same files can be imported next
  if (!p.dryRun) for (const f of p.files) if (f.uploadToken) removeUpload(merchant.id, f.uploadToken);
  if (!p.dryRun && reports.some((r) => r.status === "done")) warmForecastsInBackground(db.$client.name, merchant.slug);
  return reports;
}

/** The merchant's jobs in the writer queue (from any process, the command line's too). */
export function merchantJobs(db: Db, merchant: MerchantContext): JobInfo[] {
  return listJobs(db).filter((j) => j.merchant === merchant.slug);
}
