// How much work one import may cause, and what the merchant is told when a file goes past it:
// every limit and its message in one place, so they can be translated and tested together.
import { problem } from "./messages";
import { MAX_CELL_CHARS } from "./values";

const n = (x: number) => x.toLocaleString("en-US");

/** XLSX: Excel's own sheet size, so a real workbook never meets them. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_COLUMNS = 16_384;
/** XML text of one value: a cell takes MAX_CELL_CHARS; entities (&amp;) may write a character in up to 6. */
export const XLSX_MAX_TEXT_CHARS = MAX_CELL_CHARS * 6;
/** Distinct texts of a workbook (its shared strings) and their characters in all. */
export const XLSX_MAX_SHARED_STRINGS = 4_000_000;
export const XLSX_MAX_SHARED_CHARS = 120_000_000;
/** Cells of the sheet in all, and the XML text of one row. */
export const XLSX_MAX_CELLS = 40_000_000;
export const XLSX_MAX_ROW_CHARS = 32 * 1024 * 1024;
/** A shared string past the cell limit is skipped, to name the cell that uses it, up to this length; beyond, the file stops. */
export const XLSX_MAX_SKIPPED_CHARS = 4 * 1024 * 1024;
/** One XML tag (its name and attributes). */
export const XLSX_MAX_TAG_CHARS = 1024 * 1024;

/** JSON: objects and lists inside one another in one row. */
export const JSON_MAX_DEPTH = 64;

/** Rejected-rows files (skip bad rows only): rows written at most, then counted. */
export const REJECTED_MAX_ROWS = 100_000;
export const REJECTED_MAX_BYTES = 32 * 1024 * 1024;

const RESAVE = "Open it in Excel and save it again, or export the data as CSV, and import that";

export const limitMessages = {
  xlsxCellTooLong: (cell: string) =>
    `Cell ${cell} holds more than ${n(MAX_CELL_CHARS)} characters (a cell takes at most ${n(MAX_CELL_CHARS)}); nothing of the file was imported. Shorten that cell, or leave the column out`,
  xlsxSharedTooLong: (cell: string) =>
    `Cell ${cell} holds a text of more than ${n(MAX_CELL_CHARS)} characters (a cell takes at most ${n(MAX_CELL_CHARS)}); nothing of the file was imported. Shorten that cell, or leave the column out`,
  xlsxSharedStringHuge: (index: number) =>
    `Text number ${n(index)} of the workbook (xl/sharedStrings.xml, the texts its cells use) runs on for millions of characters; a cell takes at most ${n(MAX_CELL_CHARS)}. The file is damaged or was crafted to exhaust memory, so nothing of it was imported. ${RESAVE}`,
  xlsxTooManyStrings: () =>
    `The workbook holds more than ${n(XLSX_MAX_SHARED_STRINGS)} different texts or ${n(XLSX_MAX_SHARED_CHARS)} characters of text, more than one sheet of Excel can use. ${RESAVE}, or split it (for example by month)`,
  xlsxRowPastEnd: (row: number) => `Row ${n(row)} of the sheet is past Excel's last row (${n(XLSX_MAX_ROWS)}): the file is damaged or was not written by a spreadsheet. ${RESAVE}`,
  xlsxColumnPastEnd: (cell: string) => `Cell ${cell} is past Excel's last column (XFD): the file is damaged or was not written by a spreadsheet. ${RESAVE}`,
  xlsxStalled: () => `The workbook stopped giving rows part-way (the zip looks cut short or damaged); nothing of it was imported. ${RESAVE}`,
  xlsxTooManyCells: () => `The sheet has more than ${n(XLSX_MAX_CELLS)} cells; split it (for example by month) and import the parts`,
  xlsxRowTooLong: (row: number) => `Row ${n(row)} of the sheet holds more than ${n(XLSX_MAX_ROW_CHARS / 1024 / 1024)} MB of text; nothing of the file was imported. ${RESAVE}`,
  xlsxBadXml: (part: string) => `The workbook's ${part} is not well-formed (a tag runs on for over ${n(XLSX_MAX_TAG_CHARS)} characters). ${RESAVE}`,
  jsonTooDeep: (line: number) =>
    `Line ${n(line)}: a value is nested more than ${JSON_MAX_DEPTH} levels deep (objects or lists inside one another); a row is one object of plain values. Nothing of the file was imported`,
  controlCharacter: (what: string) => problem("controlCharacter", { what }),
  notAnyEncoding: (line: number) =>
    `Line ${n(line)}: the file is neither UTF-8 nor GBK/GB18030 text (its bytes are valid in no encoding factloop reads), so nothing of it was imported. Save it from Excel as "CSV UTF-8" and import it again`,
  notGbk: (line: number) =>
    `Line ${n(line)}: the file was read as GBK/GB18030, but from this line on it holds bytes that are not valid GBK. Save it from Excel as "CSV UTF-8" and import it again`,
  rejectedCapped: (left: number) =>
    `${n(left)} more rejected row${left === 1 ? " was" : "s were"} left out of the rejected-rows file (it keeps the first ${n(REJECTED_MAX_ROWS)} rows or ${REJECTED_MAX_BYTES / 1024 / 1024} MB); the problems above count them all`,
  unexpected: () =>
    "The file could not be read to the end because of an error in factloop, not in your file; nothing of it was imported. Try again; if it happens again, send the file to support",
};

/** A limit met while reading a file: a problem of the whole file, worded for the merchant. */
export class ImportLimitError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** An id holding a control character (NUL, line breaks, escapes): the name of the first one, else null. */
export function controlCharacterIn(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
      const names: Record<number, string> = { 0: "NUL", 9: "tab", 10: "line break", 13: "carriage return", 27: "escape", 0x7f: "DEL" };
      return names[c] ?? `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
    }
  }
  return null;
}
