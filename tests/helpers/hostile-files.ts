// Hand-built hostile and odd files for the import's limits: XLSX workbooks written byte by byte
// (a shared string that unpacks to a GiB, rows without `r` attributes), deeply nested JSON,
// millions of empty rows. Written fast and streamed, so tests stay short.
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

interface ZipEntry {
  name: string;
  /** the content, or a generator of its chunks (for large ones) */
  data: string | (() => Iterable<Buffer>);
}

async function deflateEntry(data: ZipEntry["data"]): Promise<{ compressed: Buffer; crc: number; size: number }> {
  if (typeof data === "string") {
    const raw = Buffer.from(data, "utf8");
    return { compressed: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
  }
  const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  for (const chunk of data()) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
  }
  // 'end' (the last compressed bytes read), not end()'s callback ('finish', before them)
  const ended = new Promise<void>((r) => deflate.once("end", () => r()));
  deflate.end();
  await ended;
  return { compressed: Buffer.concat(out), crc, size };
}

/** A zip (deflate, no zip64: parts under 4 GiB) written to `path`. */
export async function writeZip(path: string, entries: ZipEntry[]): Promise<void> {
  const fd = openSync(path, "w");
  const central: Buffer[] = [];
  let offset = 0;
  try {
    for (const e of entries) {
      const { compressed, crc, size } = await deflateEntry(e.data);
      const name = Buffer.from(e.name, "utf8");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(size >>> 0, 22);
      local.writeUInt16LE(name.length, 26);
      writeSync(fd, local);
      writeSync(fd, name);
      writeSync(fd, compressed);
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x0800, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt32LE(crc >>> 0, 16);
      c.writeUInt32LE(compressed.length, 20);
      c.writeUInt32LE(size >>> 0, 24);
      c.writeUInt16LE(name.length, 28);
      c.writeUInt32LE(offset, 42);
      central.push(c, name);
      offset += 30 + name.length + compressed.length;
    }
    const dir = Buffer.concat(central);
    writeSync(fd, dir);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(fd, end);
  } finally {
    closeSync(fd);
  }
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A workbook of the given shared strings and sheet XML (the rows inside sheetData). */
export async function writeXlsx(path: string, sharedStrings: ZipEntry["data"], sheetRows: ZipEntry["data"]): Promise<void> {
  const wrapRows: ZipEntry["data"] =
    typeof sheetRows === "string"
      ? SHEET_HEAD + sheetRows + SHEET_TAIL
      : () => [Buffer.from(SHEET_HEAD), ...sheetRows(), Buffer.from(SHEET_TAIL)];
  await writeZip(path, [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: RELS },
    { name: "xl/workbook.xml", data: WORKBOOK },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    { name: "xl/sharedStrings.xml", data: sharedStrings },
    { name: "xl/worksheets/sheet1.xml", data: wrapRows },
  ]);
}

/** Shared strings XML of plain texts. */
export function sharedStringsXml(texts: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${texts.length}" uniqueCount="${texts.length}">${texts.map((t) => `<si><t>${xmlText(t)}</t></si>`).join("")}</sst>`;
}

/**
 * The shared-string bomb: an orders header, one row whose cell B2 uses shared string 0, and that
 * string `bytes` long ("A" repeated), which deflate packs into about a thousandth of its size.
 */
export async function writeSharedStringBomb(path: string, bytes = 1024 ** 3): Promise<void> {
  const headers = ["order_id", "paid_at", "gmv"];
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>`;
  const strings = () => {
    const chunk = Buffer.alloc(1024 * 1024, "A");
    const chunks: Buffer[] = [Buffer.from(head)];
    return (function* () {
      yield* chunks;
      for (let done = 0; done < bytes; done += chunk.length) yield chunk;
      yield Buffer.from(`</t></si>${headers.map((h) => `<si><t>${h}</t></si>`).join("")}</sst>`);
    })();
  };
  const rows =
    `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>O1</t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2"><v>10</v></c></row>`;
  await writeXlsx(path, strings, rows);
}

/** An orders workbook whose rows and cells carry no `r` attribute (as some exporters write). */
export async function writeXlsxWithoutRefs(path: string, rows: string[][]): Promise<void> {
  const texts = [...new Set(rows.flat())];
  const xml = rows
    .map((cells) => `<row>${cells.map((c) => (c === "" ? "<c/>" : `<c t="s"><v>${texts.indexOf(c)}</v></c>`)).join("")}</row>`)
    .join("");
  await writeXlsx(path, sharedStringsXml(texts), xml);
}

/** JSON: an array whose one object nests `depth` lists inside one another. */
export function deepJson(depth: number): string {
  return `[{"order_id":"O1","paid_at":"2024-06-01 10:00:00","gmv":"1","x":${"[".repeat(depth)}${"]".repeat(depth)}}]`;
}
