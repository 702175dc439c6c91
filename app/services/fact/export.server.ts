// Every FACT table as a report table, for CSV and XLSX: the same rows the page shows.
import type { Db } from "../../../db/client";
import {
  CAMPAIGN_COLUMNS,
  FIELD_SESSION_COLUMNS,
  PILLAR_SUMMARY_COLUMNS,
  PILLAR_TREND_COLUMNS,
  SHELF_CHANNEL_COLUMNS,
  SHELF_TREND_COLUMNS,
  TALENT_COLUMNS,
  TIER_COLUMNS,
  TOP_KOL_COLUMNS,
} from "../../domain/fact/tables";
import type { Message } from "../../domain/message";
import { moneyNote } from "../../domain/phases/columns";
import type { PageRange } from "../../domain/range";
import { factNote, factTableNote, reportNoteEnglish } from "../../domain/report/export-notes";
import type { Column, ReportTable, Row } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { alliancePage, type AllianceScope } from "./alliance.server";
import { campaignPage } from "./campaign.server";
import { fieldPage } from "./field.server";
import { factOverview, type TrendGrouping } from "./overview.server";
import { shelfPage } from "./shelf.server";
import { topKolPage } from "./top-kol.server";

export const EXPORT_TABLES = ["summary", "trend", "sessions", "matrix", "tiers", "campaigns", "top-kol", "shelf-channels", "shelf-trend"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export interface ExportOptions {
  by: TrendGrouping;
  scope: AllianceScope;
}

type Built = { columns: Column[]; rows: Row[]; by: ReportTable["by"]; split: ReportTable["split"]; notes: Message[] };

function build(db: Db, merchant: MerchantContext, table: ExportTable, range: PageRange, o: ExportOptions): Built {
  switch (table) {
    case "summary":
      return { columns: PILLAR_SUMMARY_COLUMNS, rows: factOverview(db, merchant, range, o.by).summary, by: "total", split: "pillar", notes: [factNote("previous", { from: range.previous.from, to: range.previous.to })] };
    case "trend":
      return { columns: PILLAR_TREND_COLUMNS, rows: factOverview(db, merchant, range, o.by).trend, by: o.by, split: "pillar", notes: [] };
    case "sessions":
      return { columns: FIELD_SESSION_COLUMNS, rows: fieldPage(db, merchant, range).sessions, by: "day", split: "content", notes: [factNote("sessions")] };
    case "matrix": {
      const p = alliancePage(db, merchant, range, o.scope);
      return { columns: TALENT_COLUMNS, rows: p.matrix, by: "total", split: "account", notes: [factNote(o.scope === "all" ? "everyCreator" : "allianceCreators"), factNote("creatorGmv")] };
    }
    case "tiers":
      return { columns: TIER_COLUMNS, rows: alliancePage(db, merchant, range, o.scope).tiers, by: "total", split: "account", notes: [] };
    case "campaigns":
      return { columns: CAMPAIGN_COLUMNS, rows: campaignPage(db, merchant, range).campaigns, by: "total", split: "campaign", notes: [factNote("campaigns")] };
    case "top-kol":
      return { columns: TOP_KOL_COLUMNS, rows: topKolPage(db, merchant, range).ranking, by: "total", split: "account", notes: [factNote("threshold", { threshold: merchant.settings.topKolThreshold })] };
    case "shelf-channels":
      return { columns: SHELF_CHANNEL_COLUMNS, rows: shelfPage(db, merchant, range, o.by).channels, by: "total", split: "none", notes: [] };
    case "shelf-trend":
      return { columns: SHELF_TREND_COLUMNS, rows: shelfPage(db, merchant, range, o.by).trend, by: o.by, split: "none", notes: [] };
  }
}

export function factExportTable(db: Db, merchant: MerchantContext, table: ExportTable, range: PageRange, o: ExportOptions): ReportTable {
  const b = build(db, merchant, table, range, o);
  return {
    report: "fact",
    merchant: merchant.slug,
    from: range.from,
    to: range.to,
    by: b.by,
    split: b.split,
    columns: b.columns,
    rows: b.rows,
    // English for JSON and the canonical CSV; the messages for a download in the reader's language
    ...notesOf([factTableNote(table), ...b.notes, moneyNote(merchant.currency, merchant.timezone)]),
  };
}

function notesOf(messages: Message[]): Pick<ReportTable, "notes" | "noteMessages"> {
  return { notes: messages.map(reportNoteEnglish), noteMessages: messages };
}
