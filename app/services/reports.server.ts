// FACT and phase reports: the numbers behind every page, export and `factloop report`.
import type { Db } from "../../db/client";
import { factReportRows, FACT_COLUMNS } from "../domain/report/fact-report";
import type { SplitInput } from "../domain/report/group";
import type { ReportParams } from "../domain/report/params";
import { phaseReportRows } from "../domain/report/phase-report";
import { moneyNote, phaseColumns, phaseReportNotes } from "../domain/phases/columns";
import { NONE_KEY, type Column, type ReportTable } from "../domain/report/table";
import type { Message } from "../domain/message";
import { phaseDefEnglish } from "../domain/report/phase-definitions";
import { MEASURE_KEYS, type Measures } from "../domain/measures";
import { eachDay, periodOf, TOTAL_PERIOD, type Grouping } from "../domain/time";
import { buyersByPeriod, type BuyersRow } from "../queries/reports/buyers-by-period.server";
import { buyersFromVisits, buyerVisitsVersion } from "../queries/reports/buyer-visits.server";
import { dataSpan, measuresByPeriod, type MeasuresRow } from "../queries/reports/measures-by-period.server";
import type { MerchantContext } from "./merchants.server";


export interface ResolvedRange {
  from: string;
  to: string;
}

/** The report's days: as asked, else the merchant's whole data span, else an empty today. */
export function resolveRange(db: Db, merchant: MerchantContext, p: { from?: string; to?: string }): ResolvedRange {
  // a page asks with both days set (its range is anchored at the span it already has): no query
  if (p.from !== undefined && p.to !== undefined) return { from: p.from, to: p.to < p.from ? p.from : p.to };
  const span = dataSpan(db, merchant.id);
  const from = p.from ?? span?.from ?? p.to ?? new Date().toISOString().slice(0, 10);
  const to = p.to ?? span?.to ?? from;
  return { from, to: to < from ? from : to };
}

export function periodsIn(from: string, to: string, by: Grouping): string[] {
  if (by === "total") return [TOTAL_PERIOD];
  return [...new Set(eachDay(from, to).map((d) => periodOf(d, by)))];
}

function toInputs(rows: MeasuresRow[]): SplitInput[] {
  return rows.map((r) => {
    const measures = {} as Measures;
    for (const k of MEASURE_KEYS) measures[k] = Number(r[k] ?? 0);
    return { period: r.period, key: r.key === "" ? NONE_KEY : r.key, measures };
  });
}

function splitColumn(split: ReportParams["split"]): Column[] {
  return split === "none" ? [] : [{ key: split, label: split[0].toUpperCase() + split.slice(1), type: "text" }];
}

/** Notes in canonical English, and as messages for a reader's language. */
function notesOf(messages: Message[]): Pick<ReportTable, "notes" | "noteMessages"> {
  return { notes: messages.map(phaseDefEnglish), noteMessages: messages };
}

/**
 * Distinct buyers per period and split value: from the buyer visits when they are of the
 * merchant's current data (a read bounded by days), else counted from the period's orders.
 */
function buyersOf(db: Db, merchant: MerchantContext, q: Parameters<typeof buyersByPeriod>[1]): BuyersRow[] {
  const fromVisits = buyerVisitsVersion(db, merchant.id) === merchant.dataVersion ? buyersFromVisits(db, q) : null;
  return fromVisits ?? buyersByPeriod(db, q);
}

export function factReport(db: Db, merchant: MerchantContext, params: ReportParams): ReportTable {
  const { from, to } = resolveRange(db, merchant, params);
  const q = { merchantId: merchant.id, from, to, by: params.by, split: params.split, pillars: params.pillars };
  const measures = toInputs(measuresByPeriod(db, q));
  const buyers = new Map<string, number>();
  for (const b of buyersOf(db, merchant, q)) {
    const key = params.split === "none" ? "ALL" : b.key === "" ? NONE_KEY : b.key;
    buyers.set(`${b.period}|${key}`, b.buyers);
  }
  return {
    report: "fact",
    merchant: merchant.slug,
    from,
    to,
    by: params.by,
    split: params.split,
    columns: [{ key: "period", label: "Period", type: "text" }, ...splitColumn(params.split), ...FACT_COLUMNS],
    rows: factReportRows(measures, buyers, params.split, periodsIn(from, to, params.by)),
    ...notesOf([moneyNote(merchant.currency, merchant.timezone)]),
  };
}

/**
 * The phase report. `measures` picks columns (the contract's columns when absent); every phase
 * volume column is defined as the merchant defines the phase, and the notes say which.
 */
export function phasesReport(db: Db, merchant: MerchantContext, params: ReportParams & { measures?: readonly string[] }): ReportTable {
  const { from, to } = resolveRange(db, merchant, params);
  const q = { merchantId: merchant.id, from, to, by: params.by, split: params.split, pillars: params.pillars };
  const defs = merchant.settings.phaseDefinitions;
  return {
    report: "phases",
    merchant: merchant.slug,
    from,
    to,
    by: params.by,
    split: params.split,
    columns: [{ key: "period", label: "Period", type: "text" }, ...splitColumn(params.split), ...phaseColumns(defs, params.measures)],
    rows: phaseReportRows(toInputs(measuresByPeriod(db, q)), defs, params.split, periodsIn(from, to, params.by)),
    ...notesOf(phaseReportNotes(defs, merchant.currency, merchant.timezone)),
  };
}
