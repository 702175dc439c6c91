// A report table in the reader's language for CSV and XLSX downloads: column names, the
// definitions written for them, sheet names, phase names and pillar names. The canonical
// snake_case keys stay in JSON, in the CSV a download asks for without a language, and on the
// command line.
import type { Locale } from "../domain/locale-format";
import { translate } from "../domain/message";
import { PHASES } from "../domain/settings";
import { reportLine } from "../domain/report/export-notes";
import { cellWordsKey } from "../domain/report/cell-words";
import type { Column, ReportTable, Row } from "../domain/report/table";
import { hasMessage, tOf } from "../i18n/t";
import type { XlsxWords } from "./report-xlsx.server";

export function localizedTable(t: ReportTable, locale: Locale): ReportTable {
  const tr = tOf(locale);
  const has = (k: string) => hasMessage(locale, k);
  const say = (key: string, o?: Record<string, unknown>) => tr(key, o) as string;
  const worded = t.columns.filter((c) => c.words);
  return {
    ...t,
    columns: t.columns.map((c) => ({
      ...c,
      label: has(`col.${c.key}`) ? tr(`col.${c.key}`) : c.label,
      definition: c.definitionMessage ? translate(say, c.definitionMessage) : has(`colDef.${c.key}`) ? tr(`colDef.${c.key}`) : c.definition,
    })),
    notes: t.noteMessages ? t.noteMessages.map((m) => translate(say, m)) : t.notes,
    rows: worded.length ? t.rows.map((r) => localWords(r, worded, say)) : t.rows,
  };
}

function localWords(r: Row, columns: Column[], say: (key: string) => string): Row {
  const out = { ...r };
  for (const c of columns) {
    const key = cellWordsKey(c.words!, r[c.key], r);
    if (key) out[c.key] = say(key);
  }
  return out;
}

export function xlsxWords(locale: Locale): XlsxWords {
  const tr = tOf(locale);
  return {
    summary: tr("export.summary"),
    definitions: tr("export.definitions"),
    measure: tr("export.measure"),
    definition: tr("export.definition"),
    blank: tr("reportSheet.blank"),
    phase: Object.fromEntries(PHASES.map((p) => [p, tr(`phase.name.${p}`)])) as XlsxWords["phase"],
    report: tr("reportSheet.report"),
    note: tr("reportSheet.note"),
    blankCells: tr("reportSheet.blankCells"),
    line: (t) => translate((key, o) => tr(key, o) as string, reportLine(t)),
  };
}
