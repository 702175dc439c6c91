// Opens a file with the reader its format needs: by its first bytes (an XLSX is a zip), then by
// its name, then by its content.
import { closeSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import { fileMessage } from "../../../domain/import/file-messages";
import type { ImportFormat } from "../../../domain/import/report";
import { openCsv } from "./csv.server";
import { openJson } from "./json.server";
import { FileProblem, type ReaderOptions, type Source } from "./source.server";
import { openXlsx } from "./xlsx.server";

function firstBytes(path: string, n: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(n);
    const read = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function detectFormat(path: string, fileName: string = path): ImportFormat {
  const head = firstBytes(path, 4096);
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  const ext = extname(fileName).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  if (ext === ".json") return "json";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) return "ndjson";
  return "csv";
}

export async function openSource(path: string, fileName: string, options: ReaderOptions = {}): Promise<Source> {
  const format = detectFormat(path, fileName);
  if (format !== "xlsx" && /\.xls$/i.test(fileName)) {
    throw new FileProblem(fileMessage("xls"));
  }
  if (format === "xlsx") return openXlsx(path, options);
  if (format === "json" || format === "ndjson") return openJson(path, options);
  return openCsv(path, options);
}
