// Which platform export a file is, from its headers alone (any subset, any order), and the reader
// that turns its rows into the contract's fields for the compiled row check.
import type { MerchantSettings } from "../../settings";
import { fieldNames } from "../kinds";
import { cleanCell, exportHeaderKey } from "./cells";
import { DateOrderEvidence, decideDateOrder, plainTime, type DateOrderDecision } from "./dates";
import { compassLive } from "./compass-live";
import { compassVideo } from "./compass-video";
import { douyinOrders } from "./douyin-orders";
import { douyinReviews } from "./douyin-reviews";
import type { ExportContext, ExportFormat, ExportNote, ExportRow } from "./format";
import type { Message } from "../../message";
import { dateOrderNote, exportEnglish, exportNote, exportSummary } from "./messages";
import { tiktokOrders } from "./tiktok-orders";

export const EXPORT_FORMATS: readonly ExportFormat<any>[] = [douyinOrders, tiktokOrders, compassLive, compassVideo, douyinReviews];

export interface RecognisedExport {
  format: ExportFormat<any>;
  /** column key → the file's column that holds it */
  at: Map<string, number>;
  /** for each column of the file, the field it gives, or null when factloop does not use it */
  columns: (string | null)[];
  used: number;
  /** "抖店 order export (68 columns, 9 used)" */
  summary: string;
  /** the summary as a message, for the pages */
  summaryMessage: Message;
  /** the headers of the unused columns */
  ignored: string[];
}

const keyIndexes = new Map<ExportFormat<any>, Map<string, string>>();

function keyIndex(format: ExportFormat<any>): Map<string, string> {
  let index = keyIndexes.get(format);
  if (!index) {
    index = new Map();
    for (const [key, names] of Object.entries(format.columns)) {
      for (const name of names) if (!index.has(exportHeaderKey(name))) index.set(exportHeaderKey(name), key);
    }
    keyIndexes.set(format, index);
  }
  return index;
}

function recogniseAs(format: ExportFormat<any>, headers: readonly string[]): RecognisedExport | null {
  const index = keyIndex(format);
  const normalized = headers.map(exportHeaderKey);
  const at = new Map<string, number>();
  normalized.forEach((h, i) => {
    const key = index.get(h);
    if (key !== undefined && !at.has(key)) at.set(key, i);
  });
  if (!format.required.every((group) => group.some((k) => at.has(k)))) return null;
  const present = new Set(normalized);
  const marks = format.signature.filter((s) => present.has(exportHeaderKey(s))).length;
  if (marks < format.minSignature) return null;
  const columns = headers.map(() => null as string | null);
  for (const [key, i] of at) columns[i] = format.gives[key] ?? null;
  const used = columns.filter((c) => c !== null).length;
  const ignored = headers.filter((_, i) => columns[i] === null).map((h) => h.replace(/^\uFEFF/, "").trim()).filter((h) => h !== "");
  const summaryMessage = exportSummary(format.id, headers.length, used);
  return { format, at, columns, used, summary: exportEnglish(summaryMessage), summaryMessage, ignored };
}

/** The export a header row is, the one that uses most of its columns; null when it is none of them. */
export function recogniseExport(headers: readonly string[]): RecognisedExport | null {
  let best: RecognisedExport | null = null;
  for (const format of EXPORT_FORMATS) {
    const r = recogniseAs(format, headers);
    if (r && (!best || r.used > best.used)) best = r;
  }
  return best;
}

/** What the import looks up while reading an export: the merchant's accounts and orders. */
export interface ExportLookups {
  /** account id by 抖音号 (accounts files' handle column) */
  accountByHandle(handle: string): string | undefined;
  /** the stored order line of a (main or sub) order id and product, if any */
  orderLine(orderId: string, skuId: string): string | undefined;
}

export interface ExportNoteCount {
  /** canonical English */
  message: string;
  /** the note as a message, for the pages */
  code: Message;
  count: number;
  examples: string[];
}

/** Reads an export's rows: first every row once (`see`), then each row as the contract's cells. */
export interface ExportReader {
  recognised: RecognisedExport;
  /** the whole-file pass: times for the date order, and what a format gathers */
  see(values: readonly string[]): void;
  /** ends the whole-file pass */
  ready(): void;
  dateOrder(): DateOrderDecision;
  /** the cells of a row by the kind's fields (KIND_FIELDS order) */
  cells(values: readonly string[]): string[];
  /** the header(s) a field comes from, for messages */
  headerOf(field: string): string;
  /** what the file told, for the report: the date order first, then the counted notes */
  notes(): ExportNoteCount[];
}

export function exportReader(
  recognised: RecognisedExport,
  headers: readonly string[],
  settings: Pick<MerchantSettings, "ambiguousDates" | "liveWithoutAccount">,
  lookups: ExportLookups,
): ExportReader {
  const { format, at } = recognised;
  const evidence = new DateOrderEvidence();
  const timeAt = format.times.map((k) => at.get(k)).filter((i): i is number => i !== undefined);
  let state: unknown = format.gather?.start();
  let decision: DateOrderDecision | null = null;
  const fields = fieldNames(format.kind);
  const counts = new Map<ExportNote, { count: number; examples: Set<string> }>();
  let current: readonly string[] = [];
  const row: ExportRow = {
    cell: (key) => {
      const i = at.get(key);
      return i === undefined ? "" : cleanCell(current[i] ?? "");
    },
    has: (key) => at.has(key),
  };
  const order = () => (decision ??= decideDateOrder(evidence, settings.ambiguousDates)).order;
  const ctx: ExportContext<unknown> = {
    time: (cell) => (cell === "" ? "" : plainTime(cell, order())),
    accountByHandle: (handle) => {
      if (handle === "") return "";
      const id = lookups.accountByHandle(handle);
      if (id === undefined) ctx.count("handleNotFound", handle);
      return id ?? handle;
    },
    orderLine: (orderId, skuId) => lookups.orderLine(orderId, skuId) ?? orderId,
    get state() {
      return state;
    },
    count(note, example) {
      let c = counts.get(note);
      if (!c) counts.set(note, (c = { count: 0, examples: new Set() }));
      c.count++;
      if (example !== undefined && c.examples.size < 5) c.examples.add(example);
    },
  };
  const fieldHeaders = new Map<string, string[]>();
  for (const [key, i] of at) {
    const field = format.gives[key];
    if (field) fieldHeaders.set(field, [...(fieldHeaders.get(field) ?? []), headers[i].replace(/^\uFEFF/, "").trim()]);
  }
  return {
    recognised,
    see(values) {
      current = values;
      for (const i of timeAt) evidence.see(cleanCell(values[i] ?? ""));
      format.gather?.see(state, row, { time: (cell: string) => cell });
    },
    ready() {
      decision = decideDateOrder(evidence, settings.ambiguousDates);
    },
    dateOrder: () => decision ?? decideDateOrder(evidence, settings.ambiguousDates),
    cells(values) {
      current = values;
      const read = format.read(row, ctx as ExportContext<any>);
      return fields.map((f) => read[f] ?? "");
    },
    headerOf: (field) => (fieldHeaders.get(field) ?? [field]).join(" + "),
    notes() {
      const out: ExportNoteCount[] = [];
      const add = (code: Message, count: number, examples: string[]) => out.push({ message: exportEnglish(code), code, count, examples });
      const dates = dateOrderNote(this.dateOrder());
      if (dates) add(dates, 1, []);
      if (format.kind === "orders" && !at.has("paid")) add(exportNote("datedByCreation", 1, [], settings.liveWithoutAccount), 1, []);
      if (format.id === "compass-video" && !at.has("impressions")) add(exportNote("impressionsFromViews", 1, [], settings.liveWithoutAccount), 1, []);
      for (const [note, c] of counts) add(exportNote(note, c.count, [...c.examples], settings.liveWithoutAccount), c.count, [...c.examples]);
      return out;
    },
  };
}
