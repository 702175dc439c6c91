// The words of a plan download (services/planner/export.server.ts) as [en, zh-CN, ja] triples:
// each line column's name and definition, the summary sheet's rows, the sheets' names and the
// yes/no of an estimate. A download asked for in a language (?lang=) reads them in it; the
// canonical download keeps the English (and the CSV the snake_case keys).
import type { TripleTree } from "../message";

/** The line columns in the order the files write them. */
export const PLAN_LINE_KEYS = [
  "account_id",
  "name",
  "format",
  "posts",
  "from",
  "to",
  "intent",
  "pillar",
  "cost",
  "expected_views",
  "expected_gmv",
  "gmv_p10",
  "gmv_p90",
  "roi",
  "estimated",
  "why",
] as const;
export type PlanLineKey = (typeof PLAN_LINE_KEYS)[number];

export const planExportMessages = {
  planExport: {
    col: {
      account_id: ["Account id", "账号 ID", "アカウント ID"],
      name: ["Creator", "达人", "達人"],
      format: ["Format", "体裁", "形式"],
      posts: ["Posts", "作品数", "投稿数"],
      from: ["From", "开始", "開始日"],
      to: ["To", "结束", "終了日"],
      intent: ["Intent", "目的", "目的"],
      pillar: ["Pillar", "阵地", "柱"],
      cost: ["Cost", "成本", "費用"],
      expected_views: ["Expected views", "预期播放", "予想視聴"],
      expected_gmv: ["Expected GMV", "预期 GMV", "予想 GMV"],
      gmv_p10: ["GMV P10", "GMV P10", "GMV P10"],
      gmv_p90: ["GMV P90", "GMV P90", "GMV P90"],
      roi: ["ROI", "ROI", "ROI"],
      estimated: ["Estimated", "预估", "推定"],
      why: ["Why", "理由", "理由"],
    },
    def: {
      account_id: ["The creator's account id.", "达人的账号 ID。", "達人のアカウント ID。"],
      name: ["The creator's name as the accounts file gives it.", "账号文件中给出的达人名称。", "アカウントファイルにある達人の名前。"],
      format: ["live or video (image posts count as video).", "直播或短视频（图文作品算作短视频）。", "ライブまたは動画（画像の投稿は動画として数えます）。"],
      posts: ["Posts booked in the line.", "该行预订的作品数。", "この行で予約した投稿数。"],
      from: ["First day of the line, inclusive.", "该行的第一天（含当天）。", "この行の初日（当日を含む）。"],
      to: ["Last day of the line, inclusive.", "该行的最后一天（含当天）。", "この行の最終日（当日を含む）。"],
      intent: ["seeding (trust-building content) or harvesting (sales).", "种草（建立信任的内容）或拔草（带货）。", "種草（信頼を築くコンテンツ）または抜草（販売）。"],
      pillar: [
        "FACT pillar the line's sales count in: T for a Top-KOL, A otherwise.",
        "该行销售计入的 FACT 阵地：头部达人为 T，其余为 A。",
        "この行の売上を計上する FACT の柱：トップKOL なら T、それ以外は A。",
      ],
      cost: [
        "posts × (fee + samples + boost) + commission × expected GMV.",
        "作品数 ×（费用 + 样品 + 投流）+ 佣金率 × 预期 GMV。",
        "投稿数 ×（出演料 + サンプル + ブースト）+ コミッション率 × 予想 GMV。",
      ],
      expected_views: [
        "Expected views of the line's posts, repeats discounted by the repeat factor.",
        "该行作品的预期播放，重复投放按重复系数折减。",
        "この行の投稿の予想視聴数。2投稿目以降は繰り返し係数で割り引きます。",
      ],
      expected_gmv: ["Expected views × estimated GPM ÷ 1000.", "预期播放 × 预估 GPM ÷ 1000。", "予想視聴 × 推定 GPM ÷ 1000。"],
      gmv_p10: [
        "GMV the line beats 9 times in 10 (simulated, fixed seed).",
        "该行 10 次中有 9 次能超过的 GMV（模拟，固定随机种子）。",
        "この行が10回中9回上回る GMV（シミュレーション、固定シード）。",
      ],
      gmv_p90: [
        "GMV the line beats 1 time in 10 (simulated, fixed seed).",
        "该行 10 次中只有 1 次能超过的 GMV（模拟，固定随机种子）。",
        "この行が10回中1回だけ上回る GMV（シミュレーション、固定シード）。",
      ],
      roi: ["Expected GMV ÷ cost.", "预期 GMV ÷ 成本。", "予想 GMV ÷ 費用。"],
      estimated: [
        "yes for a prospect: no history with the merchant, peers' figures only.",
        "潜在达人为“是”：与本商家没有合作历史，只用同类达人的数字。",
        "候補の達人は「はい」：このショップとの実績がなく、同類の達人の数値だけを使います。",
      ],
      why: ["Why the creator is in the plan.", "达人入选计划的理由。", "達人がプランに入っている理由。"],
    },
    // the summary sheet
    summary: {
      window: ["Window", "投放期", "期間"],
      currency: ["Currency", "币种", "通貨"],
      budget: ["Budget", "预算", "予算"],
      cost: ["Cost", "成本", "費用"],
      expectedGmv: ["Expected GMV", "预期 GMV", "予想 GMV"],
      gmvP10: ["GMV P10 (simulated)", "GMV P10（模拟）", "GMV P10（シミュレーション）"],
      gmvP90: ["GMV P90 (simulated)", "GMV P90（模拟）", "GMV P90（シミュレーション）"],
      roi: ["ROI", "ROI", "ROI"],
      expectedViews: ["Expected views", "预期播放", "予想視聴"],
      creators: ["Creators", "达人数", "達人数"],
      posts: ["Posts", "作品数", "投稿数"],
      asOf: ["Estimates as of", "预估截至", "予測の基準日"],
    },
    window: ["{{from}} to {{to}}", "{{from}} 至 {{to}}", "{{from}}〜{{to}}"],
    sheet: {
      plan: ["Plan", "计划", "プラン"],
      lines: ["Lines", "明细", "明細"],
      definitions: ["Definitions", "指标定义", "定義"],
    },
    column: ["Column", "列", "列"],
    definition: ["Definition", "定义", "定義"],
    yes: ["yes", "是", "はい"],
    no: ["no", "否", "いいえ"],
  },
} as const satisfies TripleTree;
