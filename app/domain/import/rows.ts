// One compiled row check per kind turns a file row (cells as text, by field) into the values factloop
// stores, or into messages that name the line, the column and the value.
import type { Parsed } from "../money";
import { centsToDecimal } from "../money";
import { dayOf, formatLocal } from "../time";
import type { Message } from "../message";
import { KIND_FIELDS, type FieldDef, type ImportKind } from "./kinds";
import { CELL_ENGLISH, importEnglish, importMessage, nounOf, problem, problemMessage } from "./messages";
import { controlCharacterIn, controlCharacterProblem } from "./limits";
import {
  MAX_CELL_CHARS,
  parseBool,
  parseCount,
  parseDayIn,
  parseEnum,
  parseMoney,
  parseRate,
  parseRating,
  parseTimestampIn,
} from "./values";

/** The columns each kind stores, in the order a parsed row gives them (merchant and batch aside). */
export const STORED_COLUMNS: Record<ImportKind, readonly string[]> = {
  accounts: ["account_id", "name", "kind", "followers", "category", "commission_rate", "handle", "live_fee", "video_fee", "sample_cost"],
  campaigns: ["campaign_id", "name", "starts_on", "ends_on", "kind", "budget"],
  views: [
    "content_id", "day", "account_id", "content_type", "campaign_id", "impressions", "views", "watch_seconds",
    "likes", "comments", "shares", "follows", "product_clicks", "cart_adds", "live_seconds",
  ],
  orders: [
    "order_id", "paid_at", "day", "gmv", "quantity", "sku_id", "product_name", "channel", "content_id",
    "account_id", "campaign_id", "refund_amount", "buyer_id", "status", "main_order_id", "sales_source",
  ],
  reviews: ["review_id", "created_at", "day", "rating", "order_id", "sku_id", "has_media", "text", "buyer_id"],
};

/** The stored columns that make a row's key (merchant aside). */
export const KEY_COLUMNS: Record<ImportKind, readonly string[]> = {
  accounts: ["account_id"],
  campaigns: ["campaign_id"],
  views: ["content_id", "day"],
  orders: ["order_id"],
  reviews: ["review_id"],
};

export type StoredValue = string | number | null;

export interface ParsedRow {
  /** values in STORED_COLUMNS order */
  values: StoredValue[];
  /** the row's key as one string (parts joined by \u0001) */
  key: string;
  /** the day the row counts on, for rollups; null for accounts and campaigns */
  day: string | null;
}

export interface CellIssue {
  field: string;
  /** the cell as the file gave it */
  value: string;
  /** a sentence about the cell, without line and column: "is not a rating from 1 to 5" */
  problem: string;
}

export type RowResult =
  | {
      ok: true;
      row: ParsedRow;
      /** each field's value as read (hundredths, instants, canonical enum values, defaults) */
      fields: Record<string, unknown>;
    }
  | { ok: false; issues: CellIssue[] };

const EMPTY = "\u0000empty";
const TOO_LONG = "\u0000long";

/** A cell converter: the value, or the sentence of what is wrong. */
type Convert = (s: string) => Parsed<unknown>;

const asText: Convert = (s) => ({ ok: true, value: s });

/** An id is text one can see: NUL and other control characters make it a different key that looks the same. */
const asId: Convert = (s) => {
  const bad = controlCharacterIn(s);
  return bad === null ? { ok: true, value: s } : { ok: false, error: controlCharacterProblem(bad) };
};

function converter(def: FieldDef, tz: string): { convert: Convert; fallback: unknown } {
  const c = typeConverter(def, tz);
  return def.fallback === undefined ? c : { convert: c.convert, fallback: def.fallback };
}

function typeConverter(def: FieldDef, tz: string): { convert: Convert; fallback: unknown } {
  switch (def.type) {
    case "id":
      return { convert: asId, fallback: "" };
    case "text":
      return { convert: asText, fallback: "" };
    case "money":
      return { convert: parseMoney, fallback: null };
    case "count":
      return { convert: parseCount, fallback: 0 };
    case "timestamp":
      return { convert: parseTimestampIn(tz), fallback: null };
    case "day":
      return { convert: parseDayIn(tz), fallback: null };
    case "rate":
      return { convert: parseRate, fallback: null };
    case "rating":
      return { convert: parseRating, fallback: null };
    case "bool":
      return { convert: parseBool, fallback: false };
    case "enum": {
      const values = def.values ?? [];
      return { convert: (s) => parseEnum(s, values), fallback: "" };
    }
  }
}

type Cells = Record<string, unknown>;

interface FieldPlan {
  name: string;
  required: boolean;
  convert: Convert;
  fallback: unknown;
}

/**
 * The row check of a kind, compiled once: every field a text cell, converted by its type. It is
 * a plain loop over the cells rather than a zod object schema, which cost 10 s per million
 * orders in allocation alone (docs/import.md, "Performance"); the issues still name the field.
 */
function buildPlan(kind: ImportKind, tz: string): FieldPlan[] {
  return KIND_FIELDS[kind].map((def) => ({ name: def.name, required: !!def.required, ...converter(def, tz) }));
}

function toStored(kind: ImportKind, c: Cells, tz: string): ParsedRow {
  switch (kind) {
    case "accounts":
      return {
        values: [c.account_id, c.name, c.kind, c.followers, c.category, c.commission_rate, c.handle, c.live_fee, c.video_fee, c.sample_cost] as StoredValue[],
        key: c.account_id as string,
        day: null,
      };
    case "campaigns":
      return {
        values: [c.campaign_id, c.name, c.starts_at, c.ends_at, c.kind, c.budget] as StoredValue[],
        key: c.campaign_id as string,
        day: null,
      };
    case "views":
      return {
        values: [
          c.content_id, c.date, c.account_id, c.content_type, c.campaign_id, c.impressions, c.views, c.watch_seconds,
          c.likes, c.comments, c.shares, c.follows, c.product_clicks, c.cart_adds, c.live_seconds,
        ] as StoredValue[],
        key: `${c.content_id}\u0001${c.date}`,
        day: c.date as string,
      };
    case "orders": {
      const day = dayOf(c.paid_at as number, tz);
      return {
        values: [
          c.order_id, c.paid_at, day, c.gmv, c.quantity, c.sku_id, c.product_name, c.channel, c.content_id,
          c.account_id, c.campaign_id, c.refund_amount, c.buyer_id, c.status, c.main_order_id, c.sales_source,
        ] as StoredValue[],
        key: c.order_id as string,
        day,
      };
    }
    case "reviews": {
      const day = dayOf(c.created_at as number, tz);
      return {
        values: [
          c.review_id, c.created_at, day, c.rating, c.order_id, c.sku_id, c.has_media ? 1 : 0, c.text, c.buyer_id,
        ] as StoredValue[],
        key: c.review_id as string,
        day,
      };
    }
  }
}

export interface RowParser {
  kind: ImportKind;
  /** cells by field name; a field the file lacks is "" */
  parse(cells: Record<string, string>): RowResult;
  /**
   * The same for a row as the file gives it: `columns[i]` is the position in `values` of the
   * kind's i-th field (KIND_FIELDS order), or -1 when the file lacks it. The import's hot path.
   */
  parseColumns(values: readonly string[], columns: readonly number[]): RowResult;
}

/** A parser for one kind in one merchant's time zone. */
export function rowParser(kind: ImportKind, tz: string): RowParser {
  const plan = buildPlan(kind, tz);
  const parseColumns = (values: readonly string[], columns: readonly number[]): RowResult => {
    const out: Cells = {};
    let issues: CellIssue[] | null = null;
    for (let i = 0; i < plan.length; i++) {
      const f = plan[i];
      const c = columns[i];
      const cell = c === -1 ? "" : (values[c] ?? "");
      let problem: string | null = null;
      if (cell.length > MAX_CELL_CHARS) problem = TOO_LONG;
      else {
        const s = cell.trim();
        if (s === "") {
          if (f.required) problem = EMPTY;
          else out[f.name] = f.fallback;
        } else {
          const r = f.convert(s);
          if (r.ok) out[f.name] = r.value;
          else problem = r.error;
        }
      }
      if (problem !== null) (issues ??= []).push({ field: f.name, value: cell, problem });
    }
    if (issues) return { ok: false, issues };
    if (kind === "campaigns" && (out.ends_at as string) < (out.starts_at as string)) {
      const c = columns[plan.findIndex((f) => f.name === "ends_at")];
      return { ok: false, issues: [{ field: "ends_at", value: values[c] ?? "", problem: problem("beforeStart", { start: String(out.starts_at) }) }] };
    }
    return { ok: true, row: toStored(kind, out, tz), fields: out };
  };
  const byName = plan.map((_, i) => i);
  return {
    kind,
    parseColumns,
    parse: (cells) => parseColumns(plan.map((f) => cells[f.name] ?? ""), byName),
  };
}

/**
 * A field's value as factloop will store it, written for the import preview, so the merchant sees
 * how a cell is read: `￥1,234.5` → `1234.50`, `2024/6/18 8:15` → `2024-06-18 08:15:00`, `已退款` →
 * `refunded`, an empty quantity → `1`.
 */
export function shownValue(def: FieldDef, value: unknown, tz: string): string {
  if (value === null || value === undefined) return "";
  switch (def.type) {
    case "money":
      return centsToDecimal(value as number);
    case "timestamp":
      return formatLocal(value as number, tz);
    case "rate":
      return `${Math.round((value as number) * 10_000) / 100}%`;
    case "bool":
      return value ? "yes" : "no";
    default:
      return String(value);
  }
}

/** Shortens a value for a message: long cells would bury the sentence. */
export function quoteValue(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  // control characters shown as their pictures (␀), never written into a message as they are
  const v = cut.replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0))).replace(/\u007f/g, "\u2421");
  return `"${v}"`;
}

/**
 * The message for one bad cell, in the merchant's words:
 * `Line 14, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)`.
 */
export function cellMessageOf(kind: ImportKind, line: number, header: string, issue: CellIssue): Message {
  if (issue.problem === EMPTY) {
    return importMessage("empty", { line, column: header, noun: nounOf(kind), field: issue.field });
  }
  if (issue.problem === TOO_LONG) {
    return importMessage("tooLong", { line, column: header, length: issue.value.length.toLocaleString("en-US"), max: MAX_CELL_CHARS.toLocaleString("en-US") });
  }
  return importMessage("cell", { line, column: header, value: quoteValue(issue.value), problem: problemMessage(issue.problem) });
}

/**
 * The English of `cellMessageOf`, as the command line and the rejected-rows file say it: the
 * same templates, filled without building the message (a file of empty rows has millions).
 */
export function cellMessage(kind: ImportKind, line: number, header: string, issue: CellIssue): string {
  if (issue.problem === EMPTY) return CELL_ENGLISH.empty({ line, column: header, noun: CELL_ENGLISH.noun[kind], field: issue.field });
  if (issue.problem === TOO_LONG) return importEnglish(cellMessageOf(kind, line, header, issue));
  return CELL_ENGLISH.cell({ line, column: header, value: quoteValue(issue.value), problem: issue.problem });
}
