// Every sentence the forecast writes about itself (what shaped it, why this model), as message
// codes with [en, zh-CN, ja] texts. The domain returns codes and parameters; the page
// translates them, and the command line and tests read the English of the same triples.
import { CAMPAIGN_KINDS } from "../import/kinds";
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import type { DatedOccurrence } from "./occurrences";

export const forecastExplainMessages = {
  forecastExplain: {
    edition: ["Shaped like its previous edition, {{edition}}.", "形状参照上一届：{{edition}}。", "前回の開催（{{edition}}）の形を使っています。"],
    editionMore_one: [
      "Shaped like its previous edition, {{edition}} (and {{count}} earlier edition).",
      "形状参照上一届：{{edition}}（另有 {{count}} 届更早的）。",
      "前回の開催（{{edition}}、ほかに過去 {{count}} 回）の形を使っています。",
    ],
    editionMore_other: [
      "Shaped like its previous edition, {{edition}} (and {{count}} earlier editions).",
      "形状参照上一届：{{edition}}（另有 {{count}} 届更早的）。",
      "前回の開催（{{edition}}、ほかに過去 {{count}} 回）の形を使っています。",
    ],
    kind_one: [
      "No earlier edition: shaped like the average of your {{count}} earlier {{kind}} campaign.",
      "没有往届：形状取你此前 {{count}} 个「{{kind}}」类活动的平均。",
      "過去の開催なし：これまでの「{{kind}}」キャンペーン {{count}} 件の平均の形です。",
    ],
    kind_other: [
      "No earlier edition: shaped like the average of your {{count}} earlier {{kind}} campaigns.",
      "没有往届：形状取你此前 {{count}} 个「{{kind}}」类活动的平均。",
      "過去の開催なし：これまでの「{{kind}}」キャンペーン {{count}} 件の平均の形です。",
    ],
    none: [
      "No earlier edition and no earlier {{kind}} campaign to learn from: no lift added.",
      "没有往届，也没有此前的「{{kind}}」类活动可参考：不加提升。",
      "過去の開催も「{{kind}}」キャンペーンもないため、上乗せしていません。",
    ],
    peak: ["Peak {{lift}} the ordinary day on {{date}}.", "峰值在 {{date}}，为平日的 {{lift}}。", "ピークは {{date}}、通常日の {{lift}}。"],
    holidayUnseen: ["Not seen in your history yet: no change added.", "历史数据中尚未出现：不做调整。", "まだ実績にありません：調整なし。"],
    holidayLast: ["Last time sold {{lift}} an ordinary day ({{edition}}).", "上一次的销售为平日的 {{lift}}（{{edition}}）。", "前回は通常日の {{lift}} の売上でした（{{edition}}）。"],
    notCalendar: [
      "The chosen model does not read the calendar: tested on the past, models that add campaign and holiday shapes predicted worse here.",
      "所选模型不读取日历：在过去数据上检验时，叠加活动和节假日形状的模型在这里预测得更差。",
      "選ばれたモデルはカレンダーを使いません。過去で検証すると、キャンペーンと祝日の形を加えるモデルはここでは精度が下がりました。",
    ],
    noneAhead: ["No campaign or festival days ahead.", "未来没有活动或大促日。", "今後キャンペーン・商戦日はありません。"],
    ahead_one: [
      "{{count}} campaign or festival ahead, with the shape learned from the past.",
      "未来有 {{count}} 个活动或大促，各自采用从过去学到的形状。",
      "今後のキャンペーン・商戦 {{count}} 件、それぞれ過去から学んだ形を使います。",
    ],
    ahead_other: [
      "{{count}} campaigns or festivals ahead, each with the shape learned from the past.",
      "未来有 {{count}} 个活动或大促，各自采用从过去学到的形状。",
      "今後のキャンペーン・商戦 {{count}} 件、それぞれ過去から学んだ形を使います。",
    ],
    /**
     * a platform festival's name (occurrences.ts PLATFORM_FESTIVALS, by id) in each language; its
     * `label` there stays as written, for the command line and for matching editions by name
     */
    festival: {
      nianhuo: ["New Year Shopping Festival", "年货节", "年貨節（春節前セール）"],
      "womens-day": ["Women's Day (8 March)", "38 女神节", "3.8 女神節"],
      "618": ["618 Mid-year Festival", "618 年中大促", "618 年中セール"],
      "99": ["99 Sale", "99 大促", "99 セール"],
      "double-11": ["Double 11", "双11", "ダブルイレブン（双11）"],
      "double-12": ["Double 12", "双12", "ダブルトゥエルブ（双12）"],
    },
    /** a festival in a year: its default days that year */
    festivalEdition: ["{{name}} {{year}}", "{{year}} {{name}}", "{{year}} {{name}}"],
    campaignKind: {
      platform: ["platform", "平台大促", "プラットフォーム商戦"],
      brand: ["brand", "品牌", "ブランド"],
      flash: ["flash", "限时", "タイムセール"],
      other: ["other", "其他", "その他"],
    },
    holidays: {
      CN: ["Public holidays of China are on the calendar.", "日历中包含中国的法定节假日。", "中国の祝日をカレンダーに入れています。"],
      JP: ["Public holidays of Japan are on the calendar.", "日历中包含日本的法定节假日。", "日本の祝日をカレンダーに入れています。"],
      none: ["No public holidays are used.", "不使用法定节假日。", "祝日は使いません。"],
    },
    computing: ["The forecast is being computed; it appears when it is ready.", "预测正在计算，算好后就会显示。", "予測を計算中です。できしだい表示します。"],
    noSalesBefore: ["There are no sales on or before {{day}} to forecast from.", "{{day}} 及之前没有可用于预测的销售。", "{{day}} 以前に予測のもとになる売上がありません。"],
    noSalesYet: ["There are no sales yet to forecast from: import orders first.", "还没有可用于预测的销售：请先导入订单。", "予測のもとになる売上がまだありません。先に注文をインポートしてください。"],
    // why this model
    season: {
      day: ["the same weekday of the week before", "上周同一天", "前週の同じ曜日"],
      other: ["the same point one season earlier", "上一个周期的同一位置", "1 周期前の同じ時点"],
    },
    steps: {
      day_one: ["{{count}} day", "{{count}} 天", "{{count}} 日"],
      day_other: ["{{count}} days", "{{count}} 天", "{{count}} 日"],
      week_one: ["{{count}} week", "{{count}} 周", "{{count}} 週"],
      week_other: ["{{count}} weeks", "{{count}} 周", "{{count}} 週"],
      month_one: ["{{count}} month", "{{count}} 个月", "{{count}} か月"],
      month_other: ["{{count}} months", "{{count}} 个月", "{{count}} か月"],
    },
    unit: {
      day: ["day", "天", "日"],
      week: ["week", "周", "週"],
      month: ["month", "月", "月"],
    },
    shortHistory: [
      "The forecast is seasonal naive (each {{unit}} repeats {{season}}) because there are only {{history}} of history: a model needs at least {{need}} before it can be tested on past {{unit}}s it did not see.",
      "预测采用季节性朴素法（每{{unit}}重复{{season}}），因为历史只有 {{history}}：模型至少需要 {{need}}，才能在它没见过的过去数据上检验。",
      "予測は季節ナイーブ法（各{{unit}}は{{season}}を繰り返す）です。実績が {{history}} しかなく、モデルを見ていない過去で検証するには少なくとも {{need}} 必要です。",
    ],
    noBacktest: [
      "The forecast is seasonal naive (each {{unit}} repeats {{season}}): {{history}} of history are too few to test other models over several past periods this long.",
      "预测采用季节性朴素法（每{{unit}}重复{{season}}）：{{history}} 的历史太少，无法在多个同样长的过去周期上检验其他模型。",
      "予測は季節ナイーブ法（各{{unit}}は{{season}}を繰り返す）です。実績 {{history}} では、同じ長さの過去の期間で他のモデルを検証できません。",
    ],
    benchmarkKept: [
      "We tested {{tried}} at {{origins}} past cut-off points and none predicted better than simply repeating {{season}}, so the forecast does exactly that (seasonal naive).",
      "我们在 {{origins}} 个过去的截止点检验了 {{tried}}，没有一个比直接重复{{season}}更准，所以预测就这样做（季节性朴素法）。",
      "過去の {{origins}} 時点で {{tried}} を検証しましたが、{{season}}を繰り返すだけより良いものはなかったため、予測はそのとおりにしています（季節ナイーブ法）。",
    ],
    otherModels: ["other models", "其他模型", "ほかのモデル"],
    modelBeats: [
      "{{model}} is used because, tested at {{origins}} past cut-off points, its errors were {{gain}}% smaller than simply repeating {{season}}.",
      "采用 {{model}}：在 {{origins}} 个过去的截止点检验，它的误差比直接重复{{season}}小 {{gain}}%。",
      "{{model}} を使っています。過去の {{origins}} 時点で検証し、{{season}}を繰り返すだけより誤差が {{gain}}% 小さかったためです。",
    ],
    modelBeatsSmaller: [
      "{{model}} is used because, tested at {{origins}} past cut-off points, its errors were smaller than simply repeating {{season}}.",
      "采用 {{model}}：在 {{origins}} 个过去的截止点检验，它的误差比直接重复{{season}}更小。",
      "{{model}} を使っています。過去の {{origins}} 時点で検証し、{{season}}を繰り返すだけより誤差が小さかったためです。",
    ],
    joined: ["{{a}}{{b}}", "{{a}}{{b}}", "{{a}}{{b}}"],
    // two sentences: a space between them in English only
    sentences: ["{{a}} {{b}}", "{{a}}{{b}}", "{{a}}{{b}}"],
    usesCalendar: [" It takes your campaign calendar into account.", "它考虑了你的活动日历。", "キャンペーンのカレンダーも考慮します。"],
  },
} as const satisfies TripleTree;

/** Model names, piece by piece (a label is built as "Theta + campaign and holiday shapes"). */
const MODEL_PIECES: Record<string, readonly [string, string, string]> = {
    "Seasonal naive": ["Seasonal naive", "季节性朴素法", "季節ナイーブ"],
    Naive: ["Naive", "朴素法", "ナイーブ"],
    "Weekly profile": ["Weekly profile", "周内形状", "曜日プロファイル"],
    "ETS with damped trend": ["ETS with damped trend", "ETS（阻尼趋势）", "ETS（減衰トレンド）"],
    "Prophet with campaigns": ["Prophet with campaigns", "Prophet（含活动）", "Prophet（キャンペーン込み）"],
    " + campaign and holiday shapes": [" + campaign and holiday shapes", " + 活动与节假日形状", " + キャンペーン・祝日の形"],
    " + yearly pattern": [" + yearly pattern", " + 年度规律", " + 年間パターン"],
    " with campaign lift": [" with campaign lift", "（含活动提升）", "（キャンペーン上乗せ）"],
    "Median of: ": ["Median of: ", "中位数组合：", "中央値の組み合わせ："],
    "Weighted mean of: ": ["Weighted mean of: ", "加权平均组合：", "加重平均の組み合わせ："],
    "Seasonal average of {{n}} cycles, level-adjusted": ["Seasonal average of {{n}} cycles, level-adjusted", "{{n}} 个周期的季节平均（水平调整）", "{{n}} 周期の季節平均（水準調整）"],
    "Weekly profile ({{n}} weeks)": ["Weekly profile ({{n}} weeks)", "周内形状（{{n}} 周）", "曜日プロファイル（{{n}} 週）"],
};

type Tree = typeof forecastExplainMessages.forecastExplain;

/** The message `forecastExplain.<key>`. */
export function fx(key: string, params?: MessageParams): Message {
  return params ? { code: `forecastExplain.${key}`, params } : { code: `forecastExplain.${key}` };
}

/** A campaign's kind: a message for the contract's kinds, the stored word otherwise. */
export function kindParam(kind: string): Message | string {
  return (CAMPAIGN_KINDS as readonly string[]).includes(kind) ? fx(`campaignKind.${kind}`) : kind;
}

/** A platform festival's name (`festival.<id>`), with the year of its edition when given. */
export function festivalName(id: string, year?: string): Message {
  const name = fx(`festival.${id}`);
  return year ? fx("festivalEdition", { name, year }) : name;
}

/**
 * An occurrence as the page names it: a festival's default days by the festival's name in the
 * reader's language, anything the merchant entered (a campaign, its name) as written.
 */
export function occurrenceName(o: Pick<DatedOccurrence, "key" | "label" | "source" | "endsOn">): Message | string {
  return o.source === "festival" ? festivalName(o.key, o.endsOn.slice(0, 4)) : o.label;
}

/** The English of a forecast message, from the same triple the page translates. */
export function forecastEnglish(m: Message): string {
  return english(forecastExplainMessages, m);
}

/**
 * A model's label in a language: labels are built from English pieces (`Theta + yearly
 * pattern`, `Median of: Theta; ETS`), each piece translated where the table has it; names such as
 * Theta, ETS, MSTL stay as they are.
 */
export function modelLabelIn(label: string, index: 0 | 1 | 2): string {
  const table = MODEL_PIECES;
  let out = label;
  for (const [en, triple] of Object.entries(table).sort((a, b) => b[0].length - a[0].length)) {
    if (en.includes("{{n}}")) {
      const re = new RegExp(en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\{\\{n\\}\\}", "(\\d+)"), "g");
      out = out.replace(re, (_, n: string) => triple[index].replace("{{n}}", n));
    } else out = out.split(en).join(triple[index]);
  }
  return out;
}

export type { Tree as ForecastExplainTree };
