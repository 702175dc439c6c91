// What an import tells the merchant: counts, warnings and the rows it could not take.
import type { Message } from "../message";
import type { ImportKind } from "./kinds";
import { isFormulaLike } from "./values";

export type ImportFormat = "csv" | "xlsx" | "json" | "ndjson";

/** running: in progress; done: stored; failed: nothing stored; dry-run: checked, nothing stored; undone. */
export type ImportStatus = "running" | "done" | "failed" | "dry-run" | "undone";

export interface ImportWarning {
  /** canonical English (command line, JSON report) */
  message: string;
  /** the message as a code the pages translate */
  code?: Message;
  count: number;
  examples: string[];
}

export interface ImportError {
  /** file line (CSV, JSON) or sheet row (XLSX); null for a problem of the whole file */
  line: number | null;
  column: string | null;
  value: string | null;
  /** canonical English (command line, JSON report, rejected-rows CSV) */
  message: string;
  /** the message as a code the pages translate (absent in reports stored before codes) */
  code?: Message;
}

export interface ColumnUse {
  header: string;
  field: string | null;
}

export interface ImportReport {
  /** the batch holding the stored rows; null when nothing was stored (failed, dry run) */
  batchId: number | null;
  /** the history entry of this attempt (import_batches.id), stored or not */
  attemptId: number;
  kind: ImportKind;
  fileName: string;
  format: ImportFormat | null;
  encoding: string | null;
  separator: string | null;
  columns: ColumnUse[];
  rowsRead: number;
  inserted: number;
  replaced: number;
  /** rows that matched the stored row exactly (taken over by this batch, values unchanged) */
  unchanged: number;
  rejected: number;
  warnings: ImportWarning[];
  /** the first MAX_REPORTED_ERRORS problems; errorCount has them all */
  errors: ImportError[];
  errorCount: number;
  status: ImportStatus;
  skipBadRows: boolean;
  dryRun: boolean;
  /** a CSV of the rejected rows with a reason column, when there are any */
  rejectedFile: string | null;
  /** the platform export the file was recognised as ("抖店 order export (68 columns, 9 used)"); null for the contract's columns */
  export?: { id: string; label: string; summary: string; summaryMessage?: Message } | null;
  durationMs: number;
  rowsPerSecond: number | null;
  /** where the time went: reading, checking and writing rows; rebuilding indexes after a bulk
   * load; then pillars and rollups */
  timings: { rowsMs: number; indexesMs: number; derivedMs: number };
}

/** A report keeps this many errors: a file of a million bad rows must not fill the memory. */
export const MAX_REPORTED_ERRORS = 500;

/** One CSV cell: quoted when it must be, and a formula-like cell made inert with a leading '. */
export function csvCell(value: string): string {
  const v = isFormulaLike(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A one-line summary for the command line and the page's result header. */
export function summarize(r: ImportReport): string {
  const what = `${r.fileName} (${r.export ? `${r.export.summary}, as ${r.kind}` : r.kind})`;
  const counts = `${r.rowsRead.toLocaleString("en-US")} rows read, ${r.inserted.toLocaleString("en-US")} inserted, ${r.replaced.toLocaleString("en-US")} replaced, ${r.unchanged.toLocaleString("en-US")} unchanged, ${r.rejected.toLocaleString("en-US")} rejected`;
  switch (r.status) {
    case "done":
      return `${what}: imported as batch ${r.batchId}. ${counts}.`;
    case "dry-run":
      return `${what}: dry run, nothing stored. ${counts}.`;
    case "failed":
      return `${what}: nothing was imported. ${r.errorCount.toLocaleString("en-US")} problem${r.errorCount === 1 ? "" : "s"}.`;
    case "running":
      return `${what}: importing…`;
    case "undone":
      return `${what}: batch ${r.batchId} was undone.`;
  }
}
