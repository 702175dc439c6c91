// What an export worker builds: every download (phase and FACT reports as CSV/XLSX/JSON, the
// audit log, a plan), the print page's table and a cold forecast, from a plain task the request
// side checked.
// Runs in a worker thread of the export pool (pool.server.ts) on a read-only connection of its
// own, or in the request's process for an in-memory database (tests).
import type { Db } from "../../../db/client";
import { auditCsv } from "../../domain/audit-csv";
import type { Locale } from "../../domain/locale-format";
import type { PhaseReportQuery } from "../../domain/phases/report-query";
import type { PageRange } from "../../domain/range";
import { reportCsv } from "../../domain/report/serialize";
import { auditRows, type AuditFilterInput } from "../audit-page.server";
import { forecastGmv } from "../forecast.server";
import { factExportTable, type ExportOptions, type ExportTable } from "../fact/export.server";
import type { MerchantContext } from "../merchants.server";
import { buildPhaseReport, exportPhaseReport, type ExportFormat } from "../phases/phase-report.server";
import { planCsv, planFileName, planXlsx } from "../planner/export.server";
import { loadPlan } from "../planner/plans.server";
import { localizedTable, xlsxWords } from "../report-language.server";
import { reportXlsx } from "../report-xlsx.server";

export type ExportTask =
  | { kind: "phases"; merchant: MerchantContext; query: PhaseReportQuery & { from: string; to: string }; format: ExportFormat; locale: Locale | null }
  | { kind: "phase-table"; merchant: MerchantContext; query: PhaseReportQuery & { from: string; to: string } }
  | { kind: "fact"; merchant: MerchantContext; table: ExportTable; range: PageRange; options: ExportOptions; format: "csv" | "xlsx"; locale: Locale | null }
  | { kind: "audit"; merchant: MerchantContext; filter: AuditFilterInput; limit: number }
  | { kind: "plan"; merchant: MerchantContext; planId: number; format: "csv" | "xlsx"; locale: Locale | null }
  /** a forecast fitted (and cached) off the request thread: the only task that writes (the forecast cache) */
  | { kind: "forecast"; merchant: MerchantContext; ask: Omit<Parameters<typeof forecastGmv>[2], "cachedOnly" | "scenarios"> };

/** A built file: its bytes, how to serve it, and what the audit log and the route need to know. */
export interface BuiltExport {
  body: Uint8Array;
  contentType: string;
  filename: string;
  /** rows written (audit log), or null */
  rows: number | null;
  /** false when the thing asked for does not exist (a plan deleted meanwhile) */
  found: boolean;
}

const CSV = "text/csv; charset=utf-8";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const JSON_TYPE = "application/json; charset=utf-8";

const bytes = (body: string | Buffer): Uint8Array => (typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength));

export async function buildExport(db: Db, task: ExportTask): Promise<BuiltExport> {
  switch (task.kind) {
    case "phases": {
      const table = buildPhaseReport(db, task.merchant, task.query);
      const file = await exportPhaseReport(table, task.format, task.locale);
      return { body: bytes(file.body), contentType: file.contentType, filename: file.filename, rows: table.rows.length, found: true };
    }
    case "phase-table": {
      // the print page's table, as JSON: React renders it on the request side
      const table = buildPhaseReport(db, task.merchant, task.query);
      return { body: bytes(JSON.stringify(table)), contentType: JSON_TYPE, filename: "table.json", rows: table.rows.length, found: true };
    }
    case "fact": {
      const raw = factExportTable(db, task.merchant, task.table, task.range, task.options);
      const report = task.locale ? localizedTable(raw, task.locale) : raw;
      const filename = `${task.merchant.slug}-fact-${task.table}-${task.range.from}-to-${task.range.to}.${task.format}`;
      const body = task.format === "csv" ? reportCsv(report, { header: task.locale ? "label" : "key" }) : await reportXlsx(report, task.locale ? xlsxWords(task.locale) : undefined);
      return { body: bytes(body), contentType: task.format === "csv" ? CSV : XLSX, filename, rows: raw.rows.length, found: true };
    }
    case "audit": {
      const rows = auditRows(db, task.merchant, task.filter, task.limit);
      return { body: bytes(auditCsv(rows)), contentType: CSV, filename: `${task.merchant.slug}-audit-log.csv`, rows: rows.length, found: true };
    }
    case "forecast": {
      const outcome = forecastGmv(db, task.merchant, task.ask);
      return { body: bytes(JSON.stringify(outcome)), contentType: JSON_TYPE, filename: "forecast.json", rows: null, found: true };
    }
    case "plan": {
      const plan = loadPlan(db, task.merchant, { id: task.planId });
      if (!plan) return { body: new Uint8Array(0), contentType: CSV, filename: "", rows: null, found: false };
      const filename = planFileName(task.merchant.slug, plan, task.format);
      const body = task.format === "csv" ? planCsv(plan, task.locale) : await planXlsx(plan, task.merchant.currency, task.locale);
      return { body: bytes(body), contentType: task.format === "csv" ? CSV : XLSX, filename, rows: plan.lines.length, found: true };
    }
  }
}
