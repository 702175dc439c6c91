// Which text encoding a CSV file is in, from its first bytes: UTF-8 (with or without BOM) or
// GB18030 (a superset of GBK, what Chinese Excel saves as "CSV").

export type TextEncodingName = "utf-8" | "gb18030";

export interface EncodingGuess {
  encoding: TextEncodingName;
  bom: boolean;
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
  return { encoding: "gb18030", bom: false };
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
