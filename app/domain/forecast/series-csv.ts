// Reading an analyst's own `date,value` series: one row per day, week or month. A header row is
// optional; a gap in the dates is filled by straight-line interpolation and counted. Errors name
// the line and column, in the analyst's words.
import { parse } from "csv-parse/sync";
import { daysBetween, isDay, type Day } from "../time";
import { stepDate, type Cadence } from "./calendar";

export interface ParsedSeries {
  first: Day;
  cadence: Cadence;
  values: number[];
  /** dates that were missing and filled by interpolation */
  filled: number;
}

export type SeriesParse = { ok: true; series: ParsedSeries } | { ok: false; line: number; column: number; error: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function fail(line: number, column: number, error: string): SeriesParse {
  return { ok: false, line, column, error };
}

export function parseSeriesCsv(text: string): SeriesParse {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return fail(err.lines ?? 1, 1, `is not valid CSV (${err.message})`);
  }
  if (records.length === 0) return fail(1, 1, "the file is empty: it needs rows of date,value");
  const rows: { day: Day; value: number; line: number }[] = [];
  for (const [index, { record, info }] of records.entries()) {
    const [date = "", value = ""] = record;
    // A first row whose value is not a number and whose date is not a date is a header.
    if (index === 0 && !isDay(date) && !NUMBER.test(value)) continue;
    if (!isDay(date)) return fail(info.lines, 1, `"${date}" is not a date (YYYY-MM-DD, for example 2024-06-18)`);
    if (value === "") return fail(info.lines, 2, "the value is empty");
    if (!NUMBER.test(value)) return fail(info.lines, 2, `"${value}" is not a number`);
    rows.push({ day: date, value: Number(value), line: info.lines });
  }
  if (rows.length === 0) return fail(1, 1, "the file has a header but no rows of date,value");
  rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].day === rows[i - 1].day) return fail(rows[i].line, 1, `the date ${rows[i].day} appears twice`);
  }
  if (rows.length < 2) return { ok: true, series: { first: rows[0].day, cadence: { unit: "day", period: 7 }, values: [rows[0].value], filled: 0 } };

  const gaps = rows.slice(1).map((r, i) => daysBetween(rows[i].day, r.day));
  const smallest = Math.min(...gaps);
  let cadence: Cadence;
  if (smallest === 1) cadence = { unit: "day", period: 7 };
  else if (smallest === 7) cadence = { unit: "week", period: 52 };
  else if (smallest >= 28 && smallest <= 31) cadence = { unit: "month", period: 12 };
  else return fail(rows[1].line, 1, "the dates are not daily, weekly or monthly (steps of 1, 7 or about 30 days)");

  // Place every row on the regular grid; a date off the grid is refused.
  const first = rows[0].day;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const last = rows[rows.length - 1].day;
  const values: number[] = [];
  const known: boolean[] = [];
  let placed = 0;
  for (let i = 0; ; i++) {
    const d = stepDate(first, cadence, i);
    if (d > last) break;
    const r = byDay.get(d);
    values.push(r ? r.value : Number.NaN);
    known.push(!!r);
    if (r) placed++;
  }
  if (placed !== rows.length) {
    const off = rows.find((r) => !values.length || !isOnGrid(r.day, first, cadence, values.length));
    return fail(off?.line ?? rows[1].line, 1, `the date ${off?.day ?? ""} is not on the ${cadence.unit}ly steps from ${first}`);
  }
  let filled = 0;
  for (let i = 0; i < values.length; i++) {
    if (known[i]) continue;
    let j = i;
    while (!known[j]) j++;
    const a = values[i - 1];
    const b = values[j];
    for (let k = i; k < j; k++) values[k] = a + ((b - a) * (k - i + 1)) / (j - i + 1);
    filled += j - i;
    i = j;
  }
  return { ok: true, series: { first, cadence, values, filled } };
}

function isOnGrid(day: Day, first: Day, cadence: Cadence, steps: number): boolean {
  for (let i = 0; i < steps; i++) if (stepDate(first, cadence, i) === day) return true;
  return false;
}
