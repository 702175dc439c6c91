// What every phase report column means, and the notes a phase report carries, as messages with
// [en, zh-CN, ja] texts. The English is the canonical text the command line, JSON and canonical
// CSV carry (`phaseDefEnglish`); pages, print and translated downloads show the same triples.
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import type { Counter, Phase } from "../settings";

/** The six Infinity phases by the names merchants use: the one triple every page, report and export reads. */
export const PHASE_NAMES = {
  exploration: ["Exploration", "种草·触达", "認知（種草）"],
  connection: ["Connection", "互动", "接点"],
  verification: ["Verification", "兴趣验证", "検討"],
  purchase: ["Purchase", "拔草·购买", "購入（抜草）"],
  confirmation: ["Confirmation", "履约确认", "確定"],
  sharing: ["Sharing", "分享", "共有"],
} as const satisfies TripleTree;

export const phaseDefinitionMessages = {
  phaseDef: {
    col: {
      exploration: ["Phase 1 volume (default Σ impressions).", "第 1 阶段量（默认 Σ 曝光）。", "フェーズ1の量（既定 Σ インプレッション）。"],
      connection: ["Phase 2 volume (default Σ likes + comments + follows).", "第 2 阶段量（默认 Σ 点赞 + 评论 + 关注）。", "フェーズ2の量（既定 Σ いいね + コメント + フォロー）。"],
      verification: ["Phase 3 volume (default Σ product_clicks).", "第 3 阶段量（默认 Σ 商品点击）。", "フェーズ3の量（既定 Σ 商品クリック）。"],
      purchase: ["Phase 4 volume (default counted orders).", "第 4 阶段量（默认计入订单）。", "フェーズ4の量（既定 カウント対象の注文）。"],
      gmv: ["Sum of gmv over counted orders.", "计入订单的 GMV 之和。", "カウント対象注文の GMV 合計。"],
      confirmation: ["Phase 5 volume (default kept orders: status paid, no refund).", "第 5 阶段量（默认留存订单：已支付且无退款）。", "フェーズ5の量（既定 確定注文：支払済みで返金なし）。"],
      sharing: ["Phase 6 volume (default Σ shares + reviews with media).", "第 6 阶段量（默认 Σ 分享 + 带图/视频评价）。", "フェーズ6の量（既定 Σ シェア + 写真・動画付きレビュー）。"],
      connection_rate: ["Connection ÷ Exploration.", "互动 ÷ 种草·触达。", "接点 ÷ 認知。"],
      verification_rate: ["Verification ÷ Connection.", "兴趣验证 ÷ 互动。", "検討 ÷ 接点。"],
      purchase_rate: ["Purchase ÷ Verification.", "拔草·购买 ÷ 兴趣验证。", "購入 ÷ 検討。"],
      confirmation_rate: ["Confirmation ÷ Purchase.", "履约确认 ÷ 拔草·购买。", "確定 ÷ 購入。"],
      sharing_rate: ["Sharing ÷ Confirmation.", "分享 ÷ 履约确认。", "共有 ÷ 確定。"],
      overall_conversion: ["Purchase ÷ Exploration.", "拔草·购买 ÷ 种草·触达。", "購入 ÷ 認知。"],
      loop_rate: ["Sharing ÷ Purchase: new content fed back per purchase.", "分享 ÷ 购买：每次购买带回的新内容。", "共有 ÷ 購入：購入1件あたりに生まれる新しいコンテンツ。"],
      ugc_reach: ["Σ impressions of ugc content ÷ Exploration.", "UGC 内容的曝光之和 ÷ 种草·触达。", "UGC コンテンツのインプレッション合計 ÷ 認知。"],
      positive_review_rate: ["Reviews rated 4 or 5 ÷ reviews.", "4 星或 5 星评价 ÷ 评价数。", "評価4または5のレビュー ÷ レビュー数。"],
      orders: ["Number of counted orders (status not cancelled).", "计入订单数（未取消）。", "カウント対象の注文数（キャンセル以外）。"],
      kept_orders: ["Counted orders with status paid and no refund.", "已支付且无退款的计入订单。", "支払済みで返金のないカウント対象注文。"],
      kept_rate: ["Kept orders ÷ orders.", "留存订单 ÷ 订单。", "確定注文 ÷ 注文。"],
      refunded_orders: ["Counted orders with status refunded or a refund amount above 0.", "状态为已退款或退款金额大于 0 的计入订单。", "返金済み、または返金額が0を超えるカウント対象注文。"],
      refunded_order_rate: ["Refunded orders ÷ orders.", "退款订单 ÷ 订单。", "返金注文 ÷ 注文。"],
      refunds: [
        "Sum of refund_amount over counted orders; a refunded order without one refunds its whole gmv; never more than the order's gmv.",
        "计入订单的退款金额之和；没有退款金额的已退款订单按全部 GMV 计；不超过订单的 GMV。",
        "カウント対象注文の返金額の合計。返金額のない返金済み注文は GMV 全額を返金とし、注文の GMV を超えることはありません。",
      ],
      refund_rate: ["Refunds ÷ GMV.", "退款 ÷ GMV。", "返金 ÷ GMV。"],
      shares: ["Σ shares of content.", "内容分享之和。", "コンテンツのシェア合計。"],
      ugc_impressions: ["Σ impressions of content of type ugc.", "UGC 类内容的曝光之和。", "UGC タイプのコンテンツのインプレッション合計。"],
      reviews: ["Number of reviews created in the period.", "期间内新增的评价数。", "期間中に作成されたレビュー数。"],
      positive_reviews: ["Reviews rated 4 or 5.", "4 星或 5 星评价。", "評価4または5のレビュー。"],
      media_reviews: ["Reviews with photos or video.", "带图片或视频的评价。", "写真または動画付きのレビュー。"],
    },
    // a phase volume under the merchant's definitions
    volume: ["Phase {{n}} volume: {{formula}} (the contract's default).", "第 {{n}} 阶段量：{{formula}}（标准默认）。", "フェーズ{{n}}の量：{{formula}}（標準の既定）。"],
    volumeOwn: [
      "Phase {{n}} volume: {{formula}} (this merchant's definition; the contract's default is {{defaultFormula}}).",
      "第 {{n}} 阶段量：{{formula}}（本店铺的定义；标准默认为 {{defaultFormula}}）。",
      "フェーズ{{n}}の量：{{formula}}（このショップの定義。標準の既定は {{defaultFormula}}）。",
    ],
    sum: ["Σ {{counters}}", "Σ {{counters}}", "Σ {{counters}}"],
    // the notes every phase report repeats
    definitions: ["Phase definitions ({{whose}}): {{list}}.", "阶段定义（{{whose}}）：{{list}}。", "フェーズの定義（{{whose}}）：{{list}}。"],
    defaults: ["the contract's defaults", "标准默认", "標準の既定"],
    own: ["this merchant's own", "本店铺自定义", "このショップ独自"],
    equals: ["{{phase}} = {{counters}}", "{{phase}} = {{counters}}", "{{phase}} = {{counters}}"],
    partialWeeks: ["Partial weeks: {{list}}.", "不完整的周：{{list}}。", "一部だけの週：{{list}}。"],
    partialMonths: ["Partial months: {{list}}.", "不完整的月：{{list}}。", "一部だけの月：{{list}}。"],
    partial: ["{{period}} has {{days}} of its {{of}} days in the range", "{{period}} 在范围内只有 {{days}}/{{of}} 天", "{{period}} は範囲内に {{of}} 日中 {{days}} 日"],
    money: ["Money in {{currency}}; days in {{timezone}}.", "金额单位 {{currency}}；日期按 {{timezone}}。", "金額は {{currency}}、日付は {{timezone}}。"],
    phase: PHASE_NAMES,
    // counters as a formula names them: the canonical snake_case name in English
    counter: {
      impressions: ["impressions", "曝光", "インプレッション"],
      views: ["views", "观看", "視聴"],
      likes: ["likes", "点赞", "いいね"],
      comments: ["comments", "评论", "コメント"],
      shares: ["shares", "分享", "シェア"],
      follows: ["follows", "关注", "フォロー"],
      product_clicks: ["product_clicks", "商品点击", "商品クリック"],
      cart_adds: ["cart_adds", "加购", "カート追加"],
      orders: ["orders", "订单", "注文"],
      kept_orders: ["kept_orders", "留存订单", "確定注文"],
      media_reviews: ["media_reviews", "带图/视频评价", "写真・動画付きレビュー"],
      reviews: ["reviews", "评价", "レビュー"],
    },
  },
} as const satisfies TripleTree;

export function pd(key: string, params?: MessageParams): Message {
  return params ? { code: `phaseDef.${key}`, params } : { code: `phaseDef.${key}` };
}

export function phaseDefEnglish(m: Message): string {
  return english(phaseDefinitionMessages, m);
}

/** The counters of a phase as a list parameter (` + ` between them). */
export function countersParam(counters: readonly Counter[]) {
  return { list: counters.map((c) => pd(`counter.${c}`)), sep: " + " };
}

export function phaseNameMessage(p: Phase): Message {
  return pd(`phase.${p}`);
}
