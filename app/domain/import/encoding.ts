// Which text encoding a CSV file is in, from its first bytes: UTF-8 (with or without BOM) or
// GB18030 (a superset of GBK, what Chinese Excel saves as "CSV").

export type TextEncodingName = "utf-8" | "gb18030";

export interface EncodingGuess {
  encoding: TextEncodingName;
  bom: boolean;
  /** neither valid UTF-8 nor valid GB18030: the offset of the first byte no encoding reads, else absent */
  invalidAt?: number;
}

/** Length of the UTF-8 sequence starting at i, or 0 when the bytes there are not valid UTF-8. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let len: number;
  let min: number;
  if (c >= 0xc2 && c <= 0xdf) {
    len = 2;
    min = 0x80;
  } else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    min = 0x800;
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    min = 0x10000;
  } else return 0;
  if (i + len > b.length) return -1; // cut off by the end of the sample
  let cp = c & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) {
    const t = b[i + k];
    if ((t & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (t & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

/**
 * The encoding of a file from a sample of its first bytes. A BOM means UTF-8. Valid UTF-8 means
 * UTF-8. Bytes that are not UTF-8 mean GB18030 — unless the sample also holds much real UTF-8
 * text, which makes it a UTF-8 file with some foreign bytes: then it is read as UTF-8, so the
 * import can name the line where the bytes go wrong instead of turning the good part into
 * gibberish.
 */
export function sniffEncoding(sample: Uint8Array): EncodingGuess {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: "utf-8", bom: true };
  }
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < sample.length; ) {
    const len = utf8SequenceLength(sample, i);
    if (len === -1) break;
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    if (len > 1) multibyte++;
    i += len;
  }
  if (invalid === 0) return { encoding: "utf-8", bom: false };
  if (multibyte >= 8 && multibyte >= invalid * 4) return { encoding: "utf-8", bom: false };
  // GBK/GB18030 only when the bytes are that: a guess would turn any bytes into Chinese text
  const bad = firstInvalidGb18030(sample);
  return bad === -1 ? { encoding: "gb18030", bom: false } : { encoding: "gb18030", bom: false, invalidAt: bad };
}

/**
 * Length of the GB18030 sequence at i (GBK is its two-byte part): 1, 2 or 4; 0 when the bytes
 * there are not GB18030; -1 when the sample ends inside it.
 */
function gb18030SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  if (c === 0x80 || c === 0xff) return 0;
  if (i + 1 >= b.length) return -1;
  const t = b[i + 1];
  if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) return 2;
  if (t < 0x30 || t > 0x39) return 0;
  if (i + 3 >= b.length) return -1;
  const t2 = b[i + 2];
  const t3 = b[i + 3];
  return t2 >= 0x81 && t2 <= 0xfe && t3 >= 0x30 && t3 <= 0x39 ? 4 : 0;
}

/** Offset of the first byte that is not valid GB18030, or -1. A sequence cut off by the end counts as valid. */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const len = gb18030SequenceLength(bytes, i);
    if (len === -1) return -1;
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** How many bytes at the end of `bytes` start a GB18030 sequence that the next chunk completes. */
export function incompleteGb18030Tail(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = gb18030SequenceLength(bytes, i);
    if (len === -1) return bytes.length - i;
    i += len === 0 ? 1 : len;
  }
  return 0;
}

/** Offset of the first byte that is not valid UTF-8, or -1. A sequence cut off by the end counts as valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const len = utf8SequenceLength(bytes, i);
    if (len === -1) return -1;
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = bytes[n - back];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    if (c < 0x80) return 0;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}
