// What every reader gives the import: the header, then rows in batches, each with the real
// line of the file (or row of the sheet), and how far through the file it is.
import { importFileEnglish } from "../../../domain/import/file-messages";
import type { ImportFormat } from "../../../domain/import/report";
import type { Message } from "../../../domain/message";

export interface SourceRow {
  line: number;
  values: string[];
}

export interface Source {
  format: ImportFormat;
  encoding: string | null;
  separator: string | null;
  /** the header; JSON appends keys that first appear in a later object */
  headers: string[];
  headerLine: number;
  /** rows after the header, in batches; reading is lazy, so memory does not grow with the file */
  batches: AsyncGenerator<SourceRow[]>;
  /** bytes of the file read so far */
  bytesRead(): number;
  bytesTotal: number;
  /** notes about how the file was read ("2 rows above the header (row 3) were skipped as a title") */
  notes: Message[];
  close(): void;
}

/** A problem with the whole file: nothing of it can be imported. `message` is its English, `code` the message the pages translate. */
export class FileProblem extends Error {
  constructor(
    readonly code: Message,
    readonly line: number | null = null,
  ) {
    super(importFileEnglish(code));
  }

  /** A reader's or a limit's error (CsvSyntaxError, JsonShapeError, ImportLimitError) as the file's problem. */
  static of(e: { code: Message; line: number | null }): FileProblem {
    return new FileProblem(e.code, e.line);
  }
}

export interface ReaderOptions {
  /** force an encoding instead of sniffing it (CSV only) */
  encoding?: "utf-8" | "gb18030";
  /** force a separator instead of sniffing it (CSV only) */
  separator?: "," | ";" | "\t";
  /** true for a row that holds known column names: finds the header under a title row (XLSX) */
  looksLikeHeader?: (cells: string[]) => boolean;
}

/** Batches of this many rows go from a reader to the import at a time. */
export const BATCH_ROWS = 2048;
