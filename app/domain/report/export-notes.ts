// What a downloaded report says besides its rows, as [en, zh-CN, ja] triples: the notes of each
// FACT table's CSV/XLSX/JSON, and the XLSX definitions sheet's own words (its trailing "report",
// "note" and "blank cells" rows). JSON, the canonical CSV and English downloads carry the English
// of the same triple; a download in another language translates it.
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import { phaseDefinitionMessages } from "./phase-definitions";

export const reportExportMessages = {
  factNote: {
    table: ["FACT {{table}}.", "FACT {{table}}。", "FACT {{table}}。"],
    tables: {
      summary: ["summary", "阵地汇总", "柱のサマリー"],
      trend: ["trend", "阵地趋势", "柱の推移"],
      sessions: ["sessions", "直播场次", "ライブ配信"],
      matrix: ["matrix", "达人矩阵", "達人マトリクス"],
      tiers: ["tiers", "达人分层", "達人の階層"],
      campaigns: ["campaigns", "营销活动", "キャンペーン"],
      topKol: ["top-kol", "头部达人", "トップKOL"],
      shelfChannels: ["shelf-channels", "货架渠道", "棚のチャネル"],
      shelfTrend: ["shelf-trend", "货架趋势", "棚の推移"],
    },
    previous: ["Previous period {{from}} to {{to}}.", "上一周期：{{from}} 至 {{to}}。", "前期間：{{from}}〜{{to}}。"],
    sessions: ["Field pillar rows of live content, one per content and day.", "自播阵地的直播内容，每个内容每天一行。", "自社ライブの柱のライブコンテンツ。コンテンツ×日ごとに1行。"],
    everyCreator: ["Every creator with views or orders in the period.", "期间内有浏览或订单的所有达人。", "期間中に閲覧か注文があったすべての達人。"],
    allianceCreators: ["Creators whose sales without a campaign sit in Alliance.", "非营销活动销售计入达人矩阵的达人。", "キャンペーン外の売上が達人マトリクスに入る達人。"],
    creatorGmv: [
      "GMV per creator is all of the creator's attributed GMV, as `factloop report fact --split account` prints it.",
      "每位达人的 GMV 是归因到该达人的全部 GMV，与 `factloop report fact --split account` 的输出一致。",
      "達人ごとの GMV は、その達人に帰属したすべての GMV です（`factloop report fact --split account` の出力と同じ）。",
    ],
    campaigns: [
      "Each campaign is measured over its own days up to the latest imported day; the baseline is the merchant's GMV on the same weekdays in the 28 days before it starts.",
      "每个营销活动按其自身的日期计算，截至最近导入的一天；基线是活动开始前 28 天内相同星期几的店铺 GMV。",
      "各キャンペーンは、最新のインポート日までのキャンペーン自身の期間で測ります。ベースラインは開始前28日間の同じ曜日のショップ GMV です。",
    ],
    threshold: ["Top-KOL threshold {{threshold, number}} followers.", "头部达人门槛：{{threshold, number}} 粉丝。", "トップKOLの基準：フォロワー {{threshold, number}} 人。"],
  },
  reportSheet: {
    report: ["report", "报表", "レポート"],
    note: ["note", "备注", "注記"],
    blankCells: ["blank cells", "空白单元格", "空欄"],
    blank: ["A ratio whose denominator is 0 has no value and is left blank.", "分母为 0 的比率没有值，留空。", "分母が0の比率は値がなく、空欄にしています。"],
    line: ["{{report}}, {{from}} to {{to}}, by {{by}}, split {{split}}", "{{report}}，{{from}} 至 {{to}}，粒度：{{by}}，拆分：{{split}}", "{{report}}、{{from}}〜{{to}}、単位：{{by}}、内訳：{{split}}"],
    kind: {
      fact: ["fact", "FACT 报表", "FACT レポート"],
      phases: ["phases", "阶段报表", "フェーズレポート"],
    },
    by: {
      day: ["day", "日", "日"],
      week: ["week", "周", "週"],
      month: ["month", "月", "月"],
      total: ["total", "合计", "合計"],
    },
    split: {
      none: ["none", "不拆分", "なし"],
      pillar: ["pillar", "阵地", "柱"],
      campaign: ["campaign", "营销活动", "キャンペーン"],
      account: ["account", "账号", "アカウント"],
      content: ["content", "内容", "コンテンツ"],
    },
  },
} as const satisfies TripleTree;

/** The trees a report's notes come from (the money note is the phase report's). */
const TREES: TripleTree = { ...reportExportMessages, ...phaseDefinitionMessages };

export function factNote(key: string, params?: MessageParams): Message {
  return params ? { code: `factNote.${key}`, params } : { code: `factNote.${key}` };
}

const TABLE_KEYS = {
  summary: "summary",
  trend: "trend",
  sessions: "sessions",
  matrix: "matrix",
  tiers: "tiers",
  campaigns: "campaigns",
  "top-kol": "topKol",
  "shelf-channels": "shelfChannels",
  "shelf-trend": "shelfTrend",
} as const satisfies Record<string, keyof typeof reportExportMessages.factNote.tables>;

/** "FACT summary.": which FACT table a download holds. */
export function factTableNote(table: keyof typeof TABLE_KEYS): Message {
  return factNote("table", { table: factNote(`tables.${TABLE_KEYS[table]}`) });
}

/** The canonical English of a report note (JSON, canonical CSV, English downloads). */
export function reportNoteEnglish(m: Message): string {
  return english(TREES, m);
}

/** What the definitions sheet says about the table: "fact, 2026-01-01 to 2026-01-31, by day, split pillar". */
export function reportLine(t: { report: string; from: string; to: string; by: string; split: string }): Message {
  const sheet = (key: string): Message => ({ code: `reportSheet.${key}` });
  return { code: "reportSheet.line", params: { report: sheet(`kind.${t.report}`), from: t.from, to: t.to, by: sheet(`by.${t.by}`), split: sheet(`split.${t.split}`) } };
}
