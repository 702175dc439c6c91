// How much work one import may cause, and what the merchant is told when a file goes past it:
// every limit and its message in one place, so they can be translated and tested together.
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import { problem } from "./messages";
import { MAX_CELL_CHARS } from "./values";

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

/** Every limit's message, as [en, zh-CN, ja]; `{{resave}}` is the advice most of them end with. */
export const limitTriples = {
  importLimit: {
    resave: [
      "Open it in Excel and save it again, or export the data as CSV, and import that",
      "请用 Excel 打开后重新保存，或把数据导出为 CSV，再导入",
      "Excel で開いて保存し直すか、データを CSV で書き出して、それをインポートしてください",
    ],
    xlsxCellTooLong: [
      "Cell {{cell}} holds more than {{max, number}} characters (a cell takes at most {{max, number}}); nothing of the file was imported. Shorten that cell, or leave the column out",
      "单元格 {{cell}} 超过 {{max, number}} 个字符（一个单元格最多 {{max, number}} 个）；文件未导入任何内容。请缩短该单元格，或去掉这一列",
      "セル {{cell}} が {{max, number}} 文字を超えています（1セルは {{max, number}} 文字まで）。ファイルは何もインポートしていません。そのセルを短くするか、その列を除いてください",
    ],
    xlsxRowCellTooLong: [
      "Cell in row {{row}} holds more than {{max, number}} characters (a cell takes at most {{max, number}}); nothing of the file was imported. Shorten that cell, or leave the column out",
      "第 {{row}} 行有单元格超过 {{max, number}} 个字符（一个单元格最多 {{max, number}} 个）；文件未导入任何内容。请缩短该单元格，或去掉这一列",
      "{{row}} 行目のセルが {{max, number}} 文字を超えています（1セルは {{max, number}} 文字まで）。ファイルは何もインポートしていません。そのセルを短くするか、その列を除いてください",
    ],
    xlsxSharedTooLong: [
      "Cell {{cell}} holds a text of more than {{max, number}} characters (a cell takes at most {{max, number}}); nothing of the file was imported. Shorten that cell, or leave the column out",
      "单元格 {{cell}} 的文字超过 {{max, number}} 个字符（一个单元格最多 {{max, number}} 个）；文件未导入任何内容。请缩短该单元格，或去掉这一列",
      "セル {{cell}} のテキストが {{max, number}} 文字を超えています（1セルは {{max, number}} 文字まで）。ファイルは何もインポートしていません。そのセルを短くするか、その列を除いてください",
    ],
    xlsxSharedStringHuge: [
      "Text number {{index, number}} of the workbook (xl/sharedStrings.xml, the texts its cells use) runs on for millions of characters; a cell takes at most {{max, number}}. The file is damaged or was crafted to exhaust memory, so nothing of it was imported. {{resave}}",
      "工作簿的第 {{index, number}} 条文字（xl/sharedStrings.xml，单元格所用的文字）长达数百万个字符；一个单元格最多 {{max, number}} 个。文件已损坏，或是为耗尽内存而特意构造的，因此未导入任何内容。{{resave}}",
      "ブックの {{index, number}} 番目のテキスト（xl/sharedStrings.xml、セルが使うテキスト）が数百万文字に及んでいます。1セルは {{max, number}} 文字までです。ファイルが壊れているか、メモリを使い果たすように作られているため、何もインポートしていません。{{resave}}",
    ],
    xlsxTooManyStrings: [
      "The workbook holds more than {{strings, number}} different texts or {{chars, number}} characters of text, more than one sheet of Excel can use. {{resave}}, or split it (for example by month)",
      "工作簿含有超过 {{strings, number}} 条不同的文字或 {{chars, number}} 个字符，超出一张 Excel 工作表能用的量。{{resave}}，或将其拆分（例如按月）",
      "ブックに {{strings, number}} 種類を超えるテキスト、または {{chars, number}} 文字を超えるテキストがあり、Excel の1シートで使える量を超えています。{{resave}}。または分割してください（例：月ごと）",
    ],
    xlsxRowPastEnd: [
      "Row {{row, number}} of the sheet is past Excel's last row ({{max, number}}): the file is damaged or was not written by a spreadsheet. {{resave}}",
      "工作表的第 {{row, number}} 行超出了 Excel 的最后一行（{{max, number}}）：文件已损坏，或不是由电子表格软件写出的。{{resave}}",
      "シートの {{row, number}} 行目は Excel の最終行（{{max, number}}）を超えています。ファイルが壊れているか、表計算ソフトで書かれたものではありません。{{resave}}",
    ],
    xlsxColumnPastEnd: [
      "Cell {{cell}} is past Excel's last column (XFD): the file is damaged or was not written by a spreadsheet. {{resave}}",
      "单元格 {{cell}} 超出了 Excel 的最后一列（XFD）：文件已损坏，或不是由电子表格软件写出的。{{resave}}",
      "セル {{cell}} は Excel の最終列（XFD）を超えています。ファイルが壊れているか、表計算ソフトで書かれたものではありません。{{resave}}",
    ],
    xlsxStalled: [
      "The workbook stopped giving rows part-way (the zip looks cut short or damaged); nothing of it was imported. {{resave}}",
      "工作簿读到一半就不再给出行（zip 似乎被截断或已损坏）；未导入任何内容。{{resave}}",
      "ブックが途中で行を返さなくなりました（zip が途中で切れているか壊れているようです）。何もインポートしていません。{{resave}}",
    ],
    xlsxTooManyCells: [
      "The sheet has more than {{max, number}} cells; split it (for example by month) and import the parts",
      "工作表的单元格超过 {{max, number}} 个；请拆分（例如按月）后分别导入",
      "シートのセルが {{max, number}} 個を超えています。分割して（例：月ごと）それぞれインポートしてください",
    ],
    xlsxRowTooLong: [
      "Row {{row, number}} of the sheet holds more than {{mb}} MB of text; nothing of the file was imported. {{resave}}",
      "工作表的第 {{row, number}} 行文字超过 {{mb}} MB；文件未导入任何内容。{{resave}}",
      "シートの {{row, number}} 行目のテキストが {{mb}} MB を超えています。ファイルは何もインポートしていません。{{resave}}",
    ],
    part: {
      sharedStrings: ["text list (xl/sharedStrings.xml)", "文字表（xl/sharedStrings.xml）", "テキスト一覧（xl/sharedStrings.xml）"],
      sheet: ["sheet", "工作表", "シート"],
    },
    xlsxBadXml: [
      "The workbook's {{part}} is not well-formed (a tag runs on for over {{max, number}} characters). {{resave}}",
      "工作簿的 {{part}} 格式不正确（有一个标签超过 {{max, number}} 个字符）。{{resave}}",
      "ブックの {{part}} の形式が正しくありません（タグが {{max, number}} 文字を超えています）。{{resave}}",
    ],
    jsonTooDeep: [
      "Line {{line, number}}: a value is nested more than {{depth}} levels deep (objects or lists inside one another); a row is one object of plain values. Nothing of the file was imported",
      "第 {{line, number}} 行：有值嵌套超过 {{depth}} 层（对象或列表层层相套）；一行数据应是一个只含普通值的对象。文件未导入任何内容",
      "{{line, number}} 行目：値が {{depth}} 階層を超えて入れ子になっています（オブジェクトやリストの入れ子）。1行はふつうの値だけを持つ1つのオブジェクトです。ファイルは何もインポートしていません",
    ],
    notAnyEncoding: [
      'Line {{line, number}}: the file is neither UTF-8 nor GBK/GB18030 text (its bytes are valid in no encoding factloop reads), so nothing of it was imported. Save it from Excel as "CSV UTF-8" and import it again',
      "第 {{line, number}} 行：文件既不是 UTF-8 也不是 GBK/GB18030 文本（其字节在 factloop 能读的任何编码中都无效），因此未导入任何内容。请在 Excel 中另存为“CSV UTF-8”后重新导入",
      "{{line, number}} 行目：ファイルが UTF-8 でも GBK/GB18030 でもありません（factloop が読めるどの文字コードでも無効なバイトです）。そのため何もインポートしていません。Excel で「CSV UTF-8」として保存し直し、もう一度インポートしてください",
    ],
    notGbk: [
      'Line {{line, number}}: the file was read as GBK/GB18030, but from this line on it holds bytes that are not valid GBK. Save it from Excel as "CSV UTF-8" and import it again',
      "第 {{line, number}} 行：文件按 GBK/GB18030 读取，但从这一行起含有不是有效 GBK 的字节。请在 Excel 中另存为“CSV UTF-8”后重新导入",
      "{{line, number}} 行目：ファイルを GBK/GB18030 として読みましたが、この行から先に GBK として無効なバイトがあります。Excel で「CSV UTF-8」として保存し直し、もう一度インポートしてください",
    ],
    rejectedCapped_one: [
      "{{count, number}} more rejected row was left out of the rejected-rows file (it keeps the first {{rows, number}} rows or {{mb}} MB); the problems above count them all",
      "另有 {{count, number}} 行被拒绝的行没有写入被拒行文件（该文件只保留前 {{rows, number}} 行或 {{mb}} MB）；上面的问题数包含全部",
      "ほかに {{count, number}} 行の拒否された行は拒否行ファイルに入れていません（このファイルは先頭の {{rows, number}} 行または {{mb}} MB まで）。上の問題の件数にはすべて含まれます",
    ],
    rejectedCapped_other: [
      "{{count, number}} more rejected rows were left out of the rejected-rows file (it keeps the first {{rows, number}} rows or {{mb}} MB); the problems above count them all",
      "另有 {{count, number}} 行被拒绝的行没有写入被拒行文件（该文件只保留前 {{rows, number}} 行或 {{mb}} MB）；上面的问题数包含全部",
      "ほかに {{count, number}} 行の拒否された行は拒否行ファイルに入れていません（このファイルは先頭の {{rows, number}} 行または {{mb}} MB まで）。上の問題の件数にはすべて含まれます",
    ],
    unexpected: [
      "The file could not be read to the end because of an error in factloop, not in your file; nothing of it was imported. Try again; if it happens again, send the file to support",
      "由于 factloop 自身的错误（不是您文件的问题），文件没能读完；未导入任何内容。请重试；如果再次出现，请把文件发给客服",
      "factloop 側のエラー（ファイルの問題ではありません）により、ファイルを最後まで読めませんでした。何もインポートしていません。もう一度お試しください。再び起きる場合は、ファイルをサポートに送ってください",
    ],
  },
} as const satisfies TripleTree;

const RESAVE: Message = { code: "importLimit.resave" };

function lm(key: Exclude<keyof typeof limitTriples.importLimit, "rejectedCapped_one" | "rejectedCapped_other" | "part"> | "rejectedCapped", params: MessageParams = {}): Message {
  const withResave = key !== "rejectedCapped" && limitTriples.importLimit[key][0].includes("{{resave}}");
  return { code: `importLimit.${key}`, params: withResave ? { ...params, resave: RESAVE } : params };
}

/** What the merchant is told when a file goes past a limit, as messages. */
export const limitMessage = {
  xlsxCellTooLong: (cell: string) => lm("xlsxCellTooLong", { cell, max: MAX_CELL_CHARS }),
  xlsxRowCellTooLong: (row: number) => lm("xlsxRowCellTooLong", { row, max: MAX_CELL_CHARS }),
  xlsxSharedTooLong: (cell: string) => lm("xlsxSharedTooLong", { cell, max: MAX_CELL_CHARS }),
  xlsxSharedStringHuge: (index: number) => lm("xlsxSharedStringHuge", { index, max: MAX_CELL_CHARS }),
  xlsxTooManyStrings: () => lm("xlsxTooManyStrings", { strings: XLSX_MAX_SHARED_STRINGS, chars: XLSX_MAX_SHARED_CHARS }),
  xlsxRowPastEnd: (row: number) => lm("xlsxRowPastEnd", { row, max: XLSX_MAX_ROWS }),
  xlsxColumnPastEnd: (cell: string) => lm("xlsxColumnPastEnd", { cell }),
  xlsxStalled: () => lm("xlsxStalled"),
  xlsxTooManyCells: () => lm("xlsxTooManyCells", { max: XLSX_MAX_CELLS }),
  xlsxRowTooLong: (row: number) => lm("xlsxRowTooLong", { row, mb: XLSX_MAX_ROW_CHARS / 1024 / 1024 }),
  xlsxBadXml: (part: Message) => lm("xlsxBadXml", { part, max: XLSX_MAX_TAG_CHARS }),
  jsonTooDeep: (line: number) => lm("jsonTooDeep", { line, depth: JSON_MAX_DEPTH }),
  notAnyEncoding: (line: number) => lm("notAnyEncoding", { line }),
  notGbk: (line: number) => lm("notGbk", { line }),
  rejectedCapped: (left: number) => lm("rejectedCapped", { count: left, rows: REJECTED_MAX_ROWS, mb: REJECTED_MAX_BYTES / 1024 / 1024 }),
  unexpected: () => lm("unexpected"),
};

/** The canonical English of a limit's message. */
export function limitEnglish(m: Message): string {
  return english(limitTriples, m);
}

/** An id's control character, as the row check's problem sentence. */
export function controlCharacterProblem(what: string): string {
  return problem("controlCharacter", { what });
}

/** A limit met while reading a file: a problem of the whole file, worded for the merchant (`message` in English, `code` for the pages). */
export class ImportLimitError extends Error {
  constructor(
    readonly code: Message,
    readonly line: number | null = null,
  ) {
    super(limitEnglish(code));
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
