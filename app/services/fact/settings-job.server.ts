// Applying pillar settings from the settings page runs as a job: queued in the writer queue and
// run by a process of its own (`factloop job run ID`), which the page's request waits for. At
// millions of orders re-attributing the moved rows takes minutes; in the server's process that
// would stall every other page it serves. An in-memory database (tests) runs it here.
import type { Db } from "../../../db/client";
import type { PillarSettings } from "../../domain/fact/pillar-settings";
import { canRunJobProcess, startJobProcess } from "../jobs/job-process.server";
import { adoptJob, enqueueJob, withWriter } from "../jobs/writer-queue.server";
import { merchantsRederiving } from "../../queries/merchants.server";
import { refreshAllInTurns, type RefreshOptions } from "../derive.server";
import { findMerchant, type MerchantContext } from "../merchants.server";
import { applySettings, type PreviewResult } from "./settings.server";

export interface SettingsJobPayload {
  merchant: string;
  merchantId: number;
  settings: PillarSettings;
}

const SETTINGS_JOB_LABEL = "pillar settings";

/** Queues the change, runs it in a job process and returns what it moved; throws when the job failed. */
export async function applySettingsInJob(db: Db, merchant: MerchantContext, next: PillarSettings): Promise<PreviewResult> {
  const payload: SettingsJobPayload = { merchant: merchant.slug, merchantId: merchant.id, settings: next };
  const jobId = enqueueJob(db, { kind: "settings", merchant: merchant.slug, label: SETTINGS_JOB_LABEL }, payload);
  if (!canRunJobProcess(db)) {
    const preview = await runSettingsJob(db, jobId);
    if (!preview) throw new Error(`settings job ${jobId} found no merchant`);
    return preview;
  }
  const { code, out } = await startJobProcess(db, jobId);
  if (code !== 0 || !out.startsWith("{")) throw new Error(`settings job ${jobId} ended with ${code}`);
  return JSON.parse(out) as PreviewResult;
}

/**
 * Runs a queued settings job to its end (the job process's whole work): a change that re-derives
 * everything gives the writer's turn to waiting jobs between its chunks. Null when the job or its
 * merchant is gone.
 */
export async function runSettingsJob(db: Db, jobId: number): Promise<PreviewResult | null> {
  const job = adoptJob(db, jobId);
  if (!job?.payload) return null;
  const p = JSON.parse(job.payload) as SettingsJobPayload;
  const merchant = findMerchant(db, p.merchant);
  if (!merchant || merchant.id !== p.merchantId) return null;
  return withWriter(
    db,
    { kind: "settings", merchant: p.merchant, label: job.label },
    // the merchant as it is once the turn has come: an import that ran meanwhile is in it
    async (_id, turn) => (await applySettings(db, findMerchant(db, p.merchant)!, p.settings, { give: turn.give })).preview,
    { jobId },
  );
}

/**
 * Finishes the whole re-derivations a killed process left half done (`merchants.rederive_through`),
 * each from the day after the one it reached, under the writer queue and giving its turn between
 * chunks. Run by `factloop job resume`, which the server starts when it finds one. Returns the
 * merchants it finished.
 */
export async function resumeRederivations(db: Db, opts: Omit<RefreshOptions, "after"> = {}): Promise<string[]> {
  const resumed: string[] = [];
  for (const { slug } of merchantsRederiving(db)) {
    await withWriter(db, { kind: "settings", merchant: slug, label: "pillar settings (resumed)" }, async (_id, turn) => {
      // as it is once the turn has come: another process may have finished it meanwhile
      const merchant = findMerchant(db, slug);
      if (!merchant || merchant.rederiveThrough === null) return;
      await refreshAllInTurns(db, merchant, turn.give, { ...opts, after: merchant.rederiveThrough });
      resumed.push(slug);
    });
  }
  return resumed;
}
