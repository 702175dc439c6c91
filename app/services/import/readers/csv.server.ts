// Streams a CSV file: sniffs its encoding (UTF-8 with or without BOM, else GB18030) and its
// separator, decodes chunk by chunk and tokenizes into rows that know their file line.
import { createReadStream, statSync } from "node:fs";
import iconv from "iconv-lite";
import { CsvSyntaxError, CsvTokenizer, sniffSeparator, type CsvRecord } from "../../../domain/import/csv";
import {
  firstInvalidGb18030,
  firstInvalidUtf8,
  incompleteGb18030Tail,
  incompleteUtf8Tail,
  sniffEncoding,
  type TextEncodingName,
} from "../../../domain/import/encoding";
import { fileMessage } from "../../../domain/import/file-messages";
import { limitMessage } from "../../../domain/import/limits";
import { FileProblem, type ReaderOptions, type Source, type SourceRow } from "./source.server";

// 256 KB: smaller chunks keep fewer rows alive at once (a 1 MB chunk raised peak memory by ~50 MB)
const CHUNK_BYTES = 256 * 1024;

interface Decoder {
  /** text of the bytes; throws FileProblem for bytes the encoding cannot hold */
  write(bytes: Buffer): string;
  end(): string;
}

function countLfBytes(b: Buffer, end = b.length): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

function utf8Decoder(): Decoder {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let carry: Buffer = Buffer.alloc(0);
  let linesBefore = 0;
  const decode = (bytes: Buffer): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      const at = Math.max(0, firstInvalidUtf8(bytes));
      const line = linesBefore + countLfBytes(bytes, at) + 1;
      throw new FileProblem(fileMessage("notUtf8", { line }), line);
    }
  };
  return {
    write(chunk) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteUtf8Tail(bytes);
      const whole = tail ? bytes.subarray(0, bytes.length - tail) : bytes;
      carry = tail ? Buffer.from(bytes.subarray(bytes.length - tail)) : Buffer.alloc(0);
      const text = decode(whole);
      linesBefore += countLfBytes(whole);
      return text;
    },
    end() {
      return carry.length ? decode(carry) : "";
    },
  };
}

/** GB18030 (and so GBK), refusing bytes that are not: iconv alone would turn them into "\uFFFD" or other characters. */
function gb18030Decoder(): Decoder {
  const decoder = iconv.getDecoder("gb18030");
  let carry: Buffer = Buffer.alloc(0);
  let linesBefore = 0;
  const refuse = (bytes: Buffer, at: number): never => {
    const line = linesBefore + countLfBytes(bytes, at) + 1;
    throw new FileProblem(limitMessage.notGbk(line), line);
  };
  return {
    write(chunk) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const bad = firstInvalidGb18030(bytes);
      if (bad !== -1) refuse(bytes, bad);
      const tail = incompleteGb18030Tail(bytes);
      const whole = tail ? bytes.subarray(0, bytes.length - tail) : bytes;
      carry = tail ? Buffer.from(bytes.subarray(bytes.length - tail)) : Buffer.alloc(0);
      linesBefore += countLfBytes(whole);
      return decoder.write(whole);
    },
    end() {
      if (carry.length) refuse(carry, 0);
      return decoder.end() ?? "";
    },
  };
}

export async function openCsv(path: string, options: ReaderOptions = {}): Promise<Source> {
  const bytesTotal = statSync(path).size;
  if (bytesTotal === 0) throw new FileProblem(fileMessage("empty"));
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let bytesRead = 0;

  let first = (await chunks.next()).value as Buffer;
  bytesRead += first.length;
  const guess = sniffEncoding(first.subarray(0, 256 * 1024));
  const encoding: TextEncodingName = options.encoding ?? guess.encoding;
  if (!options.encoding && guess.invalidAt !== undefined) {
    stream.destroy();
    const line = countLfBytes(first, guess.invalidAt) + 1;
    throw new FileProblem(limitMessage.notAnyEncoding(line), line);
  }
  if (guess.bom) first = first.subarray(3);
  const decoder = encoding === "utf-8" ? utf8Decoder() : gb18030Decoder();

  let text: string;
  try {
    text = decoder.write(first);
  } catch (e) {
    stream.destroy();
    throw e;
  }
  const firstLineEnd = text.indexOf("\n");
  const separator = options.separator ?? sniffSeparator(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd));
  const tokenizer = new CsvTokenizer(separator);

  const toProblem = (e: unknown): never => {
    stream.destroy();
    if (e instanceof CsvSyntaxError) throw FileProblem.of(e);
    throw e;
  };

  let done = false;
  /** the records of the next chunk; [] at the end of the file */
  const more = async (): Promise<CsvRecord[]> => {
    if (done) return [];
    try {
      const next = await chunks.next();
      if (next.done) {
        done = true;
        return tokenizer.push(decoder.end(), true);
      }
      bytesRead += next.value.length;
      return tokenizer.push(decoder.write(next.value));
    } catch (e) {
      return toProblem(e);
    }
  };

  let pending: CsvRecord[];
  try {
    pending = tokenizer.push(text, false);
  } catch (e) {
    return toProblem(e);
  }
  while (pending.length === 0 && !done) pending = await more();
  const header = pending.shift();
  if (!header || header.values.every((f) => f.trim() === "")) {
    stream.destroy();
    throw new FileProblem(fileMessage("noHeader"), 1);
  }

  async function* batches(): AsyncGenerator<SourceRow[]> {
    try {
      let batch: CsvRecord[] = pending;
      for (;;) {
        if (batch.length) yield batch;
        if (done) return;
        batch = await more();
      }
    } finally {
      stream.destroy();
    }
  }

  return {
    format: "csv",
    encoding: guess.bom ? "utf-8 (BOM)" : encoding,
    separator,
    headers: header.values,
    headerLine: header.line,
    batches: batches(),
    bytesRead: () => bytesRead,
    bytesTotal,
    notes: [],
    close: () => stream.destroy(),
  };
}
