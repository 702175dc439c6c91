// An incremental CSV tokenizer (RFC 4180: quoted fields, doubled quotes, CRLF or LF, line breaks
// inside quotes) that knows the file line each record starts on. It exists because the import's
// hot path needs about ten times csv-parse's speed (docs/import.md has the measurements); tests
// check it against csv-parse on tricky input.

import { english, type Message, type TripleTree } from "../message";

/** What the tokenizer says when a file cannot be read on, as [en, zh-CN, ja]. */
export const csvMessages = {
  importCsv: {
    unclosedQuote: [
      'Line {{line}}: a quoted value starts on this line but its closing quote (") is missing, so the rest of the file cannot be read',
      '第 {{line}} 行：这一行开始了一个带引号的值，但缺少结尾的引号（"），文件其余部分无法读取',
      '{{line}} 行目：この行で引用符付きの値が始まっていますが、閉じる引用符（"）がないため、ファイルの残りを読めません',
    ],
    rowTooLong: [
      'Line {{line}}: one row runs on for more than {{mb}} MB; most likely a quote (") is never closed',
      '第 {{line}} 行：一行超过 {{mb}} MB；很可能有引号（"）没有闭合',
      '{{line}} 行目：1行が {{mb}} MB を超えています。引用符（"）が閉じられていない可能性が高いです',
    ],
  },
} as const satisfies TripleTree;

export interface CsvRecord {
  /** the file line the record starts on (1 = the first line) */
  line: number;
  values: string[];
}

/** A problem that stops reading the file: nothing after it can be read reliably. `message` is its English; `code` the message the pages translate. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly code: Message,
  ) {
    super(english(csvMessages, code));
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The most characters one record may span before the file is refused (a quote never closed). */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

function countLf(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

export class CsvTokenizer {
  private pending = "";
  private line = 1;
  private readonly sepCode: number;

  constructor(private readonly separator: string) {
    if (separator.length !== 1) throw new Error("a CSV separator is one character");
    this.sepCode = separator.charCodeAt(0);
  }

  /** The line the next record starts on. */
  get currentLine(): number {
    return this.line;
  }

  /**
   * Feeds decoded text; returns the records it completes. `final` marks the end of the file.
   * Throws CsvSyntaxError for a quote that is never closed.
   */
  push(chunk: string, final = false): CsvRecord[] {
    const buf = this.pending.length ? this.pending + chunk : chunk;
    const n = buf.length;
    const sep = this.separator;
    const sepCode = this.sepCode;
    const out: CsvRecord[] = [];
    let pos = 0;
    let line = this.line;
    let sepIdx = -1;
    let lfIdx = -1;

    records: while (pos < n) {
      const start = pos;
      const startLine = line;
      // empty lines are skipped, but counted
      const first = buf.charCodeAt(pos);
      if (first === LF) {
        pos++;
        line++;
        continue;
      }
      if (first === CR) {
        if (pos + 1 < n && buf.charCodeAt(pos + 1) === LF) {
          pos += 2;
          line++;
          continue;
        }
        if (pos + 1 >= n && !final) break;
      }
      const fields: string[] = [];
      let newlines = 0;
      for (;;) {
        if (pos >= n) {
          // the buffer ends right after a separator
          if (!final) {
            pos = start;
            break records;
          }
          fields.push("");
          break;
        }
        if (buf.charCodeAt(pos) === QUOTE) {
          let p = pos + 1;
          let value = "";
          let closed = false;
          for (;;) {
            const q = buf.indexOf('"', p);
            if (q === -1) break;
            if (q + 1 >= n && !final) break; // cannot tell "" from a closing quote yet
            if (q + 1 < n && buf.charCodeAt(q + 1) === QUOTE) {
              value += buf.slice(p, q + 1);
              p = q + 2;
              continue;
            }
            value += buf.slice(p, q);
            p = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (final) {
              throw new CsvSyntaxError(startLine, { code: "importCsv.unclosedQuote", params: { line: startLine } });
            }
            pos = start;
            break records;
          }
          newlines += countLf(value);
          // a stray text after the closing quote is kept as part of the value, as spreadsheets do
          let q = p;
          while (q < n) {
            const c = buf.charCodeAt(q);
            if (c === sepCode || c === LF || (c === CR && (q + 1 >= n || buf.charCodeAt(q + 1) === LF))) break;
            q++;
          }
          if (q > p) value += buf.slice(p, q);
          if (q >= n) {
            if (!final) {
              pos = start;
              break records;
            }
            fields.push(value);
            pos = n;
            break;
          }
          const c = buf.charCodeAt(q);
          fields.push(value);
          if (c === sepCode) {
            pos = q + 1;
            continue;
          }
          if (c === CR) {
            if (q + 1 >= n) {
              if (!final) {
                pos = start;
                break records;
              }
              pos = n;
              break;
            }
            pos = q + 2;
          } else {
            pos = q + 1;
          }
          newlines++;
          break;
        }
        // an unquoted field runs to the next separator or line end
        if (sepIdx < pos) sepIdx = buf.indexOf(sep, pos);
        if (lfIdx < pos) lfIdx = buf.indexOf("\n", pos);
        if (sepIdx !== -1 && (lfIdx === -1 || sepIdx < lfIdx)) {
          fields.push(buf.slice(pos, sepIdx));
          pos = sepIdx + 1;
          continue;
        }
        if (lfIdx !== -1) {
          const end = lfIdx > pos && buf.charCodeAt(lfIdx - 1) === CR ? lfIdx - 1 : lfIdx;
          fields.push(buf.slice(pos, end));
          pos = lfIdx + 1;
          newlines++;
          break;
        }
        if (!final) {
          pos = start;
          break records;
        }
        const end = n > pos && buf.charCodeAt(n - 1) === CR ? n - 1 : n;
        fields.push(buf.slice(pos, end));
        pos = n;
        break;
      }
      out.push({ line: startLine, values: fields });
      line += newlines;
    }

    this.pending = pos < n ? buf.slice(pos) : "";
    this.line = line;
    if (this.pending.length > MAX_RECORD_CHARS) {
      throw new CsvSyntaxError(line, { code: "importCsv.rowTooLong", params: { line, mb: MAX_RECORD_CHARS / 1024 / 1024 } });
    }
    return out;
  }
}

/**
 * The separator of a file from its first line: whichever of comma, semicolon and tab occurs most
 * outside quotes (a comma when none does).
 */
export function sniffSeparator(firstLine: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts["\t"] > counts[","] && counts["\t"] >= counts[";"]) return "\t";
  if (counts[";"] > counts[","]) return ";";
  return ",";
}

/** How a separator is named on the page and in reports. */
export function separatorName(sep: string): string {
  return sep === "\t" ? "tab" : sep === ";" ? "semicolon" : "comma";
}
