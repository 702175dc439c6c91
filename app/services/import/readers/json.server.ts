// Streams a JSON file (an array of objects) or NDJSON (one object a line). The first object's
// keys are the header; values of later objects are read by those keys.
import { createReadStream, statSync } from "node:fs";
import { JsonArrayScanner, JsonShapeError, NdjsonScanner, jsonCellText, type JsonItem } from "../../../domain/import/json-stream";
import { fileMessage } from "../../../domain/import/file-messages";
import { jsonMessage } from "../../../domain/import/json-stream";
import type { Message } from "../../../domain/message";
import { FileProblem, type ReaderOptions, type Source, type SourceRow } from "./source.server";

export async function openJson(path: string, _options: ReaderOptions = {}): Promise<Source> {
  const bytesTotal = statSync(path).size;
  if (bytesTotal === 0) throw new FileProblem(fileMessage("empty"));
  const stream = createReadStream(path, { highWaterMark: 256 * 1024, encoding: "utf8" });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  let bytesRead = 0;
  let scanner: JsonArrayScanner | NdjsonScanner | null = null;
  let format = "json" as "json" | "ndjson";
  let done = false;

  const more = async (): Promise<JsonItem[]> => {
    if (done) return [];
    try {
      const next = await chunks.next();
      if (next.done) {
        done = true;
        return scanner ? scanner.push("", true) : [];
      }
      const text = next.value;
      bytesRead += Buffer.byteLength(text);
      if (!scanner) {
        const t = text.replace(/^\uFEFF/, "").trimStart();
        if (t === "") return [];
        format = t.startsWith("[") ? "json" : "ndjson";
        scanner = format === "json" ? new JsonArrayScanner() : new NdjsonScanner();
      }
      return scanner.push(text);
    } catch (e) {
      stream.destroy();
      if (e instanceof JsonShapeError) throw FileProblem.of(e);
      throw e;
    }
  };

  let pending: JsonItem[] = [];
  while (pending.length === 0 && !done) pending = await more();
  const first = pending[0];
  if (!first) {
    stream.destroy();
    throw new FileProblem(jsonMessage(format === "json" ? "emptyArray" : "noObjects"), 1);
  }
  if (format === "ndjson") {
    const list = Object.entries(first.value).find(([, v]) => Array.isArray(v));
    if (list) {
      stream.destroy();
      throw new FileProblem(jsonMessage("wrapped", { line: first.line, key: list[0] }), first.line);
    }
  }
  // The header is every key seen so far: a key that first shows up in a later object (an
  // optional value the first object left out) is appended, and the import maps it then.
  const headers = Object.keys(first.value);
  const index = new Map(headers.map((h, i) => [h, i]));
  const notes: Message[] = [];

  const toRow = (item: JsonItem): SourceRow => {
    for (const k in item.value) {
      if (!index.has(k)) {
        index.set(k, headers.length);
        headers.push(k);
      }
    }
    return { line: item.line, values: headers.map((h) => jsonCellText(item.value[h])) };
  };

  async function* batches(): AsyncGenerator<SourceRow[]> {
    try {
      let batch = pending;
      for (;;) {
        if (batch.length) yield batch.map(toRow);
        if (done) return;
        batch = await more();
      }
    } finally {
      stream.destroy();
    }
  }

  return {
    format,
    encoding: "utf-8",
    separator: null,
    headers,
    headerLine: first.line,
    batches: batches(),
    bytesRead: () => bytesRead,
    bytesTotal,
    notes,
    close: () => stream.destroy(),
  };
}
