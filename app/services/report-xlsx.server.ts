// Report tables as XLSX workbooks: a summary sheet, one sheet per phase for phase reports, and
// a sheet that defines every measure.
import ExcelJS from "exceljs";
import { PHASES, PHASE_LABELS } from "../domain/phases";
import { reportExportMessages, reportLine, reportNoteEnglish } from "../domain/report/export-notes";
import { plainValue, type Column, type ReportTable } from "../domain/report/table";

const FORMATS: Partial<Record<Column["type"], string>> = { money: "#,##0.00", ratio: "0.00%", count: "#,##0" };

function addTable(ws: ExcelJS.Worksheet, columns: Column[], rows: ReportTable["rows"]): void {
  ws.columns = columns.map((c) => ({ header: c.label, key: c.key, width: Math.max(12, c.label.length + 2), style: { numFmt: FORMATS[c.type] } }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of rows) {
    // Text goes in as a string value; ExcelJS never turns it into a formula.
    ws.addRow(Object.fromEntries(columns.map((c) => [c.key, plainValue(c, r[c.key] ?? null)])));
  }
}

/** The workbook's own words: sheet names, the definitions sheet's headers and its closing rows. */
export interface XlsxWords {
  summary: string;
  definitions: string;
  measure: string;
  definition: string;
  blank: string;
  phase: Record<(typeof PHASES)[number], string>;
  /** the closing rows' names: "report", "note", "blank cells" */
  report: string;
  note: string;
  blankCells: string;
  /** "fact, 2026-01-01 to 2026-01-31, by day, split pillar" */
  line: (t: ReportTable) => string;
}

const sheet = reportExportMessages.reportSheet;

const ENGLISH: XlsxWords = {
  summary: "Summary",
  definitions: "Definitions",
  measure: "Measure",
  definition: "Definition",
  blank: sheet.blank[0],
  phase: PHASE_LABELS,
  report: sheet.report[0],
  note: sheet.note[0],
  blankCells: sheet.blankCells[0],
  line: (t) => reportNoteEnglish(reportLine(t)),
};

/** Excel refuses sheet names longer than 31 characters or holding []:*?/\. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

export async function reportXlsx(t: ReportTable, words: XlsxWords = ENGLISH): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "factloop";
  const summary = wb.addWorksheet(sheetName(words.summary));
  addTable(summary, t.columns, t.rows);

  if (t.report === "phases") {
    const lead = t.columns.filter((c) => c.type === "text");
    for (const phase of PHASES) {
      const cols = t.columns.filter((c) => c.key === phase || c.key === `${phase}_rate`);
      // a phase left out of the chosen measures gets no sheet of bare period labels
      if (cols.length === 0) continue;
      addTable(wb.addWorksheet(sheetName(words.phase[phase])), [...lead, ...cols], t.rows);
    }
  }

  const defs = wb.addWorksheet(sheetName(words.definitions));
  defs.columns = [
    { header: words.measure, key: "key", width: 22 },
    { header: words.definition, key: "definition", width: 90 },
  ];
  defs.getRow(1).font = { bold: true };
  for (const c of t.columns) if (c.definition) defs.addRow({ key: words === ENGLISH ? c.key : c.label, definition: c.definition });
  defs.addRow({});
  defs.addRow({ key: words.report, definition: words.line(t) });
  for (const n of t.notes) defs.addRow({ key: words.note, definition: n });
  defs.addRow({ key: words.blankCells, definition: words.blank });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
