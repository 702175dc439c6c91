// Writes demo rows as the CSV files a merchant would upload.
import type { CsvRow } from "./demo-data";

function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: CsvRow[]): string {
  if (rows.length === 0) return "";
  const headers = Object.keys(rows[0]);
  const lines = [headers.join(",")];
  for (const r of rows) lines.push(headers.map((h) => field(r[h] ?? "")).join(","));
  return lines.join("\n") + "\n";
}
