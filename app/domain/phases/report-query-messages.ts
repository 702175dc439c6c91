// What a phase report request (report-query.ts) can get wrong, kept apart from its zod schema so
// the interface's messages do not pull zod into every page.
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";

/**
 * What a phase report request can get wrong, as [en, zh-CN, ja] texts: the English is what the
 * command line, a download's 400 and the page have always said; the page finds the message again
 * from it (`phaseQueryMessageOf`).
 */
export const phaseQueryMessages = {
  phaseQuery: {
    byOneOf: ["Group by must be one of {{values}}.", "时间粒度必须是以下之一：{{values}}。", "集計単位は次のいずれかにしてください：{{values}}。"],
    splitOneOf: ["Split by must be one of {{values}}.", "拆分维度必须是以下之一：{{values}}。", "内訳の軸は次のいずれかにしてください：{{values}}。"],
    fromDate: ["From must be a date like 2024-06-18.", "开始日期必须是 2024-06-18 这样的日期。", "開始日は 2024-06-18 のような日付にしてください。"],
    toDate: ["To must be a date like 2024-06-18.", "结束日期必须是 2024-06-18 这样的日期。", "終了日は 2024-06-18 のような日付にしてください。"],
    fromAfterTo: ["From must not be after To.", "开始日期不能晚于结束日期。", "開始日は終了日より後にできません。"],
    unknownMeasure: ["Unknown measure {{unknown}}; the measures are {{measures}}.", "未知的指标 {{unknown}}；可用的指标为 {{measures}}。", "不明な指標 {{unknown}}。指標は {{measures}} です。"],
    nameMissing: ["Give the report a name.", "请给报表起个名字。", "レポートに名前を付けてください。"],
    nameLong: ["A report name is at most 120 characters.", "报表名称最多 120 个字符。", "レポート名は 120 文字までです。"],
    format: ["format must be csv, xlsx or json.", "format 必须是 csv、xlsx 或 json。", "format は csv・xlsx・json のいずれかです。"],
    // a FACT download asked for a table it does not have
    factTable: ["Choose a table ({{tables}}) and a format (csv or xlsx).", "请选择一张表（{{tables}}）和一种格式（csv 或 xlsx）。", "表（{{tables}}）と形式（csv または xlsx）を選んでください。"],
  },
} as const satisfies TripleTree;

/** The English of one of these problems. */
export function phaseQueryEnglish(key: keyof typeof phaseQueryMessages.phaseQuery, params?: MessageParams): string {
  return english(phaseQueryMessages, params ? { code: `phaseQuery.${key}`, params } : { code: `phaseQuery.${key}` });
}

/** A problem's English back to its message; null for a sentence no template makes. */
export function phaseQueryMessageOf(text: string): Message | null {
  return messageFromEnglish(phaseQueryMessages, "phaseQuery", text);
}
