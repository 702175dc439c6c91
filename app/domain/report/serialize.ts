// Report tables to JSON and CSV, as the contract and spreadsheet users expect.
import { plainValue, type ReportTable } from "./table";

/** `{"report", "merchant", "from", "to", "by", "rows": [...]}` with money as currency units. */
export function reportJson(t: ReportTable): Record<string, unknown> {
  return {
    report: t.report,
    merchant: t.merchant,
    from: t.from,
    to: t.to,
    by: t.by,
    split: t.split,
    notes: t.notes,
    rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, plainValue(c, r[c.key] ?? null)]))),
  };
}

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, or a tab/CR first) is prefixed
 * with an apostrophe so it stays text. Numbers are written as numbers and left alone.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV in UTF-8 with a BOM (so Excel opens Chinese text), blank for a ratio with no value. The
 * header row holds the canonical snake_case keys, or the columns' labels in the reader's language.
 */
export function reportCsv(t: ReportTable, { bom = true, header = "key" as "key" | "label" } = {}): string {
  const lines = [t.columns.map((c) => csvField(header === "label" ? c.label : c.key)).join(",")];
  for (const r of t.rows) {
    lines.push(
      t.columns
        .map((c) => {
          const v = plainValue(c, r[c.key] ?? null);
          if (v === null) return "";
          if (typeof v === "number") return c.type === "money" ? v.toFixed(2) : String(v);
          return csvField(neutralise(v));
        })
        .join(","),
    );
  }
  return (bom ? "\uFEFF" : "") + lines.join("\r\n") + "\r\n";
}
