// Money is integer hundredths of the merchant's currency end to end; only formatting turns it
// into a decimal. Parsing accepts what shop exports write: 1234.5, 1,234.50, ¥1234.50, ￥1,234.50.
import { problem } from "./import/messages";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MONEY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Plain digits with up to two decimals (`1234.5`, `0.99`), the shape of nearly every money cell,
 * read without regular expressions; -1 for anything else, which parseMoney then reads in full.
 */
function quickMoney(s: string): number {
  const n = s.length;
  if (n === 0 || n > 13) return -1; // 13 digits of whole units stay a safe integer of hundredths
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  if (i === 0) return -1;
  if (i === n) return whole * 100;
  if (s.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 2) return -1;
  const d1 = s.charCodeAt(i + 1) - 48;
  const d2 = n - i - 1 === 2 ? s.charCodeAt(i + 2) - 48 : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}

/** Parses a money cell into hundredths. Negative amounts and bad digit grouping are refused. */
export function parseMoney(raw: string): Parsed<number> {
  const quick = quickMoney(raw);
  if (quick >= 0) return { ok: true, value: quick };
  let s = raw.trim().replace(/^[¥￥]\s*/, "").replace(/^(CNY|RMB|JPY|USD)\s*/i, "");
  if (s === "") return { ok: false, error: problem("empty") };
  if (s.startsWith("-")) return { ok: false, error: problem("moneyNegative") };
  if (s.startsWith("+")) s = s.slice(1);
  const m = MONEY.exec(s);
  if (!m) {
    if (/^[\d,]*\.\d{3,}$/.test(s)) return { ok: false, error: problem("decimals") };
    return { ok: false, error: problem("notMoney") };
  }
  const [whole, frac = ""] = s.replace(/,/g, "").split(".");
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return { ok: false, error: problem("tooLarge") };
  return { ok: true, value: cents };
}

/** Hundredths to a number of currency units, rounded to two decimals (for JSON and CSV). */
export function toUnits(cents: number): number {
  return Math.round(cents) / 100;
}

/** Hundredths as a plain decimal string with two decimals: `1234.50`. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Hundredths for a page: `¥1,234.50`, in the merchant's currency and the reader's locale. */
export function formatMoney(cents: number | null, currency = "CNY", locale = "zh-CN"): string {
  if (cents === null) return "—";
  const key = `${locale}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    moneyFormats.set(key, f);
  }
  return f.format(cents / 100);
}

/** Hundredths, shortened for chart axes and cards: ¥1.2M, ¥35.4K. */
export function formatMoneyShort(cents: number | null, currency = "CNY"): string {
  if (cents === null) return "—";
  const symbol = currency === "CNY" || currency === "JPY" ? "¥" : currency === "USD" ? "$" : `${currency} `;
  return symbol + formatCompact(cents / 100);
}

export function formatCompact(n: number | null): string {
  if (n === null) return "—";
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toFixed(abs >= 1e10 ? 0 : 1)}B`;
  if (abs >= 1e6) return `${(n / 1e6).toFixed(abs >= 1e7 ? 1 : 2)}M`;
  if (abs >= 1e4) return `${(n / 1e3).toFixed(abs >= 1e5 ? 0 : 1)}K`;
  return Number.isInteger(n) ? n.toLocaleString("en-US") : n.toFixed(2);
}

export function formatCount(n: number | null): string {
  return n === null ? "—" : Math.round(n).toLocaleString("en-US");
}

export function formatPercent(r: number | null, digits = 1): string {
  return r === null ? "—" : `${(r * 100).toFixed(digits)}%`;
}

/** A signed change for KPI cards: +12.3% / −4.0%; "—" when there was nothing before. */
export function formatChange(r: number | null): string {
  if (r === null) return "—";
  const s = (Math.abs(r) * 100).toFixed(1);
  return r > 0 ? `+${s}%` : r < 0 ? `−${s}%` : "0.0%";
}
