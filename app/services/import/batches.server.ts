// The history of imports and undo: a batch's rows go, the rows it replaced come back exactly,
// and the rollups follow, all in one transaction.
import type { Db } from "../../../db/client";
import type { ImportBatch } from "../../../db/schema";
import { fileMessage, importFileEnglish } from "../../domain/import/file-messages";
import type { ImportKind } from "../../domain/import/kinds";
import { importReplyEnglish, laterBatchesRefusal, undoneMessage, undoSays, undoStatus } from "../../domain/import/replies";
import type { Message } from "../../domain/message";
import type { ImportReport, ImportStatus } from "../../domain/import/report";
import {
  failOrphanedBatches,
  getBatch,
  groupBatchRows,
  listBatchRows,
  markBatchUndone,
  runningBatchIds,
} from "../../queries/import/batches.server";
import { batchDays, replacedDays, reviewDaysOfBatchOrders, unionDays } from "../../queries/import/days.server";
import { deleteBatchRows, deleteJournal, laterReplacingBatches, restoreReplacedRows } from "../../queries/import/undo.server";
import { refreshDerived, type Scope } from "../derive.server";
import type { MerchantContext } from "../merchants.server";
import { writerBusy } from "../jobs/writer-queue.server";
import { liveAttemptIds, progressOf, progressFigures, type ImportProgress } from "./progress.server";

export interface BatchSummary {
  id: number;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  /** "interrupted" when the process stopped mid-import */
  statusNote: string | null;
  startedAt: number;
  finishedAt: number | null;
  undoneAt: number | null;
  report: ImportReport | null;
  /** while running in this process */
  progress: (ImportProgress & { percent: number | null; rowsPerSecond: number | null }) | null;
}

const INTERRUPTED_CODE = fileMessage("interrupted");
const INTERRUPTED = importFileEnglish(INTERRUPTED_CODE);

function toSummary(b: ImportBatch): BatchSummary {
  let report: ImportReport | null = null;
  try {
    const parsed = JSON.parse(b.report) as Partial<ImportReport>;
    report = parsed && typeof parsed === "object" && "kind" in parsed ? (parsed as ImportReport) : null;
  } catch {
    report = null;
  }
  const p = b.status === "running" ? progressOf(b.id) : undefined;
  const interrupted = b.status === "failed" && report?.errors?.[0]?.message === INTERRUPTED;
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    status: b.status as ImportStatus,
    statusNote: interrupted ? "interrupted" : null,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
    undoneAt: b.undoneAt,
    report,
    progress: p ? { ...p, ...progressFigures(p) } : null,
  };
}

/**
 * Running batches that no live import is working on were cut off by a stopped process: their
 * transaction never committed, so nothing of them is stored. Marks them failed.
 *
 * Liveness is the writer queue's, which every process shares: a batch row is written only while
 * its import holds the writer's turn, and says "running" only until that turn ends (a turn whose
 * process died is dropped by whoever looks, `process.kill(pid, 0)`). So the running batches are
 * read first and the queue looked at after: if no job holds the turn then, each of those batches
 * either finished meanwhile (the update below only touches rows still "running") or lost its
 * process. Read the other way round, another server process's import could start between the
 * two looks and be marked failed while alive.
 */
export function settleInterruptedBatches(db: Db, merchant: MerchantContext): void {
  const running = runningBatchIds(db, merchant.id);
  if (running.length === 0) return;
  // while a writer job runs (in any process), its batch may be running: settle later
  if (writerBusy(db)) return;
  const live = liveAttemptIds();
  const orphans = running.filter((id) => !live.has(id));
  failOrphanedBatches(
    db,
    orphans,
    (id) => {
      const b = getBatch(db, merchant.id, id);
      return JSON.stringify({
        batchId: null,
        attemptId: id,
        kind: b?.kind,
        fileName: b?.fileName,
        status: "failed",
        errors: [{ line: null, column: null, value: null, message: INTERRUPTED, code: INTERRUPTED_CODE }],
        errorCount: 1,
        warnings: [],
        rowsRead: 0,
        inserted: 0,
        replaced: 0,
        unchanged: 0,
        rejected: 0,
      });
    },
    Date.now(),
  );
}

export function listBatches(db: Db, merchant: MerchantContext, limit = 100): BatchSummary[] {
  settleInterruptedBatches(db, merchant);
  return listBatchRows(db, merchant.id, limit).map(toSummary);
}

export function batchSummary(db: Db, merchant: MerchantContext, id: number): BatchSummary | undefined {
  const b = getBatch(db, merchant.id, id);
  return b ? toSummary(b) : undefined;
}

export type UndoResult =
  | { ok: true; batchId: number; removed: number; restored: number; /** every batch undone: a group's, newest first */ batchIds: number[] }
  /** `error` is the canonical English (the command line prints it); `code` the message a page translates */
  | { ok: false; error: string; code: Message };

function refused(code: Message): Extract<UndoResult, { ok: false }> {
  return { ok: false, error: importReplyEnglish(code), code };
}

/** What the page says after an undo, in English (the page translates `undoneMessage`). */
export function undoMessage(r: Extract<UndoResult, { ok: true }>): string {
  return importReplyEnglish(undoneMessage(r));
}

/**
 * Undoes a stored batch, or the whole group of files imported with it, newest first and in one
 * transaction: refused while a later batch that replaced its rows is still in force.
 */
export function undoBatch(db: Db, merchant: MerchantContext, batchId: number): UndoResult {
  const client = db.$client;
  const batch = getBatch(db, merchant.id, batchId);
  if (!batch) return refused(undoSays("noBatch", { batch: batchId, merchant: merchant.slug }));
  if (batch.status === "undone") return refused(undoSays("alreadyUndone", { batch: batchId }));
  if (batch.status === "running") return refused(undoSays("stillImporting", { batch: batchId }));
  if (batch.status !== "done") return refused(undoSays("storedNothing", { batch: batchId, status: undoStatus(batch.status) }));
  const group = batch.groupId === null ? [batch] : groupBatchRows(db, merchant.id, batch.groupId);
  const running = group.find((b) => b.status === "running");
  if (running) return refused(undoSays("groupStillImporting", { running: running.id, batch: batchId }));
  const members = group.filter((b) => b.status === "done").reverse();
  client.exec("BEGIN IMMEDIATE");
  try {
    let removed = 0;
    let restored = 0;
    for (const member of members) {
      const later = laterReplacingBatches(db, member.id);
      if (later.length) {
        client.exec("ROLLBACK");
        return refused(laterBatchesRefusal(member.id, later));
      }
      const r = undoOne(db, merchant, member);
      removed += r.removed;
      restored += r.restored;
    }
    client.exec("COMMIT");
    return { ok: true, batchId, removed, restored, batchIds: members.map((b) => b.id) };
  } catch (e) {
    if (client.inTransaction) client.exec("ROLLBACK");
    throw e;
  }
}

/** Takes one batch's rows out and puts back what it replaced, inside the caller's transaction. */
function undoOne(db: Db, merchant: MerchantContext, batch: ImportBatch): { removed: number; restored: number } {
  const batchId = batch.id;
  const kind = batch.kind as ImportKind;
  let scope: Scope;
  if (kind === "orders" || kind === "reviews") {
    const days = unionDays(
      batchDays(db, kind, merchant.id, batchId),
      replacedDays(db, batchId),
      kind === "orders" ? reviewDaysOfBatchOrders(db, merchant.id, batchId) : null,
    );
    scope = { kind: "batch", batchId, table: kind, days };
  } else {
    scope = kind === "campaigns" ? { kind: "none" } : { kind: "all" };
  }
  const removed = deleteBatchRows(db, kind, merchant.id, batchId);
  const restored = restoreReplacedRows(db, kind, batchId);
  deleteJournal(db, batchId);
  // Restored orders carry the pillar they had when they were replaced; accounts may have
  // changed since, so they are attributed afresh.
  if (kind === "orders" && restored > 0) scope = { kind: "all" };
  refreshDerived(db, merchant, scope);
  const report = toSummary(batch).report;
  markBatchUndone(db, batchId, Date.now(), JSON.stringify(report ? { ...report, status: "undone" } : {}));
  return { removed, restored };
}
