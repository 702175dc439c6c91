// The pillar settings form: one zod schema read by both the settings page and its action.
import { z } from "zod";
import {
  DEFAULT_LIVE_WITHOUT_ACCOUNT,
  LIVE_WITHOUT_ACCOUNT_RULES,
  PILLARS,
  RULE_IDS,
  type LiveWithoutAccountRule,
  type Pillar,
  type RuleId,
} from "../pillars";
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";
import { merchantSettingsSchema, type MerchantSettings, type TierBand } from "../settings";

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

export interface PillarSettings {
  topKolThreshold: number;
  ruleOrder: RuleId[];
  tierBands: TierBand[];
  targetMix: Record<Pillar, number>;
  /** where a live order that names no account goes */
  liveWithoutAccount: LiveWithoutAccountRule;
}

export const MAX_TIER_BANDS = 8;

/** A whole count typed by a person: "1,000,000", "1000000", " 5 000 000 ". */
const count = (message: string) =>
  z
    .string()
    .transform((s) => s.replace(/[\s,_]/g, ""))
    .refine((s) => /^\d{1,12}$/.test(s), { message })
    .transform(Number);

const percent = z
  .string()
  .transform((s) => s.trim().replace(/%$/, ""))
  .refine((s) => s === "" || /^\d{1,3}(\.\d{1,2})?$/.test(s), { message: settingsEnglish("targetShare") })
  .transform((s) => (s === "" ? 0 : Number(s)))
  .refine((n) => n <= 100, { message: settingsEnglish("targetShare") });

export const pillarSettingsFormSchema = z
  .object({
    topKolThreshold: count(settingsEnglish("threshold")),
    ruleOrder: z
      .array(z.enum(RULE_IDS, { message: settingsEnglish("chooseRule") }))
      .refine((r) => r.length === RULE_IDS.length && new Set(r).size === r.length, {
        message: settingsEnglish("ruleOnce"),
      }),
    tierName: z.array(z.string().trim().max(40, { message: settingsEnglish("tierNameLong", { max: 40 }) })).max(MAX_TIER_BANDS * 2),
    tierMin: z.array(z.string()).max(MAX_TIER_BANDS * 2),
    target: z.object(Object.fromEntries(PILLARS.map((p) => [p, percent])) as Record<Pillar, typeof percent>),
    // a form without the choice keeps the default
    liveWithoutAccount: z.enum(LIVE_WITHOUT_ACCOUNT_RULES).catch(DEFAULT_LIVE_WITHOUT_ACCOUNT),
  })
  .transform((v, ctx): PillarSettings => {
    const bands: TierBand[] = [];
    v.tierName.forEach((name, i) => {
      const rawMin = (v.tierMin[i] ?? "").replace(/[\s,_]/g, "");
      if (name === "" && rawMin === "") return; // an empty row of the form
      if (name === "") ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("tierName", { n: i + 1 }) });
      if (!/^\d{1,12}$/.test(rawMin)) {
        ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("tierMin", { tier: name || i + 1 }) });
        return;
      }
      bands.push({ name, minFollowers: Number(rawMin) });
    });
    if (bands.length === 0) ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("keepOne") });
    if (bands.length > MAX_TIER_BANDS) ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("atMost", { max: MAX_TIER_BANDS }) });
    if (new Set(bands.map((b) => b.name.toLowerCase())).size !== bands.length) {
      ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("ownName") });
    }
    if (new Set(bands.map((b) => b.minFollowers)).size !== bands.length) {
      ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("sameStart") });
    }
    if (bands.length > 0 && !bands.some((b) => b.minFollowers === 0)) {
      ctx.addIssue({ code: "custom", path: ["tierBands"], message: settingsEnglish("fromZero") });
    }
    const total = PILLARS.reduce((s, p) => s + v.target[p], 0);
    if (Math.abs(total - 100) > 0.5) {
      ctx.addIssue({ code: "custom", path: ["targetMix"], message: settingsEnglish("mixTotal", { total: total.toFixed(1) }) });
    }
    return {
      topKolThreshold: v.topKolThreshold,
      ruleOrder: v.ruleOrder,
      tierBands: [...bands].sort((a, b) => b.minFollowers - a.minFollowers),
      targetMix: Object.fromEntries(PILLARS.map((p) => [p, Math.round(v.target[p] * 100) / 10_000])) as Record<Pillar, number>,
      liveWithoutAccount: v.liveWithoutAccount,
    };
  });

/** What a form submission looks like to the schema (FormData or URLSearchParams both fit). */
export interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function pillarSettingsInput(form: FormLike): z.input<typeof pillarSettingsFormSchema> {
  return {
    topKolThreshold: str(form.get("topKolThreshold")),
    ruleOrder: form.getAll("ruleOrder").map(str) as RuleId[],
    tierName: form.getAll("tierName").map(str),
    tierMin: form.getAll("tierMin").map(str),
    target: Object.fromEntries(PILLARS.map((p) => [p, str(form.get(`target${p}`))])) as Record<Pillar, string>,
    liveWithoutAccount: str(form.get("liveWithoutAccount")) as LiveWithoutAccountRule,
  };
}

export type FieldErrors = Partial<Record<"topKolThreshold" | "ruleOrder" | "tierBands" | "targetMix" | "form", string[]>>;

export type ParsedPillarSettings = { ok: true; value: PillarSettings } | { ok: false; errors: FieldErrors };

export function parsePillarSettingsForm(form: FormLike): ParsedPillarSettings {
  const r = pillarSettingsFormSchema.safeParse(pillarSettingsInput(form));
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const head = String(issue.path[0] ?? "form");
    const key = (head === "tierName" || head === "tierMin" ? "tierBands" : head === "target" ? "targetMix" : head) as keyof FieldErrors;
    (errors[key] ??= []).push(issue.message);
  }
  return { ok: false, errors };
}

/** The pillar settings a merchant has now, as the form shows them. */
export function pillarSettingsOf(s: MerchantSettings): PillarSettings {
  return {
    topKolThreshold: s.topKolThreshold,
    ruleOrder: [...s.ruleOrder],
    tierBands: [...s.tierBands].sort((a, b) => b.minFollowers - a.minFollowers),
    targetMix: Object.fromEntries(PILLARS.map((p) => [p, s.targetMix[p] ?? 0])) as Record<Pillar, number>,
    liveWithoutAccount: s.liveWithoutAccount,
  };
}

/** The merchant's settings with the pillar settings replaced; everything else kept. */
export function withPillarSettings(s: MerchantSettings, p: PillarSettings): MerchantSettings {
  return merchantSettingsSchema.parse({ ...s, ...p });
}
