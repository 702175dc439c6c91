// Every attribution rule evaluated for one row, in the merchant's order: what the "why is this
// order here?" page lists. The first match is the row's pillar (pillarOf in ../pillars.ts).
import {
  explainRule,
  ruleMatches,
  RULE_PILLAR,
  type AttributionInput,
  type AttributionRules,
  type KnownAccount,
  type LiveWithoutAccountRule,
  type Pillar,
  type RuleId,
} from "../pillars";
import type { Triple } from "../message";

export const RULE_LABELS: Record<RuleId, string> = {
  campaign: "Campaign: the row names a campaign",
  self: "Field: the account is the merchant's own (kind self)",
  top_kol: "Top-KOL: a creator at or above the Top-KOL threshold",
  creator: "Alliance: any other creator, or an account no accounts file names",
  shelf: "Shelf: no account (mall, search, shop page)",
};

/**
 * The choices for a live order that names no account, as the settings page words them: [en,
 * zh-CN, ja] texts (`liveWithoutAccount.*`); 小店自卖 and 精选联盟 are the platform's own words.
 */
export const liveWithoutAccountMessages = {
  liveWithoutAccount: {
    source: ["By who sold it: 小店自卖 → Field, 精选联盟 → Alliance", "按销售方：小店自卖 → 自播，精选联盟 → 达人矩阵", "販売元で決める：小店自卖 → 自社ライブ、精选联盟 → 達人マトリクス"],
    field: ["Always Field (the shop's own live rooms)", "一律计入自播（店铺自己的直播间）", "常に自社ライブ（ショップ自身のライブ配信）"],
    alliance: ["Always Alliance (creators' live rooms)", "一律计入达人矩阵（达人的直播间）", "常に達人マトリクス（達人のライブ配信）"],
  },
} as const satisfies Record<string, Record<LiveWithoutAccountRule, Triple>>;

/** The English of each choice (`liveWithoutAccount.*` on a page). */
export const LIVE_WITHOUT_ACCOUNT_LABELS: Record<LiveWithoutAccountRule, string> = {
  source: liveWithoutAccountMessages.liveWithoutAccount.source[0],
  field: liveWithoutAccountMessages.liveWithoutAccount.field[0],
  alliance: liveWithoutAccountMessages.liveWithoutAccount.alliance[0],
};

export { ruleMatches };

export interface RuleStep {
  position: number;
  rule: RuleId;
  pillar: Pillar;
  label: string;
  matched: boolean;
  /** the first rule that matched: the row's pillar */
  decided: boolean;
  /** rules after the deciding one are not evaluated by attribution, but shown for context */
  afterDecision: boolean;
}

export function evaluateRules(row: AttributionInput, account: KnownAccount | undefined, rules: AttributionRules): RuleStep[] {
  let decided = false;
  return rules.ruleOrder.map((rule, i) => {
    const matched = ruleMatches(rule, row, account, rules);
    const after = decided;
    const isDecision = matched && !decided;
    if (isDecision) decided = true;
    return { position: i + 1, rule, pillar: RULE_PILLAR[rule], label: RULE_LABELS[rule], matched, decided: isDecision, afterDecision: after };
  });
}

/** Rules that can never decide a row because rules before them always match first. */
export function unreachableRules(ruleOrder: readonly RuleId[]): RuleId[] {
  const out: RuleId[] = [];
  const creatorAt = ruleOrder.indexOf("creator");
  // "creator" matches every row with a non-self account, so Top-KOL after it never decides.
  if (ruleOrder.indexOf("top_kol") > creatorAt) out.push("top_kol");
  return out;
}

export { explainRule };
