// One zod schema per kind turns a file row (cells as text, by field) into the values factloop
// stores, or into messages that name the line, the column and the value.
import { z } from "zod";
import type { Parsed } from "../money";
import { dayOf } from "../time";
import { KIND_FIELDS, ROW_NOUN, type FieldDef, type ImportKind } from "./kinds";
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
  accounts: ["account_id", "name", "kind", "followers", "category", "commission_rate"],
  campaigns: ["campaign_id", "name", "starts_on", "ends_on", "kind", "budget"],
  views: [
    "content_id", "day", "account_id", "content_type", "campaign_id", "impressions", "views", "watch_seconds",
    "likes", "comments", "shares", "follows", "product_clicks", "cart_adds", "live_seconds",
  ],
  orders: [
    "order_id", "paid_at", "day", "gmv", "quantity", "sku_id", "product_name", "channel", "content_id",
    "account_id", "campaign_id", "refund_amount", "buyer_id", "status",
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

export type RowResult = { ok: true; row: ParsedRow } | { ok: false; issues: CellIssue[] };

const EMPTY = "\u0000empty";
const TOO_LONG = "\u0000long";

function cell<T>(parse: (s: string) => Parsed<T>, required: boolean, fallback: T) {
  return z.string().transform((raw, ctx): T => {
    if (raw.length > MAX_CELL_CHARS) {
      ctx.addIssue({ code: "custom", message: TOO_LONG });
      return z.NEVER;
    }
    const s = raw.trim();
    if (s === "") {
      if (!required) return fallback;
      ctx.addIssue({ code: "custom", message: EMPTY });
      return z.NEVER;
    }
    const r = parse(s);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

const asText = (s: string): Parsed<string> => ({ ok: true, value: s });

function fieldSchema(def: FieldDef, tz: string) {
  const req = !!def.required;
  switch (def.type) {
    case "id":
    case "text":
      return cell(asText, req, "");
    case "money":
      return cell(parseMoney, req, null as number | null);
    case "count":
      // a missing quantity is one piece; any other missing count is 0
      return cell(parseCount, req, def.name === "quantity" ? 1 : 0);
    case "timestamp":
      return cell(parseTimestampIn(tz), req, null as number | null);
    case "day":
      return cell(parseDayIn(tz), req, null as string | null);
    case "rate":
      return cell(parseRate, req, null as number | null);
    case "rating":
      return cell(parseRating, req, null as number | null);
    case "bool":
      return cell(parseBool, req, false);
    case "enum": {
      const values = def.values ?? [];
      return cell((s) => parseEnum(s, values), req, "");
    }
  }
}

type Cells = Record<string, unknown>;

function buildSchema(kind: ImportKind, tz: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const def of KIND_FIELDS[kind]) shape[def.name] = fieldSchema(def, tz);
  const base = z.object(shape);
  if (kind === "campaigns") {
    return base.superRefine((c: Cells, ctx) => {
      if (typeof c.starts_at === "string" && typeof c.ends_at === "string" && c.ends_at < c.starts_at) {
        ctx.addIssue({ code: "custom", path: ["ends_at"], message: `is before the campaign starts (${c.starts_at})` });
      }
    });
  }
  return base;
}

function toStored(kind: ImportKind, c: Cells, tz: string): ParsedRow {
  switch (kind) {
    case "accounts":
      return {
        values: [c.account_id, c.name, c.kind, c.followers, c.category, c.commission_rate] as StoredValue[],
        key: c.account_id as string,
        day: null,
      };
    case "campaigns":
      return {
        values: [c.campaign_id, c.name, c.starts_at, c.ends_at, c.kind || "other", c.budget] as StoredValue[],
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
          c.account_id, c.campaign_id, c.refund_amount, c.buyer_id, c.status || "paid",
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
}

/** A parser for one kind in one merchant's time zone. */
export function rowParser(kind: ImportKind, tz: string): RowParser {
  const schema = buildSchema(kind, tz);
  return {
    kind,
    parse(cells) {
      const r = schema.safeParse(cells);
      if (r.success) return { ok: true, row: toStored(kind, r.data as Cells, tz) };
      const issues: CellIssue[] = [];
      const seen = new Set<string>();
      for (const issue of r.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (seen.has(field)) continue;
        seen.add(field);
        issues.push({ field, value: cells[field] ?? "", problem: issue.message });
      }
      return { ok: false, issues };
    },
  };
}

/** Shortens a value for a message: long cells would bury the sentence. */
export function quoteValue(value: string, max = 60): string {
  const v = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${v}"`;
}

/**
 * The sentence for one bad cell, in the merchant's words:
 * `Line 14, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)`.
 */
export function cellMessage(kind: ImportKind, line: number, header: string, issue: CellIssue): string {
  if (issue.problem === EMPTY) {
    return `Line ${line}, column "${header}" is empty, but every ${ROW_NOUN[kind]} needs a ${issue.field}`;
  }
  if (issue.problem === TOO_LONG) {
    return `Line ${line}, column "${header}": the value is ${issue.value.length.toLocaleString("en-US")} characters long; at most ${MAX_CELL_CHARS.toLocaleString("en-US")} are accepted`;
  }
  return `Line ${line}, column "${header}": ${quoteValue(issue.value)} ${issue.problem}`;
}
