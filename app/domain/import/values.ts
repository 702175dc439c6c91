// Cell parsers for the value types of the contract. Each returns a value or the end of a
// sentence that describes what is wrong ("is not a whole number"), for messages in the
// merchant's words.
import { problem } from "./messages";
import { parseMoney, type Parsed } from "../money";
import { parseDay, parseTimestamp } from "../time";
import { boolValue, enumAliases, enumValue } from "./aliases";

/** The longest cell accepted (characters): longer ones are rejected, not truncated. */
export const MAX_CELL_CHARS = 65_536;

const COUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/;

export function parseCount(s: string): Parsed<number> {
  if (s.startsWith("-")) return { ok: false, error: problem("countNegative") };
  const t = s.startsWith("+") ? s.slice(1) : s;
  if (!COUNT.test(t)) {
    if (/^\d+\.\d+$/.test(t)) return { ok: false, error: problem("notWhole") };
    return { ok: false, error: problem("notCount") };
  }
  const n = Number(t.replace(/,/g, ""));
  if (!Number.isSafeInteger(n)) return { ok: false, error: problem("tooLarge") };
  return { ok: true, value: n };
}

/** A rate from 0 to 1; `15%` is read as 0.15. */
export function parseRate(s: string): Parsed<number> {
  const percent = s.endsWith("%");
  const t = percent ? s.slice(0, -1).trim() : s;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, error: problem("notRate") };
  const n = Number(t) / (percent ? 100 : 1);
  if (n < 0 || n > 1) return { ok: false, error: problem("rateRange") };
  return { ok: true, value: n };
}

export function parseRating(s: string): Parsed<number> {
  if (!/^\d+(?:\.0+)?$/.test(s)) return { ok: false, error: problem("notRating") };
  const n = Number(s);
  if (n < 1 || n > 5) return { ok: false, error: problem("notRating") };
  return { ok: true, value: n };
}

export function parseBool(s: string): Parsed<boolean> {
  const v = boolValue(s);
  if (v === undefined) return { ok: false, error: problem("notBool") };
  return { ok: true, value: v };
}

export function parseEnum(s: string, allowed: readonly string[]): Parsed<string> {
  const v = enumValue(s, allowed);
  if (v === undefined) {
    const aliases = enumAliases(allowed);
    return {
      ok: false,
      error: aliases.length ? problem("notOneOfOr", { allowed: allowed.join(", "), aliases: aliases.join(", ") }) : problem("notOneOf", { allowed: allowed.join(", ") }),
    };
  }
  return { ok: true, value: v };
}

export { parseMoney };

export function parseTimestampIn(tz: string): (s: string) => Parsed<number> {
  return (s) => parseTimestamp(s, tz);
}

export function parseDayIn(tz: string): (s: string) => Parsed<string> {
  return (s) => parseDay(s, tz);
}

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @ first). factloop stores it as the
 * text it is; only when it writes a CSV back (rejected rows) does it quote it so that a
 * spreadsheet shows it as text instead of running it.
 */
export function isFormulaLike(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s);
}
