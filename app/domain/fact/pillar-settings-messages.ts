// What the pillar settings form (pillar-settings.ts) says about a submission it refuses, kept
// apart from its zod schema so the interface's messages do not pull zod into every page.
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";

/**
 * What the form says about a submission it refuses, as [en, zh-CN, ja] texts. The schema's issues
 * carry the English (`settingsEnglish`); the page finds the message again from it
 * (`settingsMessageOf`) and shows it in the reader's language.
 */
export const pillarSettingsMessages = {
  pillarSettingsSays: {
    threshold: [
      "The Top-KOL threshold must be a whole number of followers, 0 or more.",
      "头部达人门槛必须是粉丝数的整数，0 或以上。",
      "トップKOL のしきい値は、0 以上のフォロワー数（整数）にしてください。",
    ],
    targetShare: ["A target share is a percentage from 0 to 100.", "目标占比是 0 到 100 之间的百分比。", "目標シェアは 0〜100 のパーセントです。"],
    chooseRule: ["Choose one of the five rules.", "请从五条规则中选择一条。", "5つのルールから1つ選んでください。"],
    ruleOnce: ["The rule order must name each of the five rules exactly once.", "规则顺序中五条规则必须各出现一次。", "ルールの順序には、5つのルールをそれぞれちょうど1回ずつ入れてください。"],
    tierName: ["Tier {{n}} needs a name.", "第 {{n}} 层需要名称。", "階層 {{n}} に名前を付けてください。"],
    tierNameLong: ["A tier name is at most {{max}} characters long.", "层级名称最多 {{max}} 个字符。", "階層の名前は {{max}} 文字までです。"],
    tierMin: [
      "Tier {{tier}} needs a lowest follower count (a whole number).",
      "层级 {{tier}} 需要最低粉丝数（整数）。",
      "階層 {{tier}} に最少フォロワー数（整数）を入れてください。",
    ],
    keepOne: ["Keep at least one tier.", "请至少保留一个层级。", "階層を少なくとも1つ残してください。"],
    atMost: ["Use at most {{max}} tiers.", "最多使用 {{max}} 个层级。", "階層は {{max}} 個までです。"],
    ownName: ["Each tier needs its own name.", "每个层级需要不同的名称。", "階層ごとに別の名前を付けてください。"],
    sameStart: ["Two tiers start at the same follower count.", "有两个层级的起始粉丝数相同。", "2つの階層が同じフォロワー数から始まっています。"],
    fromZero: [
      "One tier must start at 0 followers, so every creator has a tier.",
      "必须有一个层级从 0 粉丝开始，这样每个达人都有层级。",
      "すべての達人が階層に入るよう、1つの階層は 0 フォロワーから始めてください。",
    ],
    mixTotal: [
      "The target mix adds up to {{total}}%; it must add up to 100%.",
      "目标结构合计为 {{total}}%；必须合计为 100%。",
      "目標構成の合計は {{total}}% です。合計 100% にしてください。",
    ],
  },
} as const satisfies TripleTree;

type SaysKey = keyof typeof pillarSettingsMessages.pillarSettingsSays;

function settingsMessage(key: SaysKey, params?: MessageParams): Message {
  return params ? { code: `pillarSettingsSays.${key}`, params } : { code: `pillarSettingsSays.${key}` };
}

/** The English of one of the form's refusals (the schema's issue message). */
export function settingsEnglish(key: SaysKey, params?: MessageParams): string {
  return english(pillarSettingsMessages, settingsMessage(key, params));
}

/** A refusal's English back to its message; null for a sentence no template makes (zod's own). */
export function settingsMessageOf(text: string): Message | null {
  return messageFromEnglish(pillarSettingsMessages, "pillarSettingsSays", text);
}
