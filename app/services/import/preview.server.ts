// The page's preview of a file: how it will be read (format, encoding, separator), which column
// fills which field, and its first rows as the import will see them, problems included.
import type { Db } from "../../../db/client";
import { matchHeaders, suggestKind } from "../../domain/import/aliases";
import { separatorName } from "../../domain/import/csv";
import { KIND_FIELDS, fieldNames, type ImportKind } from "../../domain/import/kinds";
import type { ColumnUse, ImportFormat } from "../../domain/import/report";
import { importEnglish, raggedMessage } from "../../domain/import/messages";
import { cellMessage, rowParser, shownValue } from "../../domain/import/rows";
import { getColumnMappings } from "../../queries/import/mappings.server";
import type { MerchantContext } from "../merchants.server";
import { exportToRead, headerTest, prepareExport } from "./exports.server";
import { openSource } from "./readers/open.server";
import { FileProblem, type ReaderOptions, type SourceRow } from "./readers/source.server";
import { ImportLimitError, limitMessage } from "../../domain/import/limits";
import { fileMessage, importFileEnglish, previewMissing } from "../../domain/import/file-messages";
import type { Message } from "../../domain/message";
import { logJob } from "../jobs/log.server";

/** A problem of the whole file for the preview: its English and its code. */
function problemOf(code: Message): Pick<FilePreview, "problem" | "problemCode"> {
  return { problem: importFileEnglish(code), problemCode: code };
}

/** Any reading failure as a message for the page: the file's problem, or (logged) ours. */
function previewProblem(e: unknown): Pick<FilePreview, "problem" | "problemCode"> {
  if (e instanceof FileProblem || e instanceof ImportLimitError) return problemOf(e.code);
  logJob({ kind: "preview-error", error: (e as Error).message, stack: (e as Error).stack });
  return problemOf(limitMessage.unexpected());
}
import type { RecognisedExport } from "../../domain/import/exports/recognise";
import type { DateOrder } from "../../domain/settings";

export interface PreviewRow {
  line: number;
  /** cells by field, as the file gives them */
  cells: Record<string, string>;
  /** values by field as factloop will store them (for a row without problems) */
  read: Record<string, string> | null;
  problems: string[];
}

export interface FilePreview {
  fileName: string;
  size: number;
  format: ImportFormat | null;
  encoding: string | null;
  separator: string | null;
  /** the kind the headers suggest, if any */
  suggestedKind: ImportKind | null;
  kind: ImportKind | null;
  columns: ColumnUse[];
  /** fields of the kind, for the mapping editor */
  fields: { name: string; required: boolean }[];
  missing: string[];
  rows: PreviewRow[];
  /** how the file was read, in English */
  notes: string[];
  /** the notes as messages (same order), for the page */
  noteCodes: Message[];
  /** a problem of the whole file: it cannot be imported as it is (English) */
  problem: string | null;
  /** the problem as a message, for the page */
  problemCode: Message | null;
  /** the platform export the headers name, read without any mapping: "抖店 order export (68 columns, 9 used)" */
  export: { id: string; label: string; summary: string; summaryMessage: Message } | null;
  /** dates the file allows to read day or month first, read by the merchant's setting: the page offers the choice */
  ambiguousDates: { example: string; order: DateOrder } | null;
}

const PREVIEW_ROWS = 10;

export async function previewFile(
  db: Db,
  merchant: MerchantContext,
  o: {
    path: string;
    fileName: string;
    size: number;
    kind?: ImportKind;
    mapping?: Record<string, string>;
    encoding?: "utf-8" | "gb18030";
    separator?: "," | ";" | "\t";
  },
): Promise<FilePreview> {
  const empty: FilePreview = {
    fileName: o.fileName,
    size: o.size,
    format: null,
    encoding: null,
    separator: null,
    suggestedKind: null,
    kind: o.kind ?? null,
    columns: [],
    fields: [],
    missing: [],
    rows: [],
    notes: [],
    noteCodes: [],
    problem: null,
    problemCode: null,
    export: null,
    ambiguousDates: null,
  };
  let source;
  const readerOptions = {
    encoding: o.encoding,
    separator: o.separator,
    looksLikeHeader: headerTest((cells) => (suggestKind(cells)?.matched ?? 0) >= 2),
  };
  try {
    source = await openSource(o.path, o.fileName, readerOptions);
  } catch (e) {
    return { ...empty, ...previewProblem(e) };
  }
  const sourceNotes = { notes: source.notes.map(importFileEnglish), noteCodes: source.notes };
  try {
    const headers = source.headers;
    const recognised = exportToRead(headers, o.kind ?? null, o.mapping);
    if (recognised) {
      const preview = await previewExport(db, merchant, { ...o, options: readerOptions }, recognised, headers, source.batches);
      return {
        ...preview,
        format: source.format,
        encoding: source.encoding,
        separator: source.separator === null ? null : separatorName(source.separator),
        notes: [...sourceNotes.notes, ...preview.notes],
        noteCodes: [...sourceNotes.noteCodes, ...preview.noteCodes],
      };
    }
    const suggestion = suggestKind(headers);
    const kind = o.kind ?? suggestion?.kind ?? null;
    const base: FilePreview = {
      ...empty,
      format: source.format,
      encoding: source.encoding,
      separator: source.separator === null ? null : separatorName(source.separator),
      suggestedKind: suggestion?.kind ?? null,
      kind,
      ...sourceNotes,
    };
    if (!kind) {
      return {
        ...base,
        columns: headers.map((h) => ({ header: h.trim(), field: null })),
        ...problemOf(fileMessage("previewUnknown")),
      };
    }
    const mapping = { ...getColumnMappings(db, merchant.id, kind), ...(o.mapping ?? {}) };
    const match = matchHeaders(kind, headers, mapping);
    const parser = rowParser(kind, merchant.timezone);
    const shown = (values: Record<string, unknown>) =>
      Object.fromEntries(KIND_FIELDS[kind].map((def) => [def.name, shownValue(def, values[def.name], merchant.timezone)]));
    const fields = fieldNames(kind);
    const rows: PreviewRow[] = [];
    if (match.missing.length === 0) {
      read: for await (const batch of source.batches) {
        for (const r of batch) {
          const cells: Record<string, string> = {};
          for (const f of fields) {
            const c = match.fieldColumn.get(f);
            cells[f] = c === undefined ? "" : (r.values[c] ?? "");
          }
          const parsed = parser.parse(cells);
          const problems = parsed.ok
            ? []
            : parsed.issues.map((i) => cellMessage(kind, r.line, headers[match.fieldColumn.get(i.field) ?? 0]?.trim() ?? i.field, i));
          if (source.format === "csv" && r.values.length !== headers.length) {
            problems.unshift(importEnglish(raggedMessage(r.line, r.values.length, headers.length)));
          }
          const read = parsed.ok && problems.length === 0 ? shown(parsed.fields) : null;
          rows.push({ line: r.line, cells, read, problems });
          if (rows.length >= PREVIEW_ROWS) break read;
        }
      }
    }
    return {
      ...base,
      columns: headers.map((h, i) => ({ header: h.trim(), field: match.columns[i] })),
      fields: KIND_FIELDS[kind].map((d) => ({ name: d.name, required: !!d.required })),
      missing: match.missing,
      rows,
      ...(match.missing.length ? problemOf(previewMissing(kind, match.missing)) : { problem: null, problemCode: null }),
    };
  } catch (e) {
    return { ...empty, ...previewProblem(e) };
  } finally {
    source.close();
  }
}

/** The preview of a recognised platform export: which columns it uses and its first rows as stored. */
async function previewExport(
  db: Db,
  merchant: MerchantContext,
  o: { path: string; fileName: string; size: number; options: ReaderOptions },
  recognised: RecognisedExport,
  headers: string[],
  batches: AsyncGenerator<SourceRow[]>,
): Promise<FilePreview> {
  const kind = recognised.format.kind;
  const reader = await prepareExport(db, merchant, { path: o.path, fileName: o.fileName, options: o.options }, recognised, headers);
  const parser = rowParser(kind, merchant.timezone);
  const fields = fieldNames(kind);
  const rows: PreviewRow[] = [];
  read: for await (const batch of batches) {
    for (const r of batch) {
      const values = reader.cells(r.values);
      const cells = Object.fromEntries(fields.map((f, i) => [f, values[i]]));
      const parsed = parser.parse(cells);
      const problems = parsed.ok ? [] : parsed.issues.map((i) => cellMessage(kind, r.line, reader.headerOf(i.field), i));
      rows.push({ line: r.line, cells, read: parsed.ok ? shownFields(kind, parsed.fields, merchant.timezone) : null, problems });
      if (rows.length >= PREVIEW_ROWS) break read;
    }
  }
  const dates = reader.notes().filter((n) => n.count === 1 && n.examples.length === 0);
  const order = reader.dateOrder();
  return {
    fileName: o.fileName,
    size: o.size,
    format: null,
    encoding: null,
    separator: null,
    suggestedKind: kind,
    kind,
    columns: headers.map((h, i) => ({ header: h.replace(/^\uFEFF/, "").trim(), field: recognised.columns[i] })),
    fields: KIND_FIELDS[kind].map((d) => ({ name: d.name, required: !!d.required })),
    missing: [],
    rows,
    notes: dates.map((n) => n.message),
    noteCodes: dates.map((n) => n.code),
    problem: null,
    problemCode: null,
    export: { id: recognised.format.id, label: recognised.format.label, summary: recognised.summary, summaryMessage: recognised.summaryMessage },
    ambiguousDates:
      order.by === "setting" ? { example: order.example, order: order.order } : order.by === "conflict" ? { example: order.monthFirst, order: order.order } : null,
  };
}

function shownFields(kind: ImportKind, values: Record<string, unknown>, tz: string): Record<string, string> {
  return Object.fromEntries(KIND_FIELDS[kind].map((def) => [def.name, shownValue(def, values[def.name], tz)]));
}
