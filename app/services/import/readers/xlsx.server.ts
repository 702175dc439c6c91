// Streams the first sheet of an XLSX workbook with exceljs's streaming reader. The header is the
// first row whose cells name known columns, so title rows above it are skipped.
import { createReadStream, statSync } from "node:fs";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
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

function rowCells(values: unknown): string[] {
  // exceljs row.values is 1-based and sparse
  const arr = Array.isArray(values) ? values : [];
  const out: string[] = [];
  for (let i = 1; i < arr.length; i++) out.push(cellText(arr[i]));
  return out;
}

export async function openXlsx(path: string, options: ReaderOptions = {}): Promise<Source> {
  const bytesTotal = statSync(path).size;
  if (bytesTotal === 0) throw new FileProblem("The file is empty (0 bytes): there is nothing to import");
  let bytesRead = 0;
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const counter = new PassThrough();
  counter.on("data", (c: Buffer) => (bytesRead += c.length));
  file.on("error", (e) => counter.destroy(e));
  file.pipe(counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counter, {
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
    sheets = reader[Symbol.asyncIterator]();
    const first = await sheets.next();
    if (first.done) throw new FileProblem("The workbook has no sheet");
    rows = (first.value as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  } catch (e) {
    close();
    if (e instanceof FileProblem) throw e;
    throw new FileProblem(`The file is not a readable XLSX workbook (${(e as Error).message})`);
  }

  const notes: string[] = [];
  let header: SourceRow | null = null;
  let firstNonEmpty: SourceRow | null = null;
  const before: SourceRow[] = [];
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done) break;
      const row: SourceRow = { line: next.value.number, values: rowCells(next.value.values) };
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
    throw new FileProblem(`The file is not a readable XLSX workbook (${(e as Error).message})`);
  }
  let held: SourceRow[] = [];
  if (!header) {
    if (!firstNonEmpty) {
      close();
      throw new FileProblem("The first sheet of the workbook is empty: there is no header row", 1);
    }
    // no row names known columns: take the first one, so the report can list its headers
    header = firstNonEmpty;
    held = before.slice(1);
  } else if (header.line > 1) {
    const above = header.line - 1;
    notes.push(`${above === 1 ? "1 row" : `${above} rows`} above the header (row ${header.line}) ${above === 1 ? "was" : "were"} skipped as a title`);
  }
  const width = header.values.length;

  async function* batches(): AsyncGenerator<SourceRow[]> {
    try {
      let batch: SourceRow[] = held;
      for (;;) {
        const next = await rows.next();
        if (next.done) break;
        const values = rowCells(next.value.values);
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
      if (e instanceof FileProblem) throw e;
      throw new FileProblem(`The workbook could not be read to the end (${(e as Error).message})`);
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
