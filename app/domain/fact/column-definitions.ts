// What each FACT table's column means, as [en, zh-CN, ja]. A key can mean different things in
// different tables (`gmv_share` is of the period's total on the summary, of the matrix by tier, of
// Shelf by channel), so a column names its own definition here and the page, the localized
// downloads and the canonical English all read it. Definitions shared with other reports come
// from `colDef` and the phase report's `phaseDef.col`.
import { fact } from "../../i18n/messages/fact";
import { phaseDefinitionMessages } from "../report/phase-definitions";
import { english, type Message, type TripleTree } from "../message";
import type { Column } from "../report/table";

export const factColumnMessages = {
  factCol: {
    previous_gmv: ["GMV in the previous period of the same length.", "上一个同等长度时间段的 GMV。", "同じ長さの前の期間の GMV。"],
    steadiness: [
      "Coefficient of variation of daily GMV: population standard deviation ÷ mean, every day of the period counted (days without sales as 0); blank when the mean is 0.",
      "每日 GMV 的变异系数：总体标准差 ÷ 平均值，期间每一天都计入（无销售的日子按 0 计）；平均值为 0 时为空。",
      "日次 GMV の変動係数：母標準偏差 ÷ 平均。期間のすべての日を数えます（売上のない日は 0）。平均が 0 なら空欄。",
    ],
    target_share: ["The merchant's target share of GMV (Settings).", "店铺设定的 GMV 目标占比（设置）。", "ショップが設定した GMV の目標シェア（設定）。"],
    refunds: ["Refunds of counted orders.", "计入订单的退款。", "カウント対象注文の返金。"],
    aov: ["GMV ÷ orders.", "GMV ÷ 订单数。", "GMV ÷ 注文数。"],
    aov_or_blank: ["GMV ÷ orders; blank when there are no orders.", "GMV ÷ 订单数；无订单时为空。", "GMV ÷ 注文数。注文がなければ空欄。"],
    buyers: ["Distinct non-empty buyer_id among counted orders.", "计入订单中不同的非空买家 ID 数。", "カウント対象注文の空でない buyer_id の数（重複なし）。"],
    live_session: ["The live content broadcast that day.", "当天播出的直播内容。", "その日に配信されたライブコンテンツ。"],
    live_hours: ["live_seconds ÷ 3600.", "直播秒数 ÷ 3600。", "ライブ秒数 ÷ 3600。"],
    gmv_per_live_hour: ["Live GMV ÷ live hours; blank without live seconds.", "直播 GMV ÷ 直播小时数；无直播时长时为空。", "ライブ GMV ÷ ライブ時間。ライブ秒数がなければ空欄。"],
    watch_seconds_per_view: ["Σ watch_seconds ÷ Σ views.", "观看秒数之和 ÷ 观看之和。", "視聴秒数の合計 ÷ 視聴数の合計。"],
    order_rate: ["Counted orders ÷ views.", "计入订单数 ÷ 观看。", "カウント対象の注文数 ÷ 視聴数。"],
    tier: ["By followers, from the merchant's tier bands (Settings).", "按粉丝数，依店铺设定的层级区间（设置）。", "フォロワー数により、ショップが設定した階層区分で決まります（設定）。"],
    followers_or_zero: [
      "From the accounts file; 0 when no accounts file names the creator.",
      "来自账号文件；没有账号文件提到该达人时为 0。",
      "アカウントファイルから。どのアカウントファイルにも載っていない達人は 0。",
    ],
    followers: ["From the accounts file.", "来自账号文件。", "アカウントファイルから。"],
    creator_pillar: [
      "Where the creator's sales without a campaign go: T at or above the Top-KOL threshold, else A.",
      "该达人活动以外的销售所归的阵地：达到头部达人门槛为 T，否则为 A。",
      "キャンペーン外の売上が入る柱：トップKOL のしきい値以上なら T、そうでなければ A。",
    ],
    contents: ["Distinct content pieces with views or orders in the period.", "期间内有观看或订单的内容数（不重复）。", "期間内に視聴または注文があったコンテンツの数（重複なし）。"],
    commission_rate: ["Commission rate from the accounts file.", "账号文件中的佣金率。", "アカウントファイルのコミッション率。"],
    commission_cost: ["GMV × commission rate; blank when the rate is unknown.", "GMV × 佣金率；佣金率未知时为空。", "GMV × コミッション率。率が不明なら空欄。"],
    roi_commission: [
      "GMV ÷ commission cost; blank when the cost is 0 or the commission rate is unknown.",
      "GMV ÷ 佣金成本；成本为 0 或佣金率未知时为空。",
      "GMV ÷ コミッション費用。費用が 0 またはコミッション率が不明なら空欄。",
    ],
    pillar_gmv: [
      "The part of the creator's GMV that sits in this page's pillar (the rest is Campaign, or the other creator pillar).",
      "该达人 GMV 中属于本页阵地的部分（其余属于营销活动，或另一个达人阵地）。",
      "達人の GMV のうちこのページの柱に入る部分（残りはキャンペーン、またはもう一方の達人の柱）。",
    ],
    tier_creators: ["Creators of the tier with views or orders in the period.", "该层级中期间内有观看或订单的达人数。", "期間内に視聴または注文があったその階層の達人数。"],
    tier_contents: ["Σ contents of the tier's creators.", "该层级达人的内容数之和。", "その階層の達人のコンテンツ数の合計。"],
    tier_commission_cost: ["Σ known commission costs.", "已知佣金成本之和。", "判明しているコミッション費用の合計。"],
    tier_roi: [
      "GMV of creators with a known commission rate ÷ their commission cost.",
      "佣金率已知的达人的 GMV ÷ 其佣金成本。",
      "コミッション率が判明している達人の GMV ÷ そのコミッション費用。",
    ],
    tier_share: ["Tier GMV ÷ the matrix's GMV.", "该层级 GMV ÷ 达人矩阵 GMV。", "階層の GMV ÷ 達人マトリクスの GMV。"],
    measured_to: [
      "The campaign's last day with data (its end, or the latest imported day while it runs).",
      "活动有数据的最后一天（活动结束日；进行中则为最近导入的日期）。",
      "データのあるキャンペーン最終日（終了日。実施中なら最新の取り込み日）。",
    ],
    campaign_days: ["Campaign days measured.", "已统计的活动天数。", "集計したキャンペーン日数。"],
    budget: ["From the campaigns file.", "来自活动文件。", "キャンペーンファイルから。"],
    campaign_roi: ["Campaign GMV ÷ budget; blank without a budget.", "活动 GMV ÷ 预算；无预算时为空。", "キャンペーン GMV ÷ 予算。予算がなければ空欄。"],
    baseline_days: [
      "Days of the 28 before the campaign that had imported data (fewer when the data starts later).",
      "活动前 28 天中有导入数据的天数（数据开始得较晚时会更少）。",
      "キャンペーン前 28 日のうちデータが取り込まれている日数（データの開始が遅ければ少なくなります）。",
    ],
    baseline_per_day: [
      "Mean of the merchant's total daily GMV on the same weekdays in the 28 days before the campaign, weighted to the campaign's weekday mix.",
      "活动前 28 天中相同星期几的店铺每日总 GMV 的平均值，按活动期间的星期构成加权。",
      "キャンペーン前 28 日の同じ曜日におけるショップの日次総 GMV の平均。キャンペーン期間の曜日構成で加重。",
    ],
    merchant_gmv_per_day: ["The merchant's total GMV (all pillars) per campaign day.", "活动期间每天的店铺总 GMV（全部阵地）。", "キャンペーン 1 日あたりのショップの総 GMV（全柱）。"],
    incremental_gmv: [
      "Merchant GMV over the campaign days − baseline per day × days.",
      "活动期间的店铺 GMV − 日均基线 × 天数。",
      "キャンペーン期間のショップ GMV − ベースライン/日 × 日数。",
    ],
    rank_gmv: ["Rank by GMV.", "按 GMV 排名。", "GMV の順位。"],
    rank_gpm: ["Rank by GPM (creators without views last).", "按 GPM 排名（无观看的达人排在最后）。", "GPM の順位（視聴のない達人は最後）。"],
    rank_roi: ["Rank by ROI (creators without a known cost last).", "按 ROI 排名（成本未知的达人排在最后）。", "ROI の順位（費用が不明な達人は最後）。"],
    share_of_all: ["The creator's GMV ÷ the merchant's total GMV in the period.", "该达人的 GMV ÷ 期间店铺总 GMV。", "達人の GMV ÷ 期間のショップの総 GMV。"],
    top_kol_gmv: ["The part of the creator's GMV in the Top-KOL pillar.", "该达人 GMV 中属于头部达人阵地的部分。", "達人の GMV のうちトップKOL の柱に入る部分。"],
    channel: ["The channel the order file gave; (none) when it gave none.", "订单文件给出的渠道；未给出时为（无）。", "注文ファイルにあるチャネル。なければ（なし）。"],
    shelf_share: ["Channel GMV ÷ Shelf GMV.", "渠道 GMV ÷ 货架 GMV。", "チャネルの GMV ÷ 棚の GMV。"],
    mall_gmv: ["Shelf GMV of channel mall.", "渠道为商城的货架 GMV。", "チャネルがモールの棚 GMV。"],
    search_gmv: ["Shelf GMV of channel search.", "渠道为搜索的货架 GMV。", "チャネルが検索の棚 GMV。"],
    other_gmv: ["Shelf GMV of any other or no channel.", "其他渠道或无渠道的货架 GMV。", "その他のチャネルまたはチャネルなしの棚 GMV。"],
  },
} as const satisfies TripleTree;

type Code =
  | `factCol.${keyof typeof factColumnMessages.factCol}`
  | `colDef.${keyof typeof fact.colDef}`
  | `phaseDef.col.${keyof typeof phaseDefinitionMessages.phaseDef.col}`;

const TREES: TripleTree = { ...factColumnMessages, colDef: fact.colDef, ...phaseDefinitionMessages };

/** A column's definition: the canonical English and the message the pages translate. */
export function def(code: Code): Pick<Column, "definition" | "definitionMessage"> {
  const m: Message = { code };
  return { definition: english(TREES, m), definitionMessage: m };
}
