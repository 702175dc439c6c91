// The one import path: the page, the command line and the demo seed all call importFile.
// A file is one SQLite transaction on a connection of its own, so a failure or a killed process
// leaves the data as it was; a batch can be undone exactly (docs/decisions/003).
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { createDb, type Db } from "../../../db/client";
import { matchHeaders, suggestKind, type HeaderMatch } from "../../domain/import/aliases";
import { KIND_FIELDS, fieldNames, type ImportKind } from "../../domain/import/kinds";
import {
  MAX_REPORTED_ERRORS,
  csvLine,
  type ImportError,
  type ImportReport,
  type ImportWarning,
} from "../../domain/import/report";
import { BatchCursor, RECORD_OK, RECORD_RAGGED } from "../../domain/import/row-batch";
import { duplicateKeyOf, duplicateMessage, importEnglish, raggedMessage } from "../../domain/import/messages";
import type { Message } from "../../domain/message";
import { cellMessage, cellMessageOf, quoteValue, rowParser, STORED_COLUMNS, type CellIssue, type ParsedRow, type StoredValue } from "../../domain/import/rows";
import { OrderRollupDelta, orderSegmentKey, type OrderForRollup } from "../../domain/order-rollup";
import { separatorName } from "../../domain/import/csv";
import { ImportLimitError, limitMessage, REJECTED_MAX_BYTES, REJECTED_MAX_ROWS } from "../../domain/import/limits";
import { fileMessage, importFileEnglish, missingColumns, noKnownColumns, unknownReference } from "../../domain/import/file-messages";
import { logJob } from "../jobs/log.server";
import { setJobProgress, withWriter, type WaitingFor } from "../jobs/writer-queue.server";
import { finishBatch, insertBatch } from "../../queries/import/batches.server";
import { reviewDaysOfBatchOrders, unionDays } from "../../queries/import/days.server";
import { approxRowCount, createIndexes, dropIndexes, secondaryIndexes } from "../../queries/import/indexes.server";
import { getColumnMappings } from "../../queries/import/mappings.server";
import { knownIds, unknownReferences, type Reference } from "../../queries/import/references.server";
import { rowWriter, type StoredRow } from "../../queries/import/rows.server";
import { applyOrderRollupDelta, liveContentIds } from "../../queries/rollups/delta.server";
import { resumSegmentRollups } from "../../queries/rollups/rebuild.server";
import { contentAccounts, knownAccounts } from "../../queries/attribution/accounts.server";
import { importAttributor, refreshDerived, type Scope } from "../derive.server";
import type { MerchantContext } from "../merchants.server";
import { IGNORED_COLUMNS, unknownAccountsWarning } from "../../domain/import/exports/messages";
import type { ExportReader, RecognisedExport } from "../../domain/import/exports/recognise";
import { salesSourcesOfAccounts } from "../../queries/import/export-lookups.server";
import { exportToRead, headerTest, prepareExport } from "./exports.server";
import { trackProgress, untrackProgress, type ImportProgress } from "./progress.server";
import { openSource } from "./readers/open.server";
import { FileProblem, type Source } from "./readers/source.server";
import { startWorkerRows, workerChoice, type WorkerChoice, type WorkerRows } from "./worker-rows.server";

export interface ImportOptions {
  kind: ImportKind;
  /** the file on disk */
  path: string;
  /** the name the merchant knows it by (an upload's original name); defaults to the path's */
  fileName?: string;
  /** store the good rows and list the bad ones, instead of storing nothing */
  skipBadRows?: boolean;
  /** check everything, report, store nothing */
  dryRun?: boolean;
  /** header → field for this import, on top of the merchant's saved mappings */
  mapping?: Record<string, string>;
  encoding?: "utf-8" | "gb18030";
  separator?: "," | ";" | "\t";
  onProgress?: (p: ImportProgress) => void;
  /** called while the import waits for another writer (an import, undo or settings change) */
  onWait?: (w: WaitingFor) => void;
  /** an attempt row created beforehand (the page creates it to answer at once) */
  attemptId?: number;
  /**
   * read and check a CSV in a thread of its own while this one writes: "auto" (the default) for
   * files of WORKER_MIN_BYTES or more; FACTLOOP_IMPORT_WORKER=on|off sets it for the process
   */
  worker?: WorkerChoice;
}

/** Files of about this many rows or more (and more than the table holds) are bulk-loaded. */
const BULK_MIN_ROWS = 100_000;
const BYTES_PER_ROW_ESTIMATE = 100;
/** Page cache of a bulk load's connection (the default is 64 MB). */
export const BULK_CACHE_KIB = 12 * 1024;

/**
 * Rollup rows an import sums in memory before adding them to the rollups. A file in random day
 * order meets a rollup row again in a later flush, so fewer flushes mean fewer upserts: the
 * benchmark's 1M orders were summed and upserted in 6.9–7.5 s with 10,000, 5.7–6.3 s with 20,000
 * and 5.0–5.9 s with 40,000. 40,000 raised the import's peak RSS by about 10 MB; with 20,000 it
 * stayed within the runs of 10,000 (docs/import.md).
 */
export const DELTA_FLUSH_SEGMENTS = 20_000;

/**
 * CSV files of this size or more (about 160,000 orders) are read and checked in a second thread
 * while this one writes (docs/decisions/011). Starting the thread (a V8 isolate, tsx loading the
 * reader in it) took 2.1–2.4 s on this 2-core machine under a load average of 11–15 (an idle one
 * was not measured); reading is about a fifth of a one-thread import, so a smaller file would gain
 * little or lose.
 */
export const WORKER_MIN_BYTES = 16 * 1024 * 1024;

/** Rows processed between two turns of the event loop. */
const YIELD_EVERY_ROWS = 4096;

/** Larger files are refused: a merchant's export is far smaller, and the page promises this limit. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** What a kind's rows name in other files; `what` words the warning (file-messages.ts, unknownReference). */
const REFERENCES: Partial<Record<ImportKind, { ref: Reference; what: "account" | "campaign" | "content" | "order" }[]>> = {
  views: [
    { ref: { column: "account_id", refTable: "accounts", refColumn: "account_id" }, what: "account" },
    { ref: { column: "campaign_id", refTable: "campaigns", refColumn: "campaign_id" }, what: "campaign" },
  ],
  orders: [
    { ref: { column: "account_id", refTable: "accounts", refColumn: "account_id" }, what: "account" },
    { ref: { column: "content_id", refTable: "views", refColumn: "content_id" }, what: "content" },
    { ref: { column: "campaign_id", refTable: "campaigns", refColumn: "campaign_id" }, what: "campaign" },
  ],
  reviews: [{ ref: { column: "order_id", refTable: "orders", refColumn: "order_id" }, what: "order" }],
};

/** A warning of the report: its English and its code. */
function warning(code: Message, count: number, examples: string[]): ImportWarning {
  return { message: importFileEnglish(code), code, count, examples };
}

/** Where the CSV of a batch's rejected rows goes: beside the database, or in the temp folder. */
export function rejectedFilePath(db: Db, attemptId: number): string {
  const dbFile = db.$client.memory ? null : db.$client.name;
  const dir = dbFile ? join(dirname(dbFile), "rejected") : join(tmpdir(), "factloop-rejected");
  return join(dir, `batch-${attemptId}.csv`);
}

function emptyReport(o: ImportOptions, attemptId: number): ImportReport {
  return {
    batchId: null,
    attemptId,
    kind: o.kind,
    fileName: o.fileName ?? basename(o.path),
    format: null,
    encoding: null,
    separator: null,
    columns: [],
    rowsRead: 0,
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    rejected: 0,
    warnings: [],
    errors: [],
    errorCount: 0,
    status: "running",
    skipBadRows: !!o.skipBadRows,
    dryRun: !!o.dryRun,
    rejectedFile: null,
    export: null,
    durationMs: 0,
    rowsPerSecond: null,
    timings: { rowsMs: 0, indexesMs: 0, derivedMs: 0 },
  };
}

function fileError(report: ImportReport, code: Message, line: number | null = null): ImportReport {
  report.errors.push({ line, column: null, value: null, message: importFileEnglish(code), code });
  report.errorCount++;
  report.status = "failed";
  return report;
}

/** Why a header row does not fit the kind, in the merchant's words; null when it fits. */
function headerProblem(kind: ImportKind, headers: string[], match: HeaderMatch, mapping: Record<string, string>): Message | null {
  const shown = headers.map((h) => `"${h.trim()}"`).join(", ");
  const suggested = suggestKind(headers, mapping);
  const other = suggested && suggested.kind !== kind && suggested.complete ? suggested.kind : null;
  if (match.fieldColumn.size === 0) return noKnownColumns(kind, shown, other);
  if (match.missing.length) return missingColumns(kind, match.missing, shown, other);
  return null;
}

/** Progress written to the writer queue at most this often, for the page and the jobs page. */
const JOB_PROGRESS_MS = 500;

/**
 * Imports a file when the writer queue gives it its turn (docs/import.md, "One writer at a
 * time"): another import, undo or settings change, of any merchant and from any process, runs
 * first and this one waits, saying so through `onWait`.
 */
export async function importFile(db: Db, merchant: MerchantContext, o: ImportOptions): Promise<ImportReport> {
  const fileName = o.fileName ?? basename(o.path);
  return withWriter(
    db,
    { kind: "import", merchant: merchant.slug, label: fileName },
    (jobId) => {
      let last = 0;
      const onProgress = (p: ImportProgress) => {
        o.onProgress?.(p);
        const now = Date.now();
        if (jobId > 0 && (now - last >= JOB_PROGRESS_MS || p.phase === "finishing")) {
          last = now;
          setJobProgress(db, jobId, { phase: p.phase, rowsDone: p.rowsDone, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, fileName: p.fileName, attemptId: p.attemptId });
        }
      };
      return importFileNow(db, merchant, { ...o, onProgress });
    },
    { onWait: o.onWait },
  );
}

async function importFileNow(db: Db, merchant: MerchantContext, o: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  let bytesTotal = 0;
  try {
    bytesTotal = statSync(o.path).size;
  } catch {
    bytesTotal = 0;
  }
  const fileName = o.fileName ?? basename(o.path);
  const attemptId =
    o.attemptId ?? insertBatch(db, { merchantId: merchant.id, kind: o.kind, fileName, bytesTotal, startedAt: started });
  const progress = trackProgress({
    attemptId,
    merchantId: merchant.id,
    kind: o.kind,
    fileName,
    rowsDone: 0,
    bytesDone: 0,
    bytesTotal,
    startedAt: started,
    phase: "reading",
  });
  // The data goes through a connection of its own, so that its long transaction is the only
  // thing on it; an in-memory database has only the one connection.
  const work = db.$client.memory ? db : createDb(db.$client.name);
  const report = emptyReport(o, attemptId);
  report.fileName = fileName;
  try {
    await runImport(work, merchant, o, attemptId, report, progress, db.$client);
  } catch (e) {
    if (work.$client.inTransaction) work.$client.exec("ROLLBACK");
    finishReport(report, started);
    // a limit met deep in a reader is the file's problem; anything else is ours, logged for the
    // operator and told to the merchant without a stack trace
    if (e instanceof ImportLimitError) fileError(report, e.code, e.line);
    else {
      logJob({ kind: "import-error", attemptId, merchant: merchant.slug, error: (e as Error).message, stack: (e as Error).stack });
      fileError(report, limitMessage.unexpected());
    }
    report.rejectedFile = null;
    finishBatch(work, attemptId, {
      status: "failed",
      report: JSON.stringify(report),
      rowsDone: report.rowsRead,
      bytesDone: progress.bytesDone,
      finishedAt: Date.now(),
    });
  } finally {
    untrackProgress(attemptId);
    if (work !== db) work.$client.close();
  }
  return report;
}

function finishReport(report: ImportReport, started: number): void {
  report.durationMs = Date.now() - started;
  report.rowsPerSecond = report.durationMs > 0 ? Math.round((report.rowsRead / report.durationMs) * 1000) : null;
}

async function runImport(
  db: Db,
  merchant: MerchantContext,
  o: ImportOptions,
  attemptId: number,
  report: ImportReport,
  progress: ImportProgress,
  mainClient: Db["$client"],
): Promise<void> {
  const started = progress.startedAt;
  const { kind } = o;
  const client = db.$client;
  const closeFailed = () => {
    finishReport(report, started);
    finishBatch(db, attemptId, {
      status: "failed",
      report: JSON.stringify(report),
      rowsDone: report.rowsRead,
      bytesDone: progress.bytesDone,
      finishedAt: Date.now(),
    });
  };
  const fail = (code: Message, line: number | null = null) => {
    fileError(report, code, line);
    closeFailed();
  };

  if (progress.bytesTotal > MAX_IMPORT_BYTES) {
    return fail(fileMessage("tooLarge", { size: (progress.bytesTotal / 1024 ** 3).toFixed(2) }));
  }
  const mapping = { ...getColumnMappings(db, merchant.id, kind), ...(o.mapping ?? {}) };

  let source: Source;
  const readerOptions = {
    encoding: o.encoding,
    separator: o.separator,
    // a header names at least two known columns (or is a platform export's); a title row above it names none
    looksLikeHeader: headerTest((cells) => (suggestKind(cells, mapping)?.matched ?? 0) >= 2),
  };
  try {
    source = await openSource(o.path, report.fileName, readerOptions);
  } catch (e) {
    if (e instanceof FileProblem) return fail(e.code, e.line);
    throw e;
  }
  report.format = source.format;
  report.encoding = source.encoding;
  report.separator = source.separator === null ? null : separatorName(source.separator);
  const headers = source.headers;
  let match = matchHeaders(kind, headers, mapping);
  // a platform export is read by what factloop knows of it, not column by column
  const recognised = exportToRead(headers, kind, o.mapping);
  let exported: ExportReader | null = null;
  if (recognised) {
    try {
      exported = await prepareExport(db, merchant, { path: o.path, fileName: report.fileName, options: readerOptions }, recognised, headers);
    } catch (e) {
      source.close();
      if (e instanceof FileProblem) return fail(e.code, e.line);
      throw e;
    }
    report.export = { id: recognised.format.id, label: recognised.format.label, summary: recognised.summary, summaryMessage: recognised.summaryMessage };
  }
  const problem = exported ? null : headerProblem(kind, headers, match, mapping);
  report.columns = headers.map((h, i) => ({ header: h.replace(/^\uFEFF/, "").trim(), field: recognised ? recognised.columns[i] : match.columns[i] }));
  if (problem) {
    source.close();
    return fail(problem, source.format === "json" || source.format === "ndjson" ? null : source.headerLine);
  }
  const notes: ImportWarning[] = source.notes.map((n) => warning(n, 1, []));
  const headerNotes = () => headerWarnings(match, recognised);

  // rows come from the file as cells by column; the parser wants cells by field (an export's
  // reader gives them by field already)
  const parser = rowParser(kind, merchant.timezone);
  const fields = fieldNames(kind);
  let fieldCols = exported ? fields.map((_, i) => i) : fields.map((f) => match.fieldColumn.get(f) ?? -1);
  const headerOf = (field: string) => {
    if (exported) return exported.headerOf(field);
    const c = match.fieldColumn.get(field);
    return c === undefined ? field : headers[c].trim();
  };
  let width = headers.length;
  const isCsv = source.format === "csv";
  /** JSON grows its header when a later object brings a new key */
  const rematch = () => {
    match = matchHeaders(kind, headers, mapping);
    fieldCols = fields.map((f) => match.fieldColumn.get(f) ?? -1);
    report.columns = headers.map((h, i) => ({ header: h.trim(), field: match.columns[i] }));
    width = headers.length;
  };

  let rejectedFd: number | null = null;
  const rejectedPath = rejectedFilePath(db, attemptId);
  // Rejected rows are kept only when the good rows are stored without them (skip bad rows), and
  // only so many: a file of millions of bad rows must not become a file of millions of lines.
  let rejectedRows = 0;
  let rejectedBytes = 0;
  let rejectedLeftOut = 0;
  /** `cells`: the row's cells as the file gives them, asked for only when they are written */
  const reject = (line: number, cells: string[] | (() => string[]), reason: string) => {
    if (!o.skipBadRows || o.dryRun) return;
    const values = typeof cells === "function" ? cells() : cells;
    if (rejectedRows >= REJECTED_MAX_ROWS || rejectedBytes >= REJECTED_MAX_BYTES) {
      rejectedLeftOut++;
      return;
    }
    if (rejectedFd === null) {
      mkdirSync(dirname(rejectedPath), { recursive: true });
      rejectedFd = openSync(rejectedPath, "w");
      rejectedBytes += writeSync(rejectedFd, `\uFEFF${csvLine(["line", "reason", ...headers.map((h) => h.trim())])}`);
    }
    rejectedBytes += writeSync(rejectedFd, csvLine([String(line), reason, ...values.map((v) => (v.length > 1024 ? `${v.slice(0, 1024)}…` : v))]));
    rejectedRows++;
  };
  /** `code` gives the message as a code for the pages; made only for the errors the report keeps */
  const error = (line: number, column: string | null, value: string | null, message: string, code?: () => Message) => {
    report.errorCount++;
    if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ line, column, value, message, ...(code ? { code: code() } : {}) } satisfies ImportError);
  };

  // A large CSV is read and checked in a thread of its own while this one writes; the thread
  // starts reading now, while this one prepares the writing.
  const choice = workerChoice(o.worker);
  const starting: Promise<WorkerRows | null> =
    isCsv && !exported && choice !== "off" && (choice === "on" || progress.bytesTotal >= WORKER_MIN_BYTES)
      ? startWorkerRows({
          path: o.path,
          kind,
          timezone: merchant.timezone,
          encoding: o.encoding,
          separator: o.separator,
          fieldCols,
          // only a skip-bad-rows import writes rejected rows (a duplicate key's among them)
          raw: !!o.skipBadRows && !o.dryRun,
        }).then((r) => {
          if (r && (r.width !== width || r.headerLine !== source.headerLine)) {
            void r.close();
            throw new Error(`the reading thread found a header of ${r.width} columns on line ${r.headerLine}, not ${width} on line ${source.headerLine}`);
          }
          return r;
        })
      : Promise.resolve(null);
  // not awaited when the import fails before its rows: the thread is stopped in `finally`
  starting.catch(() => undefined);

  client.exec("BEGIN IMMEDIATE");
  let committed = false;
  // A file larger than the table it goes into is loaded without the secondary indexes, which
  // are rebuilt before the derived data needs them (docs/import.md, "Performance").
  const estimatedRows = progress.bytesTotal / BYTES_PER_ROW_ESTIMATE;
  const bulk = estimatedRows >= BULK_MIN_ROWS && estimatedRows >= approxRowCount(db, kind) ? secondaryIndexes(db, kind) : [];
  dropIndexes(db, bulk);
  // Without random index writes a smaller page cache does as well, and keeps peak memory down;
  // only on the import's own connection (an in-memory database has just the one).
  if (bulk.length && db.$client !== mainClient) client.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  try {
    // The accounts and content that attribution reads are the ids orders and views refer to, too:
    // read once for both.
    const accounts = kind === "orders" || kind === "views" ? knownAccounts(db, merchant.id) : undefined;
    const contents = kind === "orders" ? contentAccounts(db, merchant.id) : undefined;
    const derived =
      kind === "orders" || kind === "views"
        ? importAttributor(db, merchant, kind, (c) => STORED_COLUMNS[kind].indexOf(c), accounts, contents)
        : undefined;
    const writer = rowWriter(db, kind, merchant.id, attemptId, derived?.columns);
    // References to other tables, which this import does not change, are checked against their
    // ids as each row is stored; reviews refer to orders, which are checked in SQL afterwards.
    const checks = inlineReferenceChecks(db, kind, merchant.id, { accounts, views: contents }, exported ? UNKNOWN_ID_EXAMPLES : 5);
    // Orders are added to the rollups as they are stored (docs/decisions/007).
    const delta = kind === "orders" ? new OrderRollupDelta(liveContentIds(db, merchant.id)) : null;
    let segmentsMoved = false;
    // Sums are added to the rollups every so many rows, so memory does not grow with the file;
    // a big file into a small table loads them without the rollup's secondary indexes, too.
    const bulkRollups = delta !== null && bulk.length > 0 && estimatedRows >= approxRowCount(db, "segment_day");
    const rollupIndexes = bulkRollups ? secondaryIndexes(db, "segment_day") : [];
    dropIndexes(db, rollupIndexes);
    // …and the rollups summed from segment_day are re-summed once at the end (a delta per flush
    // re-reads each content's neighbouring days, about 5 s of a 1M-row import)
    const flushDelta = () => {
      if (!delta) return;
      if (!segmentsMoved) applyOrderRollupDelta(db, merchant.id, delta, { small: !bulkRollups });
      delta.clear();
    };
    const col = (c: string) => [...STORED_COLUMNS[kind], ...(derived?.columns ?? [])].indexOf(c);
    const at = {
      day: col("day"), pillar: col("pillar"), campaign: col("campaign_id"), account: col("attributed_account_id"),
      content: col("content_id"), channel: col("channel"), status: col("status"), gmv: col("gmv"), refund: col("refund_amount"),
      paidAt: col("paid_at"),
    };
    const orderOf = (v: StoredValue[]): OrderForRollup => ({
      day: v[at.day] as string, pillar: v[at.pillar] as string, campaignId: v[at.campaign] as string,
      accountId: v[at.account] as string, contentId: v[at.content] as string, channel: v[at.channel] as string,
      status: v[at.status] as string, gmv: v[at.gmv] as number, refundAmount: v[at.refund] as number | null,
      paidAt: v[at.paidAt] as number,
    });
    const storedOrderOf = (r: StoredRow): OrderForRollup => ({
      day: r.day as string, pillar: r.pillar as string, campaignId: r.campaign_id as string,
      accountId: r.attributed_account_id as string, contentId: r.content_id as string, channel: r.channel as string,
      status: r.status as string, gmv: r.gmv as number, refundAmount: r.refund_amount as number | null,
      paidAt: r.paid_at as number,
    });
    const keyLabel = KIND_FIELDS[kind][kind === "views" ? 1 : 0].name;
    let dayLo: string | null = null;
    let dayHi: string | null = null;
    const touch = (day: unknown) => {
      if (typeof day !== "string") return;
      if (dayLo === null || day < dayLo) dayLo = day;
      if (dayHi === null || day > dayHi) dayHi = day;
    };

    const ragged = (line: number, values: string[]) => {
      // a lone empty cell on a line is an empty line that has spaces or a stray separator
      const code = raggedMessage(line, values.length, width);
      const message = importEnglish(code);
      error(line, null, null, message, () => code);
      reject(line, values, message);
      report.rejected++;
    };
    const invalid = (line: number, values: string[], issues: CellIssue[]) => {
      const messages: string[] = [];
      for (const issue of issues) {
        const header = headerOf(issue.field);
        const message = cellMessage(kind, line, header, issue);
        messages.push(message);
        error(line, header, issue.value.length > 200 ? `${issue.value.slice(0, 200)}…` : issue.value, message, () => cellMessageOf(kind, line, header, issue));
      }
      reject(line, values, messages.join("; "));
      report.rejected++;
    };
    /** a checked row; `cells` gives its cells as the file has them, for the rejected-rows file */
    const store = (line: number, row: ParsedRow, cells: () => string[]) => {
      const full = derived ? row.values.concat(derived.of(row.values)) : row.values;
      if (writer.insertNew(full)) {
        report.inserted++;
        touch(row.day);
        for (const check of checks) check.see(full);
        if (delta) {
          delta.add(orderOf(full));
          if (delta.size >= DELTA_FLUSH_SEGMENTS) flushDelta();
        }
        return;
      }
      const existing = writer.existing(full);
      if (existing.batch_id === attemptId) {
        const key = kind === "views" ? duplicateKeyOf(kind, "content_id", quoteValue(String(row.values[0])), String(row.values[1])) : duplicateKeyOf(kind, keyLabel, quoteValue(row.key));
        const code = duplicateMessage(kind, line, key);
        const message = importEnglish(code);
        error(line, kind === "views" ? headerOf("content_id") : headerOf(keyLabel), row.key.replace("\u0001", " "), message, () => code);
        reject(line, cells, message);
        report.rejected++;
        return;
      }
      if (writer.same(existing, full)) report.unchanged++;
      else report.replaced++;
      touch(existing.day);
      touch(row.day);
      for (const check of checks) check.see(full);
      if (delta) {
        const before = storedOrderOf(existing);
        const after = orderOf(full);
        const beforeKey = orderSegmentKey(before);
        if (beforeKey !== orderSegmentKey(after)) segmentsMoved = true;
        // a row's first paid time is a MIN: an order paid later than before may have been its
        // row's earliest, so its days are re-summed; one paid earlier can only lower it
        else if (beforeKey !== null && after.paidAt > before.paidAt) segmentsMoved = true;
        delta.add(before, -1);
        delta.add(after, 1, after.paidAt < before.paidAt);
        if (delta.size >= DELTA_FLUSH_SEGMENTS) flushDelta();
      }
      writer.replace(existing, row.key, full);
    };

    let sinceYield = 0;
    /** lets the server answer (progress polls, pages) while a big file imports */
    const pause = () => {
      sinceYield = 0;
      progress.rowsDone = report.rowsRead;
      return new Promise((resolve) => setImmediate(resolve));
    };
    const rows = await starting;
    // asked for by name (tests, the benchmark), the reading thread must run: no quiet fallback
    if (!rows && choice === "on" && isCsv && !exported) throw new Error("the import's reading thread could not start");
    if (rows) source.close();
    if (rows) {
      // read and checked in the reading thread (docs/decisions/011): the same records, in the same order
      for await (const batch of rows.batches) {
        const cursor = new BatchCursor(batch, kind, STORED_COLUMNS[kind].length, width);
        const cells = () => cursor.rawCells();
        while (cursor.next()) {
          if (++sinceYield === YIELD_EVERY_ROWS) await pause();
          report.rowsRead++;
          if (cursor.status === RECORD_OK) store(cursor.line, cursor.row!, cells);
          else if (cursor.status === RECORD_RAGGED) ragged(cursor.line, cursor.badRecord!.values);
          else invalid(cursor.line, cursor.badRecord!.values, cursor.badRecord!.issues!);
        }
        progress.rowsDone = report.rowsRead;
        progress.bytesDone = rows.bytesRead();
        o.onProgress?.(progress);
      }
    } else {
      for await (const batch of source.batches) {
        if (headers.length !== width && !exported) rematch();
        for (let b = 0; b < batch.length; b++) {
          if (++sinceYield === YIELD_EVERY_ROWS) await pause();
          const { line, values } = batch[b];
          report.rowsRead++;
          if (isCsv && values.length !== width) {
            ragged(line, values);
            continue;
          }
          const parsed = parser.parseColumns(exported ? exported.cells(values) : values, fieldCols);
          if (!parsed.ok) invalid(line, values, parsed.issues);
          else store(line, parsed.row, () => values);
        }
        progress.rowsDone = report.rowsRead;
        progress.bytesDone = source.bytesRead();
        o.onProgress?.(progress);
      }
    }
    if (rejectedLeftOut > 0) notes.push(warning(limitMessage.rejectedCapped(rejectedLeftOut), rejectedLeftOut, []));
    report.warnings = [...notes];
    progress.bytesDone = rows ? rows.bytesRead() : source.bytesRead();
    progress.phase = "finishing";
    report.timings.rowsMs = Date.now() - started;
    o.onProgress?.(progress);
    const indexesStart = Date.now();
    createIndexes(db, bulk);
    report.timings.indexesMs = Date.now() - indexesStart;

    if (report.rowsRead === 0) {
      client.exec("ROLLBACK");
      return fail(fileMessage("noDataRows"), source.headerLine);
    }
    const stored = report.inserted + report.replaced + report.unchanged;
    if (report.errorCount > 0 && !o.skipBadRows) {
      client.exec("ROLLBACK");
      report.rejectedFile = rejectedFd === null ? null : rejectedPath;
      report.status = "failed";
      closeFailed();
      return;
    }
    if (stored === 0) {
      client.exec("ROLLBACK");
      report.rejectedFile = rejectedFd === null ? null : rejectedPath;
      return fail(fileMessage("everyRowBad"));
    }

    if (exported) notes.push(...exported.notes());
    for (const { ref, what } of REFERENCES[kind] ?? []) {
      const u = checks.find((c) => c.ref === ref) ?? unknownReferences(db, kind, merchant.id, attemptId, ref);
      if (u.count === 0) continue;
      if (exported && kind === "orders" && ref.column === "account_id") {
        // an order export names the ids to add to an accounts file
        // with who sold their orders (小店自卖, 精选联盟), a hint of self or creator
        const ids = [...u.examples];
        const sources = salesSourcesOfAccounts(db, merchant.id, attemptId, ids);
        const more = ("distinct" in u ? u.distinct : ids.length) - ids.length;
        notes.push(warning(unknownAccountsWarning(u.count, ids, more, sources), u.count, ids));
      } else {
        notes.push(warning(unknownReference(what, u.count), u.count, [...u.examples]));
      }
    }
    report.warnings = [...notes, ...headerNotes()];

    const derivedStart = Date.now();
    const scope = importScope(db, kind, merchant.id, attemptId, dayLo, dayHi);
    // The delta is exact unless some order's reviews move with it: an order that changed its
    // rollup row, or a new order that reviews stored earlier already named.
    if (delta && scope.kind === "batch" && !segmentsMoved && !scope.reviewsMove) {
      flushDelta();
      if (bulkRollups && dayLo !== null && dayHi !== null) resumSegmentRollups(db, merchant.id, { from: dayLo, to: dayHi });
      scope.summed = true;
    }
    refreshDerived(db, merchant, scope);
    createIndexes(db, rollupIndexes);
    report.timings.derivedMs = Date.now() - derivedStart;
    report.rejectedFile = rejectedFd === null ? null : rejectedPath;
    report.status = o.dryRun ? "dry-run" : "done";
    report.batchId = o.dryRun ? null : attemptId;
    finishReport(report, started);
    const finish = {
      status: report.status,
      report: JSON.stringify(report),
      rowsDone: report.rowsRead,
      bytesDone: progress.bytesDone,
      finishedAt: Date.now(),
    };
    if (o.dryRun) {
      client.exec("ROLLBACK");
      finishBatch(db, attemptId, finish);
    } else {
      // the batch is done in the same transaction as its rows: both or neither
      finishBatch(db, attemptId, finish);
      client.exec("COMMIT");
      committed = true;
    }
  } catch (e) {
    if (!committed && client.inTransaction) client.exec("ROLLBACK");
    if (e instanceof FileProblem) {
      report.rejectedFile = null;
      return fail(e.code, e.line);
    }
    throw e;
  } finally {
    if (rejectedFd !== null) {
      closeSync(rejectedFd);
      // a file the report does not point at would only take disk space
      if (report.rejectedFile === null) rmSync(rejectedPath, { force: true });
    }
    source.close();
    void starting.then((r) => r?.close(), () => undefined);
  }
}

/** What the header row told: the columns no field takes, and those naming a field twice. */
function headerWarnings(match: HeaderMatch, recognised: RecognisedExport | null): ImportWarning[] {
  if (recognised) {
    // an export's unused columns are expected: listed, never a problem
    return recognised.ignored.length ? [warning(IGNORED_COLUMNS, recognised.ignored.length, recognised.ignored.slice(0, 10))] : [];
  }
  return [
    ...(match.unknown.length ? [warning(fileMessage("unknownColumns"), match.unknown.length, match.unknown.slice(0, 10))] : []),
    ...match.duplicates.map((d) => warning(fileMessage("duplicateColumn", { header: d.header, kept: d.kept, field: d.field }), 1, [d.header])),
  ];
}

/** What the derived data must be refreshed for after a kind's rows changed. */
function importScope(
  db: Db,
  kind: ImportKind,
  merchantId: number,
  batchId: number,
  lo: string | null,
  hi: string | null,
): Scope & { reviewsMove?: boolean } {
  if (kind === "accounts" || kind === "views") return { kind: "all" };
  if (kind === "campaigns") return { kind: "none" };
  const rows = lo && hi ? { from: lo, to: hi } : null;
  const reviewDays = kind === "orders" ? reviewDaysOfBatchOrders(db, merchantId, batchId) : null;
  const days = unionDays(rows, reviewDays);
  // orders were attributed as they were written (importAttributor)
  return { kind: "batch", batchId, table: kind, days, attributed: kind === "orders", reviewsMove: reviewDays !== null };
}

interface ReferenceCheck {
  ref: Reference;
  see(values: StoredValue[]): void;
  count: number;
  examples: Set<string>;
  /** distinct ids not known (those past the examples are counted, not kept) */
  distinct: number;
}

/** How many unknown ids an export's warning names (an order export names the 达人ID to add). */
const UNKNOWN_ID_EXAMPLES = 20;

/**
 * Counters of a batch's rows that name ids the referred table does not hold. `loaded`: ids
 * already read, by table (the rest are read here).
 */
function inlineReferenceChecks(
  db: Db,
  kind: ImportKind,
  merchantId: number,
  loaded: Partial<Record<Reference["refTable"], { has(id: string): boolean }>>,
  examples = 5,
): ReferenceCheck[] {
  if (kind !== "orders" && kind !== "views") return [];
  return (REFERENCES[kind] ?? []).map(({ ref }) => {
    const known = loaded[ref.refTable] ?? knownIds(db, merchantId, ref);
    const at = STORED_COLUMNS[kind].indexOf(ref.column);
    // distinct unknown ids beyond the examples are counted through a bounded set
    const beyond = new Set<string>();
    const check: ReferenceCheck = {
      ref,
      count: 0,
      examples: new Set(),
      distinct: 0,
      see(values) {
        const v = values[at] as string;
        if (v === "" || known.has(v)) return;
        check.count++;
        if (check.examples.has(v) || beyond.has(v)) return;
        check.distinct++;
        if (check.examples.size < examples) check.examples.add(v);
        else if (beyond.size < 100_000) beyond.add(v);
      },
    };
    return check;
  });
}
