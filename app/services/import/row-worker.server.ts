// The import's reading thread (docs/decisions/011): reads a CSV file, decodes it (UTF-8 or
// GBK/GB18030), tokenizes it and checks every row with the same code as the single-threaded
// import, and hands the rows to the writing thread in packed batches. At most `inFlight` batches
// are on their way at once: the writer's receipts pace the reader, so memory does not grow with
// the file however much faster reading is than writing.
import { parentPort, workerData } from "node:worker_threads";
import type { ImportKind } from "../../domain/import/kinds";
import { ImportLimitError } from "../../domain/import/limits";
import type { Message } from "../../domain/message";
import { BatchPacker, type PackedBatch } from "../../domain/import/row-batch";
import { rowParser, STORED_COLUMNS } from "../../domain/import/rows";
import { openCsv } from "./readers/csv.server";
import { FileProblem } from "./readers/source.server";

export interface RowWorkerInput {
  path: string;
  kind: ImportKind;
  timezone: string;
  encoding?: "utf-8" | "gb18030";
  separator?: "," | ";" | "\t";
  /** the position of each of the kind's fields among the file's columns, -1 when missing */
  fieldCols: number[];
  /** also pass each good row's cells (the rejected-rows file may need them) */
  raw: boolean;
  /** batches sent and not yet taken by the writer, at most */
  inFlight: number;
}

export type RowWorkerMessage =
  | { type: "ready"; width: number; headerLine: number }
  | { type: "batch"; batch: PackedBatch }
  | { type: "end"; bytesRead: number }
  | { type: "error"; problem: "file" | "limit" | "other"; message: string; code?: Message; line: number | null; stack?: string };

async function run(input: RowWorkerInput): Promise<void> {
  const port = parentPort!;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const onMessage = (m: unknown) => {
    if (m === "taken") {
      inFlight--;
      wake?.();
      wake = null;
    }
  };
  port.on("message", onMessage);
  const post = (m: RowWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  try {
    const source = await openCsv(input.path, { encoding: input.encoding, separator: input.separator });
    const width = source.headers.length;
    post({ type: "ready", width, headerLine: source.headerLine });
    const parser = rowParser(input.kind, input.timezone);
    const packer = new BatchPacker(STORED_COLUMNS[input.kind].length, input.raw);
    const cols = input.fieldCols;
    for await (const records of source.batches) {
      for (let i = 0; i < records.length; i++) {
        const { line, values } = records[i];
        if (values.length !== width) {
          packer.ragged(line, values);
          continue;
        }
        const parsed = parser.parseColumns(values, cols);
        if (parsed.ok) packer.ok(line, parsed.row.values, values);
        else packer.invalid(line, values, parsed.issues);
      }
      if (packer.size === 0) continue;
      while (inFlight >= input.inFlight) await new Promise<void>((resolve) => (wake = resolve));
      const { batch, transfer } = packer.take(source.bytesRead());
      inFlight++;
      post({ type: "batch", batch }, transfer);
    }
    post({ type: "end", bytesRead: source.bytesRead() });
  } catch (e) {
    const err = e as Error;
    if (e instanceof FileProblem) post({ type: "error", problem: "file", message: err.message, code: e.code, line: e.line });
    else if (e instanceof ImportLimitError) post({ type: "error", problem: "limit", message: err.message, code: e.code, line: e.line });
    else post({ type: "error", problem: "other", message: err.message, line: null, stack: err.stack });
  } finally {
    // nothing keeps the thread alive now: it ends once its messages are out
    port.off("message", onMessage);
  }
}

if (parentPort && workerData?.rowWorker) void run(workerData.rowWorker as RowWorkerInput);
