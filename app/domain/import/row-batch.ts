// Checked rows in a compact form, for handing them from the import's reading thread to the thread
// that writes them (docs/decisions/011). A batch is a few typed arrays and one string holding
// every text value, so passing it costs a copy of a few hundred kilobytes instead of a structured
// clone of thousands of arrays; the writing thread makes each value again only as it binds it.
import { KEY_COLUMNS, STORED_COLUMNS, type CellIssue, type ParsedRow, type StoredValue } from "./rows";
import type { ImportKind } from "./kinds";

/** What a record of the file turned out to be. */
export const RECORD_OK = 0;
/** a row whose number of values differs from the header's */
export const RECORD_RAGGED = 1;
/** a row with at least one bad cell */
export const RECORD_BAD = 2;

const TAG_NULL = 0;
const TAG_NUMBER = 1;
const TAG_STRING = 2;

/** A rejected record: its cells as the file gives them, and what is wrong (none for a ragged row). */
export interface BadRecord {
  values: string[];
  issues: CellIssue[] | null;
}

export interface PackedBatch {
  /** records in the batch, good and bad, in file order */
  count: number;
  /** per record: its file line */
  lines: Float64Array;
  /** per record: RECORD_OK, RECORD_RAGGED or RECORD_BAD */
  status: Uint8Array;
  /** per good record × stored column: null, number or text */
  tags: Uint8Array;
  nums: Float64Array;
  /** every text value (and, with `raw`, the cells of good records) one after the other */
  text: string;
  /** where each piece of `text` ends */
  ends: Uint32Array;
  /** the bad records, in file order */
  bad: BadRecord[];
  /** true when each good record also carries its cells as the file gave them */
  raw: boolean;
  /** how far through the file the reader is after this batch */
  bytesRead: number;
}

/** Builds one batch on the reading side. `raw`: also keep each good record's cells. */
export class BatchPacker {
  private lines: number[] = [];
  private status: number[] = [];
  private tags: number[] = [];
  private nums: number[] = [];
  private pieces: string[] = [];
  private ends: number[] = [];
  private length = 0;
  private bad: BadRecord[] = [];

  constructor(
    private readonly width: number,
    private readonly raw: boolean,
  ) {}

  get size(): number {
    return this.lines.length;
  }

  private piece(s: string): void {
    this.pieces.push(s);
    this.length += s.length;
    this.ends.push(this.length);
  }

  ok(line: number, values: readonly StoredValue[], cells: readonly string[]): void {
    this.lines.push(line);
    this.status.push(RECORD_OK);
    for (let i = 0; i < this.width; i++) {
      const v = values[i];
      if (v === null || v === undefined) {
        this.tags.push(TAG_NULL);
        this.nums.push(0);
      } else if (typeof v === "number") {
        this.tags.push(TAG_NUMBER);
        this.nums.push(v);
      } else {
        this.tags.push(TAG_STRING);
        this.nums.push(0);
        this.piece(v);
      }
    }
    if (this.raw) for (const c of cells) this.piece(c);
  }

  ragged(line: number, values: string[]): void {
    this.lines.push(line);
    this.status.push(RECORD_RAGGED);
    this.bad.push({ values, issues: null });
  }

  invalid(line: number, values: string[], issues: CellIssue[]): void {
    this.lines.push(line);
    this.status.push(RECORD_BAD);
    this.bad.push({ values, issues });
  }

  /** The batch, and the buffers to transfer with it; the packer starts over empty. */
  take(bytesRead: number): { batch: PackedBatch; transfer: ArrayBuffer[] } {
    const batch: PackedBatch = {
      count: this.lines.length,
      lines: Float64Array.from(this.lines),
      status: Uint8Array.from(this.status),
      tags: Uint8Array.from(this.tags),
      nums: Float64Array.from(this.nums),
      text: this.pieces.join(""),
      ends: Uint32Array.from(this.ends),
      bad: this.bad,
      raw: this.raw,
      bytesRead,
    };
    this.lines = [];
    this.status = [];
    this.tags = [];
    this.nums = [];
    this.pieces = [];
    this.ends = [];
    this.length = 0;
    this.bad = [];
    return {
      batch,
      transfer: [batch.lines.buffer, batch.status.buffer, batch.tags.buffer, batch.nums.buffer, batch.ends.buffer] as ArrayBuffer[],
    };
  }
}

/**
 * Reads a batch on the writing side, record by record: `next()` moves on, then `line`, `status`
 * and either `row` (a good record) or `badRecord` say what it is.
 */
export class BatchCursor {
  private record = -1;
  private okRow = -1;
  private piece = 0;
  private badAt = -1;
  private rawStart = 0;
  line = 0;
  status = RECORD_OK;
  row: ParsedRow | null = null;
  badRecord: BadRecord | null = null;
  private readonly dayAt: number;
  private readonly keyAt: number[];

  constructor(
    private readonly batch: PackedBatch,
    kind: ImportKind,
    private readonly width: number,
    /** the number of cells of a good record (the header's) */
    private readonly cells: number,
  ) {
    this.dayAt = STORED_COLUMNS[kind].indexOf("day");
    this.keyAt = KEY_COLUMNS[kind].map((k) => STORED_COLUMNS[kind].indexOf(k));
  }

  private text(): string {
    const b = this.batch;
    const start = this.piece === 0 ? 0 : b.ends[this.piece - 1];
    return b.text.slice(start, b.ends[this.piece++]);
  }

  next(): boolean {
    const b = this.batch;
    if (++this.record >= b.count) return false;
    this.line = b.lines[this.record];
    this.status = b.status[this.record];
    if (this.status !== RECORD_OK) {
      this.row = null;
      this.badRecord = b.bad[++this.badAt];
      return true;
    }
    this.badRecord = null;
    const w = this.width;
    const base = ++this.okRow * w;
    const values: StoredValue[] = new Array(w);
    for (let i = 0; i < w; i++) {
      const t = b.tags[base + i];
      values[i] = t === TAG_STRING ? this.text() : t === TAG_NUMBER ? b.nums[base + i] : null;
    }
    if (b.raw) {
      this.rawStart = this.piece;
      this.piece += this.cells;
    }
    this.row = storedRow(values, this.keyAt, this.dayAt);
    return true;
  }

  /** The current good record's cells as the file gave them (only for a batch packed with `raw`). */
  rawCells(): string[] {
    if (!this.batch.raw) throw new Error("this batch does not carry the file's cells");
    const b = this.batch;
    const out: string[] = [];
    for (let p = this.rawStart; p < this.rawStart + this.cells; p++) out.push(b.text.slice(p === 0 ? 0 : b.ends[p - 1], b.ends[p]));
    return out;
  }
}

/** A stored row's key and day from its values, as the row check gives them (rowParser). */
function storedRow(values: StoredValue[], keyAt: number[], dayAt: number): ParsedRow {
  const key = keyAt.length === 1 ? (values[keyAt[0]] as string) : keyAt.map((i) => values[i]).join("\u0001");
  return { values, key, day: dayAt === -1 ? null : (values[dayAt] as string) };
}
