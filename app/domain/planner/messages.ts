// What the planner's services say to a person (validation, infeasible suggestions, saving), as
// [en, zh-CN, ja] triples. The services and the command line write the English of a triple
// (`plannerEnglish`); the pages find the message again from it (`plannerMessageOf`) and show it
// in the reader's language.
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";

export const plannerMessages = {
  plannerSays: {
    maxShareAbove0: ["The largest share per creator is above 0.", "单个达人的最大占比须大于 0。", "達人1人あたりの最大シェアは0より大きくしてください。"],
    maxShareAtMost1: ["The largest share per creator is at most 1 (100%).", "单个达人的最大占比最多为 1（100%）。", "達人1人あたりの最大シェアは1（100%）までです。"],
    maxPostsMin: ["At least one post per creator and format.", "每个达人每种形式至少一条作品。", "達人・形式ごとに少なくとも1投稿です。"],
    seedingAtMost1: ["The seeding share is at most 1 (100%).", "种草占比最多为 1（100%）。", "種草のシェアは1（100%）までです。"],
    lastAfterFirst: ["The last day comes on or after the first.", "最后一天须不早于第一天。", "最終日は初日以降にしてください。"],
    nameRequired: ["Give the plan a name.", "请给计划起个名字。", "プランに名前を付けてください。"],
    repeatFactor: ["The repeat factor is 0.1 to 1.", "重复系数为 0.1 到 1。", "繰り返し係数は0.1〜1です。"],
    postsPerCreator: ["Posts per creator and format is a whole number from 1 to 30.", "每个达人每种体裁的作品数是 1 到 30 之间的整数。", "達人・形式ごとの投稿数は 1〜30 の整数です。"],
    rateCardUnreadable: ["The rate card could not be read.", "无法读取报价表。", "料金表を読み取れませんでした。"],
    amount: ["This amount {{problem}}.", "该金额{{problem}}。", "この金額{{problem}}。"],
    commission: ["The commission is a rate from 0 to 1 (or 0% to 100%).", "佣金是 0 到 1（或 0% 到 100%）之间的比率。", "コミッションは0〜1（または0%〜100%）の率です。"],
    planExists: ["A plan named “{{name}}” already exists; choose another name.", "已有名为“{{name}}”的计划；请换一个名字。", "「{{name}}」という名前のプランはすでにあります。別の名前にしてください。"],
    planNoLines: ["A plan needs at least one line.", "计划至少需要一行。", "プランには少なくとも1行が必要です。"],
    infeasibleFew: [
      "At least {{need}} creators were asked for, but only {{count}} can be booked for one post within the budget and the per-creator share.",
      "要求至少 {{need}} 位达人，但在预算和单个达人占比之内，只能为 {{count}} 位预订一条作品。",
      "少なくとも {{need}} 人の達人が指定されましたが、予算と1人あたりのシェアの範囲で1投稿を予約できるのは {{count}} 人だけです。",
    ],
    infeasibleCost: [
      "At least {{need}} creators were asked for, but the {{need}} cheapest one-post bookings cost {{sum}}, more than the budget of {{budget}}.",
      "要求至少 {{need}} 位达人，但最便宜的 {{need}} 个单条预订合计 {{sum}}，超过预算 {{budget}}。",
      "少なくとも {{need}} 人の達人が指定されましたが、最も安い {{need}} 件の1投稿予約の合計は {{sum}} で、予算 {{budget}} を超えます。",
    ],
    infeasibleSeeding: [
      "No plan can put {{share}}% of its cost on seeding creators with these candidates and constraints.",
      "在这些候选达人和约束下，没有计划能把 {{share}}% 的费用放在种草达人上。",
      "この候補と制約では、費用の {{share}}% を種草型の達人に充てるプランは作れません。",
    ],
    infeasibleOther: ["No plan meets the {{constraint}} constraint with these candidates.", "在这些候选达人下，没有计划能满足 {{constraint}} 约束。", "この候補では {{constraint}} の制約を満たすプランはありません。"],
  },
} as const satisfies TripleTree;

export function plannerMessage(key: keyof typeof plannerMessages.plannerSays, params?: MessageParams): Message {
  return params ? { code: `plannerSays.${key}`, params } : { code: `plannerSays.${key}` };
}

/** The English of a planner message (services, command line). */
export function plannerEnglish(key: keyof typeof plannerMessages.plannerSays, params?: MessageParams): string {
  return english(plannerMessages, plannerMessage(key, params));
}

/** A planner service's English sentence back to its message; null for a sentence no template makes. */
export function plannerMessageOf(text: string): Message | null {
  return messageFromEnglish(plannerMessages, "plannerSays", text);
}
