// A platform export is read twice: once whole, to decide what only the whole file can tell (the
// day/month order of its dates, TikTok's refunds spread over an order's lines), then row by row.
import type { Db } from "../../../db/client";
import { exportReader, recogniseExport, type ExportReader, type RecognisedExport } from "../../domain/import/exports/recognise";
import type { ImportKind } from "../../domain/import/kinds";
import { accountIdsByHandle, orderLineFinder } from "../../queries/import/export-lookups.server";
import type { MerchantContext } from "../merchants.server";
import { openSource } from "./readers/open.server";
import type { ReaderOptions } from "./readers/source.server";

/**
 * The export a file is, when it is read as that export's kind and without a mapping of the
 * merchant's (a mapping means they chose to read it column by column).
 */
export function exportToRead(headers: readonly string[], kind: ImportKind | null, mapping: Record<string, string> | undefined): RecognisedExport | null {
  if (mapping && Object.keys(mapping).length > 0) return null;
  const r = recogniseExport(headers);
  return r && (kind === null || r.format.kind === kind) ? r : null;
}

/** A header row: at least two known columns, or the headers of an export. */
export function headerTest(known: (cells: string[]) => boolean): (cells: string[]) => boolean {
  return (cells) => known(cells) || recogniseExport(cells) !== null;
}

/** Reads the whole file once (FileProblem when it cannot be) and returns the reader for its rows. */
export async function prepareExport(
  db: Db,
  merchant: MerchantContext,
  file: { path: string; fileName: string; options: ReaderOptions },
  recognised: RecognisedExport,
  headers: readonly string[],
): Promise<ExportReader> {
  const handles = accountIdsByHandle(db, merchant.id);
  const reader = exportReader(recognised, headers, merchant.settings, {
    accountByHandle: (h) => handles.get(h),
    orderLine: recognised.format.kind === "reviews" ? orderLineFinder(db, merchant.id) : () => undefined,
  });
  const source = await openSource(file.path, file.fileName, file.options);
  try {
    for await (const batch of source.batches) for (const r of batch) reader.see(r.values);
  } finally {
    source.close();
  }
  reader.ready();
  return reader;
}
