// The five kinds of file the data contract accepts, their fields and keys.
import { importEnglish, nounOf } from "./messages";

export const IMPORT_KINDS = ["accounts", "campaigns", "views", "orders", "reviews"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * Files dropped together are imported accounts and campaigns first, then views, orders and
 * reviews (IMPORT_KINDS order), so each finds what it names; files of one kind keep their order.
 */
export function inImportOrder<T extends { kind: ImportKind }>(files: readonly T[]): T[] {
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => IMPORT_KINDS.indexOf(a.f.kind) - IMPORT_KINDS.indexOf(b.f.kind) || a.i - b.i)
    .map(({ f }) => f);
}

export function isImportKind(s: string): s is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(s);
}

export type FieldType =
  | "id" // short text that identifies something
  | "text"
  | "money" // hundredths
  | "count" // non-negative integer; missing is 0
  | "timestamp" // epoch ms
  | "day" // YYYY-MM-DD
  | "rate" // 0..1
  | "rating" // integer 1..5
  | "bool"
  | "enum";

export interface FieldDef {
  name: string;
  type: FieldType;
  required?: boolean;
  /** enum values in canonical English */
  values?: readonly string[];
  /** the value of an empty cell, when it is not the type's (0 for counts, "" for text) */
  fallback?: string | number;
}

export const ACCOUNT_KINDS = ["self", "creator"] as const;
export const CAMPAIGN_KINDS = ["platform", "brand", "flash", "other"] as const;
export const CONTENT_TYPES = ["live", "video", "image", "ugc", "other"] as const;
export const CHANNELS = ["live", "video", "image", "mall", "search", "other"] as const;
export type Channel = (typeof CHANNELS)[number];
export const isChannel = (value: unknown): value is Channel => typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
export const ORDER_STATUSES = ["paid", "refunded", "cancelled"] as const;
/** who sold an order, as a Douyin shop export says: the shop itself (小店自卖) or the creator alliance (精选联盟) */
export const SALES_SOURCES = ["shop", "alliance"] as const;

const f = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({ name, type, ...extra });

export const KIND_FIELDS: Record<ImportKind, readonly FieldDef[]> = {
  accounts: [
    f("account_id", "id", { required: true }),
    f("name", "text"),
    f("kind", "enum", { required: true, values: ACCOUNT_KINDS }),
    f("followers", "count"),
    f("category", "text"),
    f("commission_rate", "rate"),
    f("handle", "id"),
    // the planner's rate card (坑位费 per live, fee per video, samples per post); missing is 0
    f("live_fee", "money"),
    f("video_fee", "money"),
    f("sample_cost", "money"),
  ],
  campaigns: [
    f("campaign_id", "id", { required: true }),
    f("name", "text", { required: true }),
    f("starts_at", "day", { required: true }),
    f("ends_at", "day", { required: true }),
    f("kind", "enum", { values: CAMPAIGN_KINDS, fallback: "other" }),
    f("budget", "money"),
  ],
  views: [
    f("date", "day", { required: true }),
    f("content_id", "id", { required: true }),
    f("account_id", "id", { required: true }),
    f("content_type", "enum", { required: true, values: CONTENT_TYPES }),
    f("campaign_id", "id"),
    f("impressions", "count"),
    f("views", "count"),
    f("watch_seconds", "count"),
    f("likes", "count"),
    f("comments", "count"),
    f("shares", "count"),
    f("follows", "count"),
    f("product_clicks", "count"),
    f("cart_adds", "count"),
    f("live_seconds", "count"),
  ],
  orders: [
    f("order_id", "id", { required: true }),
    f("paid_at", "timestamp", { required: true }),
    f("gmv", "money", { required: true }),
    f("quantity", "count", { fallback: 1 }),
    f("sku_id", "id"),
    f("product_name", "text"),
    f("channel", "enum", { values: CHANNELS }),
    f("content_id", "id"),
    f("account_id", "id"),
    f("campaign_id", "id"),
    f("refund_amount", "money"),
    f("buyer_id", "id"),
    f("status", "enum", { values: ORDER_STATUSES, fallback: "paid" }),
    f("main_order_id", "id"),
    f("sales_source", "enum", { values: SALES_SOURCES }),
  ],
  reviews: [
    f("review_id", "id", { required: true }),
    f("created_at", "timestamp", { required: true }),
    f("rating", "rating", { required: true }),
    f("order_id", "id"),
    f("sku_id", "id"),
    f("has_media", "bool"),
    f("text", "text"),
    f("buyer_id", "id"),
  ],
};

/** The fields that identify a row of each kind (besides the merchant). */
export const KIND_KEYS: Record<ImportKind, readonly string[]> = {
  accounts: ["account_id"],
  campaigns: ["campaign_id"],
  views: ["content_id", "date"],
  orders: ["order_id"],
  reviews: ["review_id"],
};

/** What one row of each kind is called in a sentence: "every order needs a gmv". */
/** What one row of a kind is, in English ("views row"); the words live in messages.ts. */
export const ROW_NOUN: Record<ImportKind, string> = {
  accounts: importEnglish(nounOf("accounts")),
  campaigns: importEnglish(nounOf("campaigns")),
  views: importEnglish(nounOf("views")),
  orders: importEnglish(nounOf("orders")),
  reviews: importEnglish(nounOf("reviews")),
};

export function fieldNames(kind: ImportKind): string[] {
  return KIND_FIELDS[kind].map((d) => d.name);
}

export function requiredFields(kind: ImportKind): string[] {
  return KIND_FIELDS[kind].filter((d) => d.required).map((d) => d.name);
}

export function fieldDef(kind: ImportKind, name: string): FieldDef | undefined {
  return KIND_FIELDS[kind].find((d) => d.name === name);
}
