// Incremental readers for JSON imports: an array of objects read object by object (never the
// whole array at once), and NDJSON, one object a line. Each object knows the line it starts on.
// Nesting deeper than JSON_MAX_DEPTH is refused before any parser recurses into it.
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import { JSON_MAX_DEPTH, limitMessage, limitTriples } from "./limits";

/** What the JSON readers say when a file is not the JSON an import reads, as [en, zh-CN, ja]. */
export const jsonMessages = {
  importJson: {
    notArray: [
      "Line {{line}}: this JSON is not an array of objects ([{...}, {...}]) nor one object per line",
      "第 {{line}} 行：此 JSON 既不是对象数组（[{...}, {...}]），也不是每行一个对象",
      "{{line}} 行目：この JSON はオブジェクトの配列（[{...}, {...}]）でも、1行に1つのオブジェクトでもありません",
    ],
    itemInvalid: [
      "Line {{line}}: item {{item}} is not valid JSON ({{error}})",
      "第 {{line}} 行：第 {{item}} 项不是有效的 JSON（{{error}}）",
      "{{line}} 行目：{{item}} 番目の項目が正しい JSON ではありません（{{error}}）",
    ],
    afterEnd: ["Line {{line}}: there is more text after the end of the array", "第 {{line}} 行：数组结束后还有其他文字", "{{line}} 行目：配列の終わりの後にまだ文字があります"],
    itemNotObject: [
      "Line {{line}}: item {{item}} of the array is {{what}}; the file must be an array of objects, one per row",
      "第 {{line}} 行：数组的第 {{item}} 项{{what}}；文件必须是对象数组，每行数据一个对象",
      "{{line}} 行目：配列の {{item}} 番目の項目は{{what}}。ファイルは、1行のデータにつき1つのオブジェクトを並べた配列にしてください",
    ],
    objectTooLong: ["Line {{line}}: one object runs on for more than 32 MB", "第 {{line}} 行：一个对象超过 32 MB", "{{line}} 行目：1つのオブジェクトが 32 MB を超えています"],
    noJson: ["The file holds no JSON: there is nothing to import", "文件中没有 JSON：没有可导入的内容", "ファイルに JSON がありません。インポートするものがありません"],
    unclosedArray: [
      'Line {{line}}: the JSON ends before its array is closed (a "]" is missing)',
      "第 {{line}} 行：JSON 在数组闭合之前就结束了（缺少“]”）",
      "{{line}} 行目：配列が閉じる前に JSON が終わっています（「]」がありません）",
    ],
    lineTooLong: ["Line {{line}} runs on for more than 32 MB", "第 {{line}} 行超过 32 MB", "{{line}} 行目が 32 MB を超えています"],
    lineNotObject: [
      "Line {{line}} is not a JSON object; the file must be an array of objects ([{...}, {...}]) or one object per line",
      "第 {{line}} 行不是 JSON 对象；文件必须是对象数组（[{...}, {...}]）或每行一个对象",
      "{{line}} 行目は JSON オブジェクトではありません。ファイルはオブジェクトの配列（[{...}, {...}]）か、1行に1つのオブジェクトにしてください",
    ],
    lineKind: [
      "Line {{line}} is {{kind}}, not an object; the file must hold one object per line",
      "第 {{line}} 行是{{kind}}，不是对象；文件必须每行一个对象",
      "{{line}} 行目は{{kind}}で、オブジェクトではありません。ファイルは1行に1つのオブジェクトにしてください",
    ],
    // what an item or a line is instead of an object
    is: {
      text: ["a text", "是文本", "テキストです"],
      list: ["a list", "是列表", "リストです"],
      number: ["a number", "是数字", "数値です"],
      notObject: ["not an object", "不是对象", "オブジェクトではありません"],
    },
    kind: {
      null: ["null", "null", "null"],
      list: ["a list", "列表", "リスト"],
      object: ["an object", "对象", "オブジェクト"],
      text: ["a text", "文本", "テキスト"],
      number: ["a number", "数字", "数値"],
      boolean: ["a boolean", "布尔值", "真偽値"],
      other: ["a {{type}}", "{{type}}", "{{type}}"],
    },
    emptyArray: ["The JSON array is empty: there are no rows to import", "JSON 数组为空：没有可导入的行", "JSON の配列が空です。インポートする行がありません"],
    noObjects: ["The file holds no JSON objects: there is nothing to import", "文件中没有 JSON 对象：没有可导入的内容", "ファイルに JSON オブジェクトがありません。インポートするものがありません"],
    wrapped: [
      'Line {{line}}: this JSON is an object that holds a list ("{{key}}"), not an array of objects. Give the list itself: [{...}, {...}], or one object per line',
      "第 {{line}} 行：此 JSON 是一个包含列表（“{{key}}”）的对象，而不是对象数组。请直接提供该列表：[{...}, {...}]，或每行一个对象",
      "{{line}} 行目：この JSON はリスト（「{{key}}」）を含むオブジェクトで、オブジェクトの配列ではありません。リストそのもの（[{...}, {...}]）か、1行に1つのオブジェクトにしてください",
    ],
  },
} as const satisfies TripleTree;

/** A JSON reader's messages and the limits it meets: what JsonShapeError renders its English from. */
const JSON_TREE: TripleTree = { ...jsonMessages, ...limitTriples };

/** A JSON reader's message. */
export function jsonMessage(key: string, params?: MessageParams): Message {
  return params ? { code: `importJson.${key}`, params } : { code: `importJson.${key}` };
}

export interface JsonItem {
  line: number;
  value: Record<string, unknown>;
}

/** The file is not JSON an import reads: `message` is its English, `code` the message the pages translate. */
export class JsonShapeError extends Error {
  constructor(
    readonly line: number,
    readonly code: Message,
  ) {
    super(english(JSON_TREE, code));
  }
}

const MAX_OBJECT_CHARS = 32 * 1024 * 1024;

function kindOf(v: unknown): Message {
  if (v === null) return jsonMessage("kind.null");
  if (Array.isArray(v)) return jsonMessage("kind.list");
  if (typeof v === "object") return jsonMessage("kind.object");
  if (typeof v === "string") return jsonMessage("kind.text");
  if (typeof v === "number" || typeof v === "boolean") return jsonMessage(`kind.${typeof v}`);
  return jsonMessage("kind.other", { type: typeof v });
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
          if (++this.depth > JSON_MAX_DEPTH) throw new JsonShapeError(this.objLine, limitMessage.jsonTooDeep(this.objLine));
        } else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === 0) {
            const text = b.slice(this.objStart, i + 1);
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch (e) {
              throw new JsonShapeError(this.objLine, jsonMessage("itemInvalid", { line: this.objLine, item: this.items + 1, error: (e as Error).message }));
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
          throw new JsonShapeError(this.line, jsonMessage("notArray", { line: this.line }));
        }
        this.state = "between";
        this.expectComma = false;
        i++;
        continue;
      }
      if (this.state === "end") {
        throw new JsonShapeError(this.line, jsonMessage("afterEnd", { line: this.line }));
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
      const what = c === 34 ? "text" : c === 91 ? "list" : /[-0-9]/.test(String.fromCharCode(c)) ? "number" : "notObject";
      throw new JsonShapeError(this.line, jsonMessage("itemNotObject", { line: this.line, item: this.items + 1, what: jsonMessage(`is.${what}`) }));
    }
    // keep only the unfinished object
    if (this.state === "object") {
      this.pos = this.objStart;
      this.scanFrom = i - this.objStart;
      if (i - this.objStart > MAX_OBJECT_CHARS) {
        throw new JsonShapeError(this.objLine, jsonMessage("objectTooLong", { line: this.objLine }));
      }
    } else {
      this.pos = n;
      this.scanFrom = 0;
    }
    if (final) {
      if (this.state === "start") throw new JsonShapeError(1, jsonMessage("noJson"));
      if (this.state !== "end") {
        throw new JsonShapeError(this.line, jsonMessage("unclosedArray", { line: this.line }));
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
      throw new JsonShapeError(this.line, jsonMessage("lineTooLong", { line: this.line }));
    }
    return out;
  }

  private take(text: string, out: JsonItem[]): void {
    const line = this.line++;
    const t = text.replace(/^\uFEFF/, "").trim();
    if (t === "") return;
    if (nestingOver(t, JSON_MAX_DEPTH)) throw new JsonShapeError(line, limitMessage.jsonTooDeep(line));
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      throw new JsonShapeError(line, jsonMessage("lineNotObject", { line }));
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new JsonShapeError(line, jsonMessage("lineKind", { line, kind: kindOf(value) }));
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
