// A report as a table: typed columns and rows, money in hundredths until serialised.
import type { CellWords } from "./cell-words";
import type { Message } from "../message";

export type ColumnType = "text" | "money" | "count" | "ratio" | "number";

export interface Column {
  key: string;
  label: string;
  type: ColumnType;
  /** what the measure means, for the XLSX definitions sheet and page tooltips */
  definition?: string;
  /** the definition as a message, for pages and downloads in the reader's language */
  definitionMessage?: Message;
  /** the cells are words of ours, said in the reader's language on pages and downloads (cell-words.ts) */
  words?: CellWords;
}

/** The label of "no campaign" / "no account" / "no content" / "no channel" in split columns. */
export const NONE_KEY = "(none)";

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface ReportTable {
  report: "fact" | "phases";
  merchant: string;
  from: string;
  to: string;
  by: "day" | "week" | "month" | "total";
  split: "none" | "pillar" | "campaign" | "account" | "content";
  columns: Column[];
  rows: Row[];
  /** notes every export repeats, such as which phase definition was used */
  notes: string[];
  /** the notes as messages (same order), where the report wrote them so */
  noteMessages?: Message[];
}

/** A cell in plain units: money to currency units with two decimals, ratios kept whole. */
export function plainValue(column: Column, value: Cell): Cell {
  if (value === null || value === undefined) return null;
  if (column.type === "money" && typeof value === "number") return Math.round(value) / 100;
  if (column.type === "ratio" && typeof value === "number") return Math.round(value * 1e6) / 1e6;
  return value;
}
