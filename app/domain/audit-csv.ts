// The audit log as CSV for owners: one line per entry, cells that look like formulas kept as text.
import { csvField, neutralise } from "./report/serialize";

export interface AuditCsvRow {
  at: number;
  user: string;
  action: string;
  detail: Record<string, unknown>;
  ip: string;
}

export const AUDIT_CSV_COLUMNS = ["at_utc", "user", "action", "detail", "ip"] as const;

export function auditCsv(rows: readonly AuditCsvRow[]): string {
  const lines = [AUDIT_CSV_COLUMNS.join(",")];
  for (const r of rows) {
    const cells = [new Date(r.at).toISOString(), r.user, r.action, JSON.stringify(r.detail), r.ip];
    lines.push(cells.map((c) => csvField(neutralise(c))).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
