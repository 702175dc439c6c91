// How large a report will be, known before it is built: its periods times its split values.
// Over the limit, pages and downloads refuse with a coarser grouping or a narrower range that
// fits; the command line streams it instead (factloop report … --format csv).
import { english, messageFromEnglish, type Message, type TripleTree } from "../message";
import { addDays, daysBetween, weekStart, type Grouping } from "../time";

/** Rows a page, a download or a print builds at most (in the request's process). */
export const MAX_REPORT_ROWS = 20_000;

/** How many periods a range has at a grouping, counted without listing them. */
export function periodCount(from: string, to: string, by: Grouping): number {
  if (to < from) return 0;
  switch (by) {
    case "total":
      return 1;
    case "day":
      return daysBetween(from, to) + 1;
    case "week":
      return Math.floor(daysBetween(weekStart(from), weekStart(to)) / 7) + 1;
    case "month": {
      const [fy, fm] = from.split("-").map(Number);
      const [ty, tm] = to.split("-").map(Number);
      return (ty - fy) * 12 + (tm - fm) + 1;
    }
  }
}

/** Rows of a report: each period's split values and its ALL row (a report without a split: one a period). */
export function reportRowCount(periods: number, splitValues: number | null): number {
  return splitValues === null ? periods : periods * (splitValues + 1);
}

export interface TooLarge {
  rows: number;
  /** the finest coarser grouping that fits, if any */
  coarser: Grouping | null;
  /** the last day of the narrowest change of range that fits at this grouping */
  narrowerTo: string | null;
}

const COARSER: Record<Grouping, Grouping[]> = { day: ["week", "month", "total"], week: ["month", "total"], month: ["total"], total: [] };

/** Null when the report fits; else how large it is and what would fit. */
export function reportTooLarge(from: string, to: string, by: Grouping, splitValues: number | null, limit = MAX_REPORT_ROWS): TooLarge | null {
  const rows = reportRowCount(periodCount(from, to, by), splitValues);
  if (rows <= limit) return null;
  const coarser = COARSER[by].find((g) => reportRowCount(periodCount(from, to, g), splitValues) <= limit) ?? null;
  const perPeriod = splitValues === null ? 1 : splitValues + 1;
  const periods = Math.floor(limit / perPeriod);
  const days = by === "day" ? periods : by === "week" ? periods * 7 : by === "month" ? periods * 28 : 0;
  return { rows, coarser, narrowerTo: days >= 1 ? addDays(from, days - 1) : null };
}

/**
 * A report over the limit, with what to do instead, as [en, zh-CN, ja] texts: the English is what
 * the command line, a download's 400 and the pages have always said; a page finds the message
 * again from it (`reportTooLargeOf`) and shows it in the reader's language.
 */
export const reportSizeMessages = {
  reportSize: {
    tooLarge: [
      "This report would have {{rows, number}} rows; a page or download holds at most {{limit, number}}. {{ways}}. The command line writes any size, streamed: factloop report … --format csv --out FILE.",
      "这份报表将有 {{rows, number}} 行；页面或下载最多容纳 {{limit, number}} 行。{{ways}}。命令行可以流式写出任意大小：factloop report … --format csv --out FILE。",
      "このレポートは {{rows, number}} 行になります。ページやダウンロードに入るのは {{limit, number}} 行までです。{{ways}}。コマンドラインならどんなサイズでもストリームで書き出せます：factloop report … --format csv --out FILE。",
    ],
    ways: {
      groupNarrow: [
        "Group it by {{by}}, or narrow the range (from {{from}} to at most {{to}}), or split it less finely",
        "请按{{by}}汇总，或缩小范围（从 {{from}} 到最晚 {{to}}），或减少拆分",
        "{{by}}で集計するか、範囲を狭める（{{from}} から最大 {{to}} まで）か、内訳を粗くしてください",
      ],
      group: ["Group it by {{by}}, or split it less finely", "请按{{by}}汇总，或减少拆分", "{{by}}で集計するか、内訳を粗くしてください"],
      narrow: [
        "Narrow the range (from {{from}} to at most {{to}}), or split it less finely",
        "请缩小范围（从 {{from}} 到最晚 {{to}}），或减少拆分",
        "範囲を狭める（{{from}} から最大 {{to}} まで）か、内訳を粗くしてください",
      ],
      split: ["Split it less finely", "请减少拆分", "内訳を粗くしてください"],
    },
    by: {
      day: ["day", "日", "日"],
      week: ["week", "周", "週"],
      month: ["month", "月", "月"],
      total: ["total", "合计", "合計"],
    },
  },
} as const satisfies TripleTree;

/** The message of a report over the limit, with what to do instead. */
export function reportTooLargeMessageOf(t: TooLarge, from: string, limit = MAX_REPORT_ROWS): Message {
  const by: Message | null = t.coarser ? { code: `reportSize.by.${t.coarser}` } : null;
  const narrow = t.narrowerTo ? { from, to: t.narrowerTo } : null;
  const ways: Message =
    by && narrow
      ? { code: "reportSize.ways.groupNarrow", params: { by, ...narrow } }
      : by
        ? { code: "reportSize.ways.group", params: { by } }
        : narrow
          ? { code: "reportSize.ways.narrow", params: narrow }
          : { code: "reportSize.ways.split" };
  return { code: "reportSize.tooLarge", params: { rows: t.rows, limit, ways } };
}

/** The English of a report over the limit (the command line, a download's 400, a page's refusal). */
export function reportTooLargeMessage(t: TooLarge, from: string, limit = MAX_REPORT_ROWS): string {
  return english(reportSizeMessages, reportTooLargeMessageOf(t, from, limit));
}

/** The message a report-over-the-limit English is, its ways and grouping included; null for any other text. */
export function reportTooLargeOf(text: string): Message | null {
  const m = messageFromEnglish(reportSizeMessages, "reportSize", text);
  if (m?.code !== "reportSize.tooLarge" || typeof m.params?.ways !== "string") return null;
  const ways = messageFromEnglish(reportSizeMessages, "reportSize.ways", m.params.ways);
  if (!ways) return null;
  if (typeof ways.params?.by === "string") {
    const by = messageFromEnglish(reportSizeMessages, "reportSize.by", ways.params.by);
    if (!by) return null;
    ways.params.by = by;
  }
  return { code: m.code, params: { ...m.params, ways } };
}

/**
 * The range in slices whose periods are whole (a year of days, 52 weeks from a Monday, a year
 * of months): each slice's rows are the report's rows for those periods.
 */
export function* reportSlices(from: string, to: string, by: Exclude<Grouping, "total">): Generator<{ from: string; to: string }> {
  let start = from;
  while (start <= to) {
    let end: string;
    if (by === "day") end = addDays(start, 365);
    else if (by === "week") end = addDays(weekStart(start), 52 * 7 - 1);
    else end = `${start.slice(0, 4)}-12-31`;
    if (end > to) end = to;
    yield { from: start, to: end };
    start = addDays(end, 1);
  }
}
