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
import { merchantSettingsSchema, type MerchantSettings, type TierBand } from "../settings";
import { settingsEnglish } from "./pillar-settings-messages";

export { pillarSettingsMessages, settingsEnglish, settingsMessageOf } from "./pillar-settings-messages";


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
