// Everything an export import says to the merchant, in one place so it can be translated.
import type { DateOrder } from "../../settings";
import type { LiveWithoutAccountRule } from "../../pillars";
import type { DateOrderDecision } from "./dates";
import type { ExportNote } from "./format";

export function exportSummary(label: string, columns: number, used: number): string {
  return `${label} (${columns} column${columns === 1 ? "" : "s"}, ${used} used)`;
}

export const IGNORED_COLUMNS = "Columns of the export that factloop does not use were ignored";

/** Beside the export's name in the preview. */
export const EXPORT_READ_AS_IT_COMES = "Read as the platform exports it: no mapping needed; the columns factloop does not use are ignored.";

/** The preview's choice for a file whose dates read either way. */
export function dateOrderChoice(example: string): string {
  return `Read dates such as "${example}"`;
}
export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  "day-first": "day first (the shop's setting from now on)",
  "month-first": "month first (the shop's setting from now on)",
};

/** A column of an export that no field takes, in the preview's column list. */
export const IGNORED_COLUMN = "(ignored)";

const ORDER_WORDS: Record<DateOrder, string> = { "day-first": "day first", "month-first": "month first" };

/** How the file's day/month-first dates were read; null when it has none. */
export function dateOrderNote(d: DateOrderDecision): string | null {
  switch (d.by) {
    case "none":
      return null;
    case "values":
      return `Dates are read ${ORDER_WORDS[d.order]}: "${d.example}" can only be read that way.`;
    case "setting":
      return `Every date of this file could be day first or month first (such as "${d.example}"): they are read ${ORDER_WORDS[d.order]}, as the shop's settings say.`;
    case "conflict":
      return `Dates of this file are written day first ("${d.dayFirst}") and month first ("${d.monthFirst}"): they are read ${ORDER_WORDS[d.order]}, as the shop's settings say; check the rows.`;
  }
}

const LIVE_RULE_WORDS: Record<LiveWithoutAccountRule, string> = {
  source: "in Field when 流量来源 says 小店自卖 (or nothing), in Alliance when it says 精选联盟",
  field: "in Field",
  alliance: "in Alliance",
};

function rows(n: number): string {
  return `${n.toLocaleString("en-US")} row${n === 1 ? "" : "s"}`;
}

/** A note about what the export's rows held, counted while it was read. */
export function exportNote(note: ExportNote, count: number, examples: string[], liveRule: LiveWithoutAccountRule): string {
  switch (note) {
    case "unpaid":
      return `${rows(count)} were never paid (no payment time): stored as cancelled, at the time the order was placed, and not counted`;
    case "liveWithoutAccount":
      return `${rows(count)} sold in a live room name no 达人ID: they count ${LIVE_RULE_WORDS[liveRule]}, as the shop's settings say`;
    case "channelNextDay":
      return `${rows(count)} have 流量体裁 "数据将于第二天更新" (filled in the next day): stored without a channel; import tomorrow's export again to fill it`;
    case "unknownChannel":
      return `${rows(count)} have a 流量体裁 factloop does not know (${examples.join(", ")}): read as other`;
    case "datedByCreation":
      return "The export has no payment time column: orders are dated when they were placed, and their status alone says whether they were paid";
    case "impressionsFromViews":
      return `The video list has no exposure column: each video's 视频观看次数 is used as its impressions too`;
    case "handleNotFound":
      return `${rows(count)} name a 抖音号 that no accounts file gives (${examples.join(", ")}): the 抖音号 is used as the account; add it as the handle of the account in an accounts file so orders and sessions meet`;
  }
}

/** The warning of an order export that names 达人ID no accounts file names. */
const SOURCE_NAMES: Record<string, string> = { shop: "小店自卖", alliance: "精选联盟" };

/**
 * The warning of an order export that names 达人ID no accounts file names, each with who sold its
 * orders (`sources`: shop, alliance) as a hint of what kind of account it is.
 */
export function unknownAccountsWarning(count: number, ids: string[], more: number, sources: ReadonlyMap<string, string[]> = new Map()): string {
  const named = ids.map((id) => {
    const s = (sources.get(id) ?? []).map((x) => SOURCE_NAMES[x] ?? x);
    return s.length ? `${id} (${s.join(", ")})` : id;
  });
  const list = named.join(", ") + (more > 0 ? ` and ${more.toLocaleString("en-US")} more` : "");
  return `${rows(count)} name a 达人ID that no accounts file names: ${list}. They count in Alliance until an accounts file names them (kind self for the shop's own accounts, those selling 小店自卖; creator otherwise)`;
}
