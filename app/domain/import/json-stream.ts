// Incremental readers for JSON imports: an array of objects read object by object (never the
// whole array at once), and NDJSON, one object a line. Each object knows the line it starts on.
// Nesting deeper than JSON_MAX_DEPTH is refused before any parser recurses into it.
import { JSON_MAX_DEPTH, limitMessages } from "./limits";

export interface JsonItem {
  line: number;
  value: Record<string, unknown>;
}

export class JsonShapeError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_OBJECT_CHARS = 32 * 1024 * 1024;

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return "a text";
  return `a ${typeof v}`;
}

/** Reads `[ {...}, {...} ]` in pieces. */
export class JsonArrayScanner {
  private buf = "";
  private pos = 0;
  private line = 1;
  private state: "start" | "between" | "object" | "end" = "start";
  private depth = 0;
  private inString = false;
  private escaped = false;
  private objStart = 0;
  private objLine = 1;
  private items = 0;
  private expectComma = false;

  push(chunk: string, final = false): JsonItem[] {
    this.buf = this.buf.length > this.pos ? this.buf.slice(this.pos) + chunk : chunk;
    this.objStart -= this.pos;
    this.pos = 0;
    const out: JsonItem[] = [];
    const b = this.buf;
    const n = b.length;
    let i = this.state === "object" ? this.scanFrom : 0;
    while (i < n) {
      const c = b.charCodeAt(i);
      if (this.state === "object") {
        if (c === 10) this.line++;
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 92) this.escaped = true;
          else if (c === 34) this.inString = false;
        } else if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) {
          if (++this.depth > JSON_MAX_DEPTH) throw new JsonShapeError(this.objLine, limitMessages.jsonTooDeep(this.objLine));
        } else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === 0) {
            const text = b.slice(this.objStart, i + 1);
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch (e) {
              throw new JsonShapeError(this.objLine, `Line ${this.objLine}: item ${this.items + 1} is not valid JSON (${(e as Error).message})`);
            }
            this.items++;
            out.push({ line: this.objLine, value: value as Record<string, unknown> });
            this.state = "between";
            this.expectComma = true;
          }
        }
        i++;
        continue;
      }
      if (c === 10) {
        this.line++;
        i++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
        i++;
        continue;
      }
      if (this.state === "start") {
        if (c !== 91) {
          throw new JsonShapeError(
            this.line,
            `Line ${this.line}: this JSON is not an array of objects ([{...}, {...}]) nor one object per line`,
          );
        }
        this.state = "between";
        this.expectComma = false;
        i++;
        continue;
      }
      if (this.state === "end") {
        throw new JsonShapeError(this.line, `Line ${this.line}: there is more text after the end of the array`);
      }
      // between items
      if (c === 93) {
        this.state = "end";
        i++;
        continue;
      }
      if (c === 44 && this.expectComma) {
        this.expectComma = false;
        i++;
        continue;
      }
      if (c === 123 && !this.expectComma) {
        this.state = "object";
        this.depth = 1;
        this.inString = false;
        this.escaped = false;
        this.objStart = i;
        this.objLine = this.line;
        i++;
        continue;
      }
      const what = c === 34 ? "a text" : c === 91 ? "a list" : /[-0-9]/.test(String.fromCharCode(c)) ? "a number" : "not an object";
      throw new JsonShapeError(
        this.line,
        `Line ${this.line}: item ${this.items + 1} of the array is ${what}; the file must be an array of objects, one per row`,
      );
    }
    // keep only the unfinished object
    if (this.state === "object") {
      this.pos = this.objStart;
      this.scanFrom = i - this.objStart;
      if (i - this.objStart > MAX_OBJECT_CHARS) {
        throw new JsonShapeError(this.objLine, `Line ${this.objLine}: one object runs on for more than 32 MB`);
      }
    } else {
      this.pos = n;
      this.scanFrom = 0;
    }
    if (final) {
      if (this.state === "start") throw new JsonShapeError(1, "The file holds no JSON: there is nothing to import");
      if (this.state !== "end") {
        throw new JsonShapeError(this.line, `Line ${this.line}: the JSON ends before its array is closed (a "]" is missing)`);
      }
    }
    return out;
  }

  private scanFrom = 0;
}

/** Reads one JSON object a line. */
export class NdjsonScanner {
  private pending = "";
  private line = 1;

  push(chunk: string, final = false): JsonItem[] {
    const buf = this.pending + chunk;
    const out: JsonItem[] = [];
    let start = 0;
    for (;;) {
      const nl = buf.indexOf("\n", start);
      if (nl === -1) break;
      this.take(buf.slice(start, nl), out);
      start = nl + 1;
    }
    this.pending = buf.slice(start);
    if (final && this.pending.length) {
      this.take(this.pending, out);
      this.pending = "";
    }
    if (this.pending.length > MAX_OBJECT_CHARS) {
      throw new JsonShapeError(this.line, `Line ${this.line} runs on for more than 32 MB`);
    }
    return out;
  }

  private take(text: string, out: JsonItem[]): void {
    const line = this.line++;
    const t = text.replace(/^\uFEFF/, "").trim();
    if (t === "") return;
    if (nestingOver(t, JSON_MAX_DEPTH)) throw new JsonShapeError(line, limitMessages.jsonTooDeep(line));
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      throw new JsonShapeError(
        line,
        `Line ${line} is not a JSON object; the file must be an array of objects ([{...}, {...}]) or one object per line`,
      );
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new JsonShapeError(line, `Line ${line} is ${kindOf(value)}, not an object; the file must hold one object per line`);
    }
    out.push({ line, value: value as Record<string, unknown> });
  }
}

/** True when objects and lists in `text` nest more than `limit` deep (strings skipped). */
export function nestingOver(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** A JSON value as cell text: numbers and booleans as written, null as empty, nested values as JSON. */
export function jsonCellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}
