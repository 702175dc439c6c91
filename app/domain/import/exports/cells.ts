// Cells as Douyin and TikTok exports write them, made plain before the row check reads them:
// ids padded with a tab, `-` for empty, 1.2万 counts, 1分钟30秒 durations, headers with (元).

/** A header as the exports vary it: tabs and spaces trimmed, full-width brackets half-width, a trailing (元) or (¥) dropped, lower case. */
export function exportHeaderKey(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/[\t\r\n\u3000]/g, " ")
    .trim()
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/\s*\((?:元|¥|￥|rmb|cny)\)$/i, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const MISSING = new Set(["-", "--", "—", "/", "null", "NULL"]);

/** Tabs and spaces around the value removed; `-` and the like read as missing (""). */
export function cleanCell(raw: string): string {
  const s = raw.trim();
  return MISSING.has(s) ? "" : s;
}

/** `1.2万` → `12000`, `3亿` → `300000000`; any other cell as it is (the row check words a bad one). */
export function plainCount(s: string): string {
  const m = /^(\d+(?:\.\d+)?)\s*(万|w|亿)$/i.exec(s);
  if (!m) return s;
  return String(Math.round(Number(m[1]) * (m[2] === "亿" ? 1e8 : 1e4)));
}

const WRITTEN_DURATION = /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时|h))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|min|m))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s))?$/i;
const CLOCK_DURATION = /^(\d+):(\d{2})(?::(\d{2}))?$/;

/** `1小时2分钟3秒`, `1分钟30秒`, `90秒`, `01:02:03` → seconds; undefined when it is none of these. */
export function writtenDurationSeconds(s: string): number | undefined {
  const clock = CLOCK_DURATION.exec(s);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? null : Number(clock[3])];
    return c === null ? a * 60 + b : a * 3600 + b * 60 + c;
  }
  const m = WRITTEN_DURATION.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  return Math.round(Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0));
}

/** A duration in minutes (`125.5`) or written out (`2小时5分钟`) → whole seconds as text; else the cell. */
export function minutesAsSeconds(s: string): string {
  if (s === "") return "";
  const plain = s.replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(plain)) return String(Math.round(Number(plain) * 60));
  const written = writtenDurationSeconds(s);
  return written === undefined ? s : String(written);
}

/** A 1–5 score as `5`, `5.0`, `5星` or `5分`. */
export function plainScore(s: string): string {
  return s.replace(/\s*(?:星|分|stars?)$/i, "");
}
