// Everything an export import says to the merchant, as messages with [en, zh-CN, ja] texts: the
// import report's notes, the export's name and summary, the preview's words. The command line
// and the JSON report carry the English of a triple (`exportEnglish`); the pages translate the
// same code. The platform's own column names and values (流量来源, 小店自卖, 精选联盟, 达人ID…)
// stay as they are in every language: they are what the merchant sees in the export.
import { english, type Message, type MessageParams, type TripleTree } from "../../message";
import type { DateOrder } from "../../settings";
import type { LiveWithoutAccountRule } from "../../pillars";
import type { DateOrderDecision } from "./dates";
import type { ExportId, ExportNote } from "./format";

export const exportMessages = {
  importExport: {
    format: {
      douyinOrders: ["抖店 order export", "抖店订单导出", "抖店の注文エクスポート"],
      tiktokOrders: ["TikTok Shop order export", "TikTok Shop 订单导出", "TikTok Shop の注文エクスポート"],
      compassLive: ["Compass live-session list", "罗盘直播场次列表", "罗盘（Compass）のライブ配信一覧"],
      compassVideo: ["Compass video list", "罗盘短视频列表", "罗盘（Compass）の動画一覧"],
      douyinReviews: ["抖店 review export", "抖店评价导出", "抖店のレビューエクスポート"],
    },
    summary_one: ["{{label}} ({{count}} column, {{used}} used)", "{{label}}（{{count}} 列，使用 {{used}} 列）", "{{label}}（{{count}} 列、うち {{used}} 列を使用）"],
    summary_other: ["{{label}} ({{count}} columns, {{used}} used)", "{{label}}（{{count}} 列，使用 {{used}} 列）", "{{label}}（{{count}} 列、うち {{used}} 列を使用）"],
    ignoredColumns: ["Columns of the export that factloop does not use were ignored", "导出文件中 factloop 不使用的列已忽略", "factloop が使わないエクスポートの列は無視しました"],
    readAsItComes: [
      "Read as the platform exports it: no mapping needed; the columns factloop does not use are ignored.",
      "按平台导出的原样读取：无需映射列；factloop 不使用的列会被忽略。",
      "プラットフォームが出力したまま読み込みます。列の対応付けは不要で、factloop が使わない列は無視します。",
    ],
    dateOrderChoice: ['Read dates such as "{{example}}"', "将“{{example}}”这类日期读作", "「{{example}}」のような日付の読み方"],
    dateOrderLabel: {
      dayFirst: ["day first (the shop's setting from now on)", "日在前（今后作为店铺设置）", "日が先（今後のショップ設定）"],
      monthFirst: ["month first (the shop's setting from now on)", "月在前（今后作为店铺设置）", "月が先（今後のショップ設定）"],
    },
    ignoredColumn: ["(ignored)", "（已忽略）", "（無視）"],
    order: {
      dayFirst: ["day first", "日在前", "日が先"],
      monthFirst: ["month first", "月在前", "月が先"],
    },
    dates: {
      values: ['Dates are read {{order}}: "{{example}}" can only be read that way.', "日期按“{{order}}”读取：“{{example}}”只能这样读。", "日付は「{{order}}」で読みます。「{{example}}」はそうとしか読めません。"],
      setting: [
        'Every date of this file could be day first or month first (such as "{{example}}"): they are read {{order}}, as the shop\'s settings say.',
        "本文件的每个日期都既可读作日在前，也可读作月在前（例如“{{example}}”）：按店铺设置以“{{order}}”读取。",
        "このファイルの日付はどれも日が先とも月が先とも読めます（例：「{{example}}」）。ショップの設定どおり「{{order}}」で読みます。",
      ],
      conflict: [
        'Dates of this file are written day first ("{{dayFirst}}") and month first ("{{monthFirst}}"): they are read {{order}}, as the shop\'s settings say; check the rows.',
        "本文件的日期既有日在前（“{{dayFirst}}”）也有月在前（“{{monthFirst}}”）的写法：按店铺设置以“{{order}}”读取；请检查这些行。",
        "このファイルには日が先（「{{dayFirst}}」）と月が先（「{{monthFirst}}」）の日付が混在しています。ショップの設定どおり「{{order}}」で読みます。行を確認してください。",
      ],
    },
    liveRule: {
      source: [
        "in Field when 流量来源 says 小店自卖 (or nothing), in Alliance when it says 精选联盟",
        "流量来源 为 小店自卖（或为空）时计入自播，为 精选联盟 时计入达人矩阵",
        "流量来源 が 小店自卖（または空）なら自社ライブ、精选联盟 なら達人マトリクスに計上",
      ],
      field: ["in Field", "计入自播", "自社ライブに計上"],
      alliance: ["in Alliance", "计入达人矩阵", "達人マトリクスに計上"],
    },
    note: {
      unpaid_one: [
        "{{count, number}} row were never paid (no payment time): stored as cancelled, at the time the order was placed, and not counted",
        "{{count, number}} 行从未付款（没有支付时间）：按已取消保存，时间记为下单时间，不计入统计",
        "{{count, number}} 行は支払われていません（支払時刻なし）。キャンセルとして注文時刻で保存し、集計には含めません",
      ],
      unpaid_other: [
        "{{count, number}} rows were never paid (no payment time): stored as cancelled, at the time the order was placed, and not counted",
        "{{count, number}} 行从未付款（没有支付时间）：按已取消保存，时间记为下单时间，不计入统计",
        "{{count, number}} 行は支払われていません（支払時刻なし）。キャンセルとして注文時刻で保存し、集計には含めません",
      ],
      liveWithoutAccount_one: [
        "{{count, number}} row sold in a live room name no 达人ID: they count {{rule}}, as the shop's settings say",
        "{{count, number}} 行在直播间成交但没有 达人ID：按店铺设置，{{rule}}",
        "ライブ配信で売れたのに 达人ID がない行が {{count, number}} 行あります。ショップの設定どおり、{{rule}}します",
      ],
      liveWithoutAccount_other: [
        "{{count, number}} rows sold in a live room name no 达人ID: they count {{rule}}, as the shop's settings say",
        "{{count, number}} 行在直播间成交但没有 达人ID：按店铺设置，{{rule}}",
        "ライブ配信で売れたのに 达人ID がない行が {{count, number}} 行あります。ショップの設定どおり、{{rule}}します",
      ],
      channelNextDay_one: [
        '{{count, number}} row have 流量体裁 "数据将于第二天更新" (filled in the next day): stored without a channel; import tomorrow\'s export again to fill it',
        "{{count, number}} 行的 流量体裁 为“数据将于第二天更新”：暂不记录渠道；明天再导入一次导出文件即可补上",
        "{{count, number}} 行は 流量体裁 が「数据将于第二天更新」（翌日に反映）です。チャネルなしで保存しました。明日のエクスポートをもう一度インポートすると補われます",
      ],
      channelNextDay_other: [
        '{{count, number}} rows have 流量体裁 "数据将于第二天更新" (filled in the next day): stored without a channel; import tomorrow\'s export again to fill it',
        "{{count, number}} 行的 流量体裁 为“数据将于第二天更新”：暂不记录渠道；明天再导入一次导出文件即可补上",
        "{{count, number}} 行は 流量体裁 が「数据将于第二天更新」（翌日に反映）です。チャネルなしで保存しました。明日のエクスポートをもう一度インポートすると補われます",
      ],
      unknownChannel_one: [
        "{{count, number}} row have a 流量体裁 factloop does not know ({{examples}}): read as other",
        "{{count, number}} 行的 流量体裁 是 factloop 不认识的值（{{examples}}）：按“其他”读取",
        "{{count, number}} 行の 流量体裁 は factloop が知らない値です（{{examples}}）。「その他」として読みます",
      ],
      unknownChannel_other: [
        "{{count, number}} rows have a 流量体裁 factloop does not know ({{examples}}): read as other",
        "{{count, number}} 行的 流量体裁 是 factloop 不认识的值（{{examples}}）：按“其他”读取",
        "{{count, number}} 行の 流量体裁 は factloop が知らない値です（{{examples}}）。「その他」として読みます",
      ],
      datedByCreation: [
        "The export has no payment time column: orders are dated when they were placed, and their status alone says whether they were paid",
        "导出文件没有支付时间列：订单按下单时间计日期，是否已付款只看订单状态",
        "エクスポートに支払時刻の列がありません。注文は注文時刻の日付とし、支払済みかどうかはステータスだけで判断します",
      ],
      impressionsFromViews: [
        "The video list has no exposure column: each video's 视频观看次数 is used as its impressions too",
        "视频列表没有曝光列：每条视频的 视频观看次数 同时用作其曝光量",
        "動画一覧に露出（曝光）の列がありません。各動画の 视频观看次数 をインプレッションとしても使います",
      ],
      handleNotFound_one: [
        "{{count, number}} row name a 抖音号 that no accounts file gives ({{examples}}): the 抖音号 is used as the account; add it as the handle of the account in an accounts file so orders and sessions meet",
        "{{count, number}} 行的 抖音号 不在任何账号文件中（{{examples}}）：暂以 抖音号 作为账号；请在账号文件中把它填为该账号的 handle，订单和直播场次才能对上",
        "{{count, number}} 行の 抖音号 はどのアカウントファイルにもありません（{{examples}}）。抖音号 をそのままアカウントとして使います。アカウントファイルでそのアカウントの handle として追加すると、注文と配信が結び付きます",
      ],
      handleNotFound_other: [
        "{{count, number}} rows name a 抖音号 that no accounts file gives ({{examples}}): the 抖音号 is used as the account; add it as the handle of the account in an accounts file so orders and sessions meet",
        "{{count, number}} 行的 抖音号 不在任何账号文件中（{{examples}}）：暂以 抖音号 作为账号；请在账号文件中把它填为该账号的 handle，订单和直播场次才能对上",
        "{{count, number}} 行の 抖音号 はどのアカウントファイルにもありません（{{examples}}）。抖音号 をそのままアカウントとして使います。アカウントファイルでそのアカウントの handle として追加すると、注文と配信が結び付きます",
      ],
      unknownAccounts_one: [
        "{{count, number}} row name a 达人ID that no accounts file names: {{ids}}{{more}}. They count in Alliance until an accounts file names them (kind self for the shop's own accounts, those selling 小店自卖; creator otherwise)",
        "{{count, number}} 行的 达人ID 不在任何账号文件中：{{ids}}{{more}}。在账号文件列出它们之前，这些行计入达人矩阵（店铺自己的账号，即卖 小店自卖 的，kind 填 self；其他填 creator）",
        "{{count, number}} 行の 达人ID はどのアカウントファイルにもありません：{{ids}}{{more}}。アカウントファイルに載るまで達人マトリクスに計上します（ショップ自身のアカウント、つまり 小店自卖 で売るものは kind を self、それ以外は creator に）",
      ],
      unknownAccounts_other: [
        "{{count, number}} rows name a 达人ID that no accounts file names: {{ids}}{{more}}. They count in Alliance until an accounts file names them (kind self for the shop's own accounts, those selling 小店自卖; creator otherwise)",
        "{{count, number}} 行的 达人ID 不在任何账号文件中：{{ids}}{{more}}。在账号文件列出它们之前，这些行计入达人矩阵（店铺自己的账号，即卖 小店自卖 的，kind 填 self；其他填 creator）",
        "{{count, number}} 行の 达人ID はどのアカウントファイルにもありません：{{ids}}{{more}}。アカウントファイルに載るまで達人マトリクスに計上します（ショップ自身のアカウント、つまり 小店自卖 で売るものは kind を self、それ以外は creator に）",
      ],
      idWithSources: ["{{id}} ({{sources}})", "{{id}}（{{sources}}）", "{{id}}（{{sources}}）"],
      andMore: [" and {{n, number}} more", " 等，另有 {{n, number}} 个", " ほか {{n, number}} 件"],
    },
  },
} as const satisfies TripleTree;

/**
 * Words of the platform and of the contract that a note quotes as they are (column names, their
 * values, the accounts file's columns): the page marks them as data inside the translated sentence.
 */
export const EXPORT_TERMS = ["流量来源", "小店自卖", "精选联盟", "达人ID", "流量体裁", "数据将于第二天更新", "抖音号", "视频观看次数", "handle", "kind", "self", "creator"] as const;

function em(key: string, params?: MessageParams): Message {
  return params ? { code: `importExport.${key}`, params } : { code: `importExport.${key}` };
}

/** The canonical English of an export message (command line, JSON report). */
export function exportEnglish(m: Message): string {
  return english(exportMessages, m);
}

const FORMAT_KEYS: Record<ExportId, keyof typeof exportMessages.importExport.format> = {
  "douyin-orders": "douyinOrders",
  "tiktok-orders": "tiktokOrders",
  "compass-live": "compassLive",
  "compass-video": "compassVideo",
  "douyin-reviews": "douyinReviews",
};

/** How the merchant knows an export ("抖店 order export"), as a message. */
export function exportLabelMessage(id: ExportId): Message {
  return em(`format.${FORMAT_KEYS[id]}`);
}

/** The English name of an export, from its triple. */
export function exportLabel(id: ExportId): string {
  return exportMessages.importExport.format[FORMAT_KEYS[id]][0];
}

/** "抖店 order export (68 columns, 9 used)". */
export function exportSummary(id: ExportId, columns: number, used: number): Message {
  return em("summary", { label: exportLabelMessage(id), count: columns, used });
}

/**
 * The summary of an export as a message: the report's own, or (a report stored before summaries
 * carried one) rebuilt from its English and the export's id.
 */
export function exportSummaryOf(e: { id: string; summary: string; summaryMessage?: Message }): Message | null {
  if (e.summaryMessage) return e.summaryMessage;
  const m = /\((\d+) columns?, (\d+) used\)$/.exec(e.summary);
  return m && e.id in FORMAT_KEYS ? exportSummary(e.id as ExportId, Number(m[1]), Number(m[2])) : null;
}

export const IGNORED_COLUMNS: Message = em("ignoredColumns");

/** Beside the export's name in the preview. */
export const EXPORT_READ_AS_IT_COMES: Message = em("readAsItComes");

/** The preview's choice for a file whose dates read either way. */
export function dateOrderChoice(example: string): Message {
  return em("dateOrderChoice", { example });
}

const ORDER_KEYS: Record<DateOrder, "dayFirst" | "monthFirst"> = { "day-first": "dayFirst", "month-first": "monthFirst" };

/** The preview's choices of date order. */
export function dateOrderLabel(order: DateOrder): Message {
  return em(`dateOrderLabel.${ORDER_KEYS[order]}`);
}

/** A column of an export that no field takes, in the preview's column list. */
export const IGNORED_COLUMN: Message = em("ignoredColumn");

/** How the file's day/month-first dates were read; null when it has none. */
export function dateOrderNote(d: DateOrderDecision): Message | null {
  const order = em(`order.${ORDER_KEYS[d.order]}`);
  switch (d.by) {
    case "none":
      return null;
    case "values":
      return em("dates.values", { order, example: d.example });
    case "setting":
      return em("dates.setting", { order, example: d.example });
    case "conflict":
      return em("dates.conflict", { order, dayFirst: d.dayFirst, monthFirst: d.monthFirst });
  }
}

/** A note about what the export's rows held, counted while it was read. */
export function exportNote(note: ExportNote, count: number, examples: string[], liveRule: LiveWithoutAccountRule): Message {
  switch (note) {
    case "unpaid":
    case "channelNextDay":
      return em(`note.${note}`, { count });
    case "liveWithoutAccount":
      return em(`note.${note}`, { count, rule: em(`liveRule.${liveRule}`) });
    case "unknownChannel":
    case "handleNotFound":
      return em(`note.${note}`, { count, examples: { list: examples, sep: ", " } });
    case "datedByCreation":
    case "impressionsFromViews":
      return em(`note.${note}`);
  }
}

/** Who sold an account's orders, as the export names it. */
const SOURCE_NAMES: Record<string, string> = { shop: "小店自卖", alliance: "精选联盟" };

/**
 * The warning of an order export that names 达人ID no accounts file names, each with who sold its
 * orders (`sources`: shop, alliance) as a hint of what kind of account it is.
 */
export function unknownAccountsWarning(count: number, ids: string[], more: number, sources: ReadonlyMap<string, string[]> = new Map()): Message {
  const named = ids.map((id): string | Message => {
    const s = (sources.get(id) ?? []).map((x) => SOURCE_NAMES[x] ?? x);
    return s.length ? em("note.idWithSources", { id, sources: s.join(", ") }) : id;
  });
  return em("note.unknownAccounts", { count, ids: { list: named, sep: ", " }, more: more > 0 ? em("note.andMore", { n: more }) : "" });
}
