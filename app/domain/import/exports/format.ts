// What factloop knows of one platform export: the headers that name it (in every language it
// comes in), and how a row of it becomes the contract's fields.
import type { ImportKind } from "../kinds";

export const EXPORT_IDS = ["douyin-orders", "tiktok-orders", "compass-live", "compass-video", "douyin-reviews"] as const;
export type ExportId = (typeof EXPORT_IDS)[number];

/** One row of an export, by column key (cleaned: tabs trimmed, `-` empty; "" when the file lacks it). */
export interface ExportRow {
  cell(key: string): string;
  has(key: string): boolean;
}

/** What reading a row may need besides the row. */
export interface ExportContext<S> {
  /** a time cell as `YYYY-MM-DD HH:MM:SS`, in the file's date order */
  time(cell: string): string;
  /** the account an accounts file gave this 抖音号, else the handle itself */
  accountByHandle(handle: string): string;
  /** the stored order line a review names by its (main or sub) order id and product */
  orderLine(orderId: string, skuId: string): string;
  /** what the whole-file pass gathered */
  state: S;
  /** counts a fact about the file for its notes (messages.ts words them) */
  count(note: ExportNote, example?: string): void;
}

export type ExportNote =
  | "unpaid"
  | "liveWithoutAccount"
  | "channelNextDay"
  | "unknownChannel"
  | "impressionsFromViews"
  | "datedByCreation"
  | "handleNotFound";

export interface ExportFormat<S = unknown> {
  id: ExportId;
  /** how the merchant knows the file: "抖店 order export" */
  label: string;
  kind: ImportKind;
  /** column key → its header names, in every language it comes in (matched by exportHeaderKey) */
  columns: Record<string, readonly string[]>;
  /** groups of keys: the file must have at least one key of each group */
  required: readonly (readonly string[])[];
  /** headers only this export has (read or not); at least `minSignature` of them must be there */
  signature: readonly string[];
  minSignature: number;
  /** keys of columns holding times (their day/month order is decided once per file) */
  times: readonly string[];
  /** the field each column key gives, for the preview's column list and messages */
  gives: Record<string, string>;
  /** a pass over the whole file before any row is read, when a row needs its neighbours */
  gather?: { start(): S; see(state: S, row: ExportRow, ctx: Pick<ExportContext<S>, "time">): void };
  /** the contract's fields of one row, as text cells */
  read(row: ExportRow, ctx: ExportContext<S>): Record<string, string>;
}
