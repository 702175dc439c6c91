// A merchant's settings, stored as JSON on the merchant and always read through this schema so
// old or partial settings get today's defaults.
import { z } from "zod";
import { forecastCalendarSchema } from "./forecast/calendar-settings";
import {
  DEFAULT_LIVE_WITHOUT_ACCOUNT,
  DEFAULT_RULE_ORDER,
  DEFAULT_TOP_KOL_THRESHOLD,
  LIVE_WITHOUT_ACCOUNT_RULES,
  PILLARS,
  RULE_IDS,
  type Pillar,
} from "./pillars";

/** A date like 03/04/2025: 3 April (day-first) or 4 March (month-first). */
export const DATE_ORDERS = ["day-first", "month-first"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const COUNTERS = [
  "impressions", "views", "likes", "comments", "shares", "follows", "product_clicks", "cart_adds",
  "orders", "kept_orders", "media_reviews", "reviews",
] as const;
export type Counter = (typeof COUNTERS)[number];

export const PHASES = ["exploration", "connection", "verification", "purchase", "confirmation", "sharing"] as const;
export type Phase = (typeof PHASES)[number];

export const DEFAULT_PHASE_DEFINITIONS: Record<Phase, Counter[]> = {
  exploration: ["impressions"],
  connection: ["likes", "comments", "follows"],
  verification: ["product_clicks"],
  purchase: ["orders"],
  confirmation: ["kept_orders"],
  sharing: ["shares", "media_reviews"],
};

export const tierBandSchema = z.object({
  name: z.string().min(1),
  /** lowest follower count in the band, inclusive */
  minFollowers: z.number().int().min(0),
});
export type TierBand = z.infer<typeof tierBandSchema>;

export const DEFAULT_TIER_BANDS: TierBand[] = [
  { name: "head", minFollowers: 5_000_000 },
  { name: "shoulder", minFollowers: 1_000_000 },
  { name: "waist", minFollowers: 100_000 },
  { name: "tail", minFollowers: 0 },
];

export const DEFAULT_TARGET_MIX: Record<Pillar, number> = { F: 0.3, A: 0.25, C: 0.15, T: 0.1, S: 0.2 };

export const merchantSettingsSchema = z.object({
  topKolThreshold: z.number().int().min(0).default(DEFAULT_TOP_KOL_THRESHOLD),
  ruleOrder: z
    .array(z.enum(RULE_IDS))
    .refine((r) => new Set(r).size === r.length && r.length === RULE_IDS.length, {
      message: "The rule order must name each of the five rules once.",
    })
    .default([...DEFAULT_RULE_ORDER]),
  tierBands: z.array(tierBandSchema).min(1).default(DEFAULT_TIER_BANDS),
  targetMix: z.record(z.enum(PILLARS), z.number().min(0).max(1)).default(DEFAULT_TARGET_MIX),
  phaseDefinitions: z
    .record(z.enum(PHASES), z.array(z.enum(COUNTERS)).min(1))
    .default(DEFAULT_PHASE_DEFINITIONS),
  /** a live order that names no account: Field, Alliance, or as its 流量来源 says */
  liveWithoutAccount: z.enum(LIVE_WITHOUT_ACCOUNT_RULES).default(DEFAULT_LIVE_WITHOUT_ACCOUNT),
  /** how a file whose dates are all like 03/04/2025 is read (TikTok exports) */
  ambiguousDates: z.enum(DATE_ORDERS).default("day-first"),
  /** the forecast's holiday country and platform festival choices */
  forecastCalendar: forecastCalendarSchema.default({ festivals: {} }),
});

export type MerchantSettings = z.infer<typeof merchantSettingsSchema>;

/** Settings from their stored JSON; anything missing or unreadable takes the default. */
export function readSettings(json: string | null | undefined): MerchantSettings {
  let raw: unknown = {};
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    raw = {};
  }
  const parsed = merchantSettingsSchema.safeParse(raw);
  if (parsed.success) return withDefaultPhases(parsed.data);
  return withDefaultPhases(merchantSettingsSchema.parse({}));
}

function withDefaultPhases(s: MerchantSettings): MerchantSettings {
  return { ...s, phaseDefinitions: { ...DEFAULT_PHASE_DEFINITIONS, ...s.phaseDefinitions } };
}

/** The tier of a creator by follower count: the first band (highest first) it reaches. */
export function tierOf(followers: number, bands: readonly TierBand[]): string {
  const sorted = [...bands].sort((a, b) => b.minFollowers - a.minFollowers);
  return (sorted.find((b) => followers >= b.minFollowers) ?? sorted[sorted.length - 1]).name;
}
