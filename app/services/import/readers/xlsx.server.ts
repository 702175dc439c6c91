// Streams the first sheet of an XLSX workbook with exceljs's streaming reader. The header is the
// first row whose cells name known columns, so title rows above it are skipped.
import { createReadStream, statSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import { fileMessage, titleRowsSkipped } from "../../../domain/import/file-messages";
import { ImportLimitError, limitMessage } from "../../../domain/import/limits";
import type { Message } from "../../../domain/message";
import { columnLetters, TOO_LONG_TEXT, XmlGuard } from "../../../domain/import/xlsx-guard";
import { FileProblem, BATCH_ROWS, type ReaderOptions, type Source, type SourceRow } from "./source.server";

/** Rows searched for the header before the first non-empty row is taken as it. */
const HEADER_SEARCH_ROWS = 30;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/**
 * An Excel date cell: exceljs gives a Date whose UTC wall clock is what the sheet shows, which
 * the contract reads as local time in the merchant's zone.
 */
export function excelDateText(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours(), m = d.getUTCMinutes(), s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A cell as text. A formula cell gives the result Excel saved with it; factloop never evaluates one. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Date) return excelDateText(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
    if ("formula" in o || "sharedFormula" in o) {
      return o.result !== undefined ? cellText(o.result) : `=${String(o.formula ?? o.sharedFormula ?? "")}`;
    }
    if ("text" in o) return cellText(o.text);
    if ("error" in o) return String(o.error);
  }
  return String(v);
}

function rowCells(values: unknown, row: number): string[] {
  // exceljs row.values is 1-based and sparse
  const arr = Array.isArray(values) ? values : [];
  const out: string[] = [];
  for (let i = 1; i < arr.length; i++) {
    const text = cellText(arr[i]);
    if (text.includes(TOO_LONG_TEXT)) throw new ImportLimitError(limitMessage.xlsxSharedTooLong(`${columnLetters(i)}${row}`), row);
    out.push(text);
  }
  return out;
}

/** The XML of a part through its guard (docs/import.md, "Limits"), chunk by chunk. */
async function* guarded(chunks: AsyncIterable<Buffer | string>, guard: XmlGuard): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = guard.push(typeof chunk === "string" ? chunk : decoder.write(chunk));
    if (text) yield text;
  }
  const rest = guard.push(decoder.end()) + guard.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming reader with a guard in front of the XML of the shared strings and of each
 * sheet: limits met while streaming, and cell references filled in where a writer left them out.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const BaseReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: unknown, options: unknown) => any;
class GuardedWorkbookReader extends BaseReader {
  _parseSharedStrings(entry: NodeJS.ReadableStream) {
    return super._parseSharedStrings(Readable.from(guarded(entry as AsyncIterable<Buffer>, new XmlGuard("sharedStrings"))));
  }
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string) {
    return super._parseWorksheet(guarded(iterator, new XmlGuard("sheet")), sheetNo);
  }
}

/** A workbook that gives no row for this long is stuck (a zip cut short can leave the unzipper waiting for ever). */
const STALL_MS = 30_000;

function orStall<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stall = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImportLimitError(limitMessage.xlsxStalled())), STALL_MS);
  });
  return Promise.race([p, stall]).finally(() => clearTimeout(timer));
}

/** A reading error as the merchant's message: a limit says what it is, anything else that the file is not readable (with the library's own words). */
function readProblem(e: unknown, what: "notXlsx" | "notToEnd"): FileProblem {
  if (e instanceof FileProblem) return e;
  if (e instanceof ImportLimitError) return FileProblem.of(e);
  return new FileProblem(fileMessage(what, { error: (e as Error).message }));
}

export async function openXlsx(path: string, options: ReaderOptions = {}): Promise<Source> {
  const bytesTotal = statSync(path).size;
  if (bytesTotal === 0) throw new FileProblem(fileMessage("empty"));
  let bytesRead = 0;
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const counter = new PassThrough();
  counter.on("data", (c: Buffer) => (bytesRead += c.length));
  file.on("error", (e) => counter.destroy(e));
  file.pipe(counter);
  const reader = new GuardedWorkbookReader(counter, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const close = () => {
    file.destroy();
    counter.destroy();
  };

  let sheets: AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>;
  let rows: AsyncIterator<ExcelJS.Row>;
  try {
    sheets = (reader as unknown as ExcelJS.stream.xlsx.WorkbookReader)[Symbol.asyncIterator]();
    const first = await orStall(sheets.next());
    if (first.done) throw new FileProblem(fileMessage("noSheet"));
    rows = (first.value as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  } catch (e) {
    close();
    throw readProblem(e, "notXlsx");
  }

  const notes: Message[] = [];
  let header: SourceRow | null = null;
  let firstNonEmpty: SourceRow | null = null;
  const before: SourceRow[] = [];
  try {
    for (;;) {
      const next = await orStall(rows.next());
      if (next.done) break;
      const row: SourceRow = { line: next.value.number, values: rowCells(next.value.values, next.value.number) };
      if (row.values.every((v) => v.trim() === "")) continue;
      if (options.looksLikeHeader?.(row.values) ?? true) {
        header = row;
        break;
      }
      firstNonEmpty ??= row;
      before.push(row);
      if (before.length >= HEADER_SEARCH_ROWS) break;
    }
  } catch (e) {
    close();
    throw readProblem(e, "notXlsx");
  }
  let held: SourceRow[] = [];
  if (!header) {
    if (!firstNonEmpty) {
      close();
      throw new FileProblem(fileMessage("emptySheet"), 1);
    }
    // no row names known columns: take the first one, so the report can list its headers
    header = firstNonEmpty;
    held = before.slice(1);
  } else if (header.line > 1) {
    const above = header.line - 1;
    notes.push(titleRowsSkipped(above, header.line));
  }
  const width = header.values.length;

  async function* batches(): AsyncGenerator<SourceRow[]> {
    try {
      let batch: SourceRow[] = held;
      for (;;) {
        const next = await orStall(rows.next());
        if (next.done) break;
        const values = rowCells(next.value.values, next.value.number);
        if (values.every((v) => v.trim() === "")) continue;
        // a sheet leaves trailing empty cells out: pad to the header
        while (values.length < width) values.push("");
        batch.push({ line: next.value.number, values });
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } catch (e) {
      throw readProblem(e, "notToEnd");
    } finally {
      close();
    }
  }

  return {
    format: "xlsx",
    encoding: null,
    separator: null,
    headers: header.values,
    headerLine: header.line,
    batches: batches(),
    bytesRead: () => bytesRead,
    bytesTotal,
    notes,
    close,
  };
}
