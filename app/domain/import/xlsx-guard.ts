// A streaming guard in front of the XML parser of an XLSX part (its shared strings or a sheet).
// It sees the text chunk by chunk, before any parser builds strings from it, and stops a file
// that would make one cell, one row or the whole sheet larger than a spreadsheet can hold (a
// 1 MB zip whose one shared string unpacks to 1 GiB). It also writes the row and cell
// references (`r="B7"`) that some writers leave out, so every cell knows where it is.
import type { Message } from "../message";
import {
  ImportLimitError,
  XLSX_MAX_CELLS,
  XLSX_MAX_COLUMNS,
  XLSX_MAX_ROW_CHARS,
  XLSX_MAX_ROWS,
  XLSX_MAX_SHARED_CHARS,
  XLSX_MAX_SHARED_STRINGS,
  XLSX_MAX_SKIPPED_CHARS,
  XLSX_MAX_TAG_CHARS,
  XLSX_MAX_TEXT_CHARS,
  limitMessage,
} from "./limits";

/** Stands for a shared string cut off at the limit; the cell that uses it is then named. */
export const TOO_LONG_TEXT = "\uE000factloop:too-long\uE000";

export interface XmlGuardLimits {
  textChars: number;
  sharedStrings: number;
  sharedChars: number;
  rows: number;
  columns: number;
  cells: number;
  rowChars: number;
  tagChars: number;
  skippedChars: number;
}

export const XLSX_LIMITS: XmlGuardLimits = {
  textChars: XLSX_MAX_TEXT_CHARS,
  sharedStrings: XLSX_MAX_SHARED_STRINGS,
  sharedChars: XLSX_MAX_SHARED_CHARS,
  rows: XLSX_MAX_ROWS,
  columns: XLSX_MAX_COLUMNS,
  cells: XLSX_MAX_CELLS,
  rowChars: XLSX_MAX_ROW_CHARS,
  tagChars: XLSX_MAX_TAG_CHARS,
  skippedChars: XLSX_MAX_SKIPPED_CHARS,
};

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const TAG_NAME = /^<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/;
const R_ATTR = /\sr\s*=\s*["']([^"']*)["']/;

export class XmlGuard {
  private inTag = false;
  private tag = "";
  private quote = 0;
  private run = "";
  private runTooLong = false;
  private skipped = 0;
  private strings = 0;
  private sharedChars = 0;
  private row = 0;
  private nextColumn = 1;
  private cells = 0;
  private rowChars = 0;
  private cell = "";

  constructor(
    readonly part: "sharedStrings" | "sheet",
    private readonly limits: XmlGuardLimits = XLSX_LIMITS,
  ) {}

  /** The text to hand on to the parser; throws ImportLimitError past a limit. */
  push(chunk: string): string {
    let out = "";
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.inTag) {
        let j = i;
        for (; j < n; j++) {
          const c = chunk.charCodeAt(j);
          if (this.quote) {
            if (c === this.quote) this.quote = 0;
          } else if (c === 34 || c === 39) this.quote = c;
          else if (c === 62) break;
        }
        if (j === n) {
          this.tag += chunk.slice(i);
          if (this.tag.length > this.limits.tagChars) throw new ImportLimitError(limitMessage.xlsxBadXml(this.partName()));
          return out;
        }
        this.tag += chunk.slice(i, j + 1);
        if (this.tag.length > this.limits.tagChars) throw new ImportLimitError(limitMessage.xlsxBadXml(this.partName()));
        out += this.onTag(this.tag);
        this.tag = "";
        this.inTag = false;
        i = j + 1;
        continue;
      }
      const lt = chunk.indexOf("<", i);
      const end = lt === -1 ? n : lt;
      if (end > i) this.addText(chunk.slice(i, end));
      if (lt === -1) return out;
      out += this.flushRun();
      this.inTag = true;
      this.tag = "";
      i = lt;
    }
    return out;
  }

  /** The rest, at the end of the part. */
  end(): string {
    return this.flushRun() + (this.inTag ? this.tag : "");
  }

  private partName(): Message {
    return { code: `importLimit.part.${this.part === "sharedStrings" ? "sharedStrings" : "sheet"}` };
  }

  private addText(text: string): void {
    if (this.part === "sheet") {
      this.rowChars += text.length;
      if (this.row > 0 && this.rowChars > this.limits.rowChars) throw new ImportLimitError(limitMessage.xlsxRowTooLong(this.row), this.row);
    } else if (!this.runTooLong) {
      // only text that is kept counts; a text cut off at the limit is scanned, never held
      this.sharedChars += text.length;
      if (this.sharedChars > this.limits.sharedChars) throw new ImportLimitError(limitMessage.xlsxTooManyStrings());
    }
    if (this.runTooLong) {
      // skipped to name the cell that uses it; a text of millions of characters stops the file at once
      this.skipped += text.length;
      if (this.skipped > this.limits.skippedChars) throw new ImportLimitError(limitMessage.xlsxSharedStringHuge(this.strings));
      return;
    }
    if (this.run.length + text.length > this.limits.textChars) {
      if (this.part === "sheet") throw new ImportLimitError(this.cell ? limitMessage.xlsxCellTooLong(this.cell) : limitMessage.xlsxRowCellTooLong(this.row), this.row || null);
      // the cell that uses this text is named when the sheet is read
      this.runTooLong = true;
      this.skipped = this.run.length + text.length;
      this.run = "";
      return;
    }
    this.run += text;
  }

  private flushRun(): string {
    if (this.runTooLong) {
      this.runTooLong = false;
      this.run = "";
      return TOO_LONG_TEXT;
    }
    const r = this.run;
    this.run = "";
    return r;
  }

  private onTag(tag: string): string {
    const m = TAG_NAME.exec(tag);
    if (!m || m[1] === "/") return tag;
    const name = m[2];
    if (this.part === "sharedStrings") {
      if (name === "si" && ++this.strings > this.limits.sharedStrings) throw new ImportLimitError(limitMessage.xlsxTooManyStrings());
      return tag;
    }
    if (name === "row") {
      const r = R_ATTR.exec(tag);
      const given = r ? Number(r[1]) : NaN;
      this.row = Number.isInteger(given) && given > 0 ? given : this.row + 1;
      if (this.row > this.limits.rows) throw new ImportLimitError(limitMessage.xlsxRowPastEnd(this.row), null);
      this.nextColumn = 1;
      this.rowChars = 0;
      return r ? tag : this.withR(tag, m[0].length, String(this.row));
    }
    if (name === "c") {
      if (++this.cells > this.limits.cells) throw new ImportLimitError(limitMessage.xlsxTooManyCells());
      const r = R_ATTR.exec(tag);
      const ref = r ? /^([A-Z]{1,7})(\d+)$/.exec(r[1].toUpperCase()) : null;
      if (ref) {
        const col = columnNumber(ref[1]);
        this.cell = `${ref[1]}${ref[2]}`;
        if (col > this.limits.columns) throw new ImportLimitError(limitMessage.xlsxColumnPastEnd(this.cell), this.row || null);
        if (Number(ref[2]) !== this.row) {
          // a cell must sit in its row; the row's number is the one that counts
          this.cell = `${ref[1]}${this.row}`;
          this.nextColumn = col + 1;
          return tag.replace(R_ATTR, ` r="${this.cell}"`);
        }
        this.nextColumn = col + 1;
        return tag;
      }
      const col = this.nextColumn++;
      if (col > this.limits.columns) throw new ImportLimitError(limitMessage.xlsxColumnPastEnd(`${columnLetters(col)}${this.row}`), this.row || null);
      this.cell = `${columnLetters(col)}${this.row}`;
      const stripped = r ? tag.replace(R_ATTR, "") : tag;
      return this.withR(stripped, m[0].length, this.cell);
    }
    return tag;
  }

  private withR(tag: string, nameEnd: number, r: string): string {
    return `${tag.slice(0, nameEnd)} r="${r}"${tag.slice(nameEnd)}`;
  }
}
