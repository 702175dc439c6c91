// FACT+ attribution: each order and each views row belongs to exactly one pillar, the first
// rule in the merchant's order that matches. See the data contract, "FACT pillars".

export const PILLARS = ["F", "A", "C", "T", "S"] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_NAMES: Record<Pillar, string> = {
  F: "Field",
  A: "Alliance",
  C: "Campaign",
  T: "Top-KOL",
  S: "Shelf",
};

export const PILLAR_DESCRIPTIONS: Record<Pillar, string> = {
  F: "self-broadcast livestreams",
  A: "the creator matrix",
  C: "marketing events and festivals",
  T: "head influencers",
  S: "mall, search and shop page",
};

/** Colours shared by every chart, so a pillar looks the same everywhere. */
export const PILLAR_COLORS: Record<Pillar, string> = {
  F: "#e4572e",
  A: "#2e86ab",
  C: "#f3a712",
  T: "#8e44ad",
  S: "#29a36a",
};

export const RULE_IDS = ["campaign", "self", "top_kol", "creator", "shelf"] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const DEFAULT_RULE_ORDER: RuleId[] = ["campaign", "self", "top_kol", "creator", "shelf"];
export const DEFAULT_TOP_KOL_THRESHOLD = 1_000_000;

export const RULE_PILLAR: Record<RuleId, Pillar> = {
  campaign: "C",
  self: "F",
  top_kol: "T",
  creator: "A",
  shelf: "S",
};

/** What a row carries that attribution reads. */
export interface AttributionInput {
  campaignId: string;
  /** the row's own account, else (orders) its content's account; "" when none */
  accountId: string;
  /**
   * An order sold in a live room that names no account: who sold it as the export says
   * ("shop" 小店自卖, "alliance" 精选联盟, "" unknown). Undefined for every other row.
   */
  liveWithoutAccount?: "shop" | "alliance" | "";
}

/**
 * Where a live order without an account goes: Field, Alliance, or by who the export says sold it
 * (小店自卖 → Field, 精选联盟 → Alliance, unknown → Field). Never Shelf: it was sold in a live room.
 */
export const LIVE_WITHOUT_ACCOUNT_RULES = ["source", "field", "alliance"] as const;
export type LiveWithoutAccountRule = (typeof LIVE_WITHOUT_ACCOUNT_RULES)[number];
export const DEFAULT_LIVE_WITHOUT_ACCOUNT: LiveWithoutAccountRule = "source";

/** The input of an order for attribution, from its stored columns. */
export function orderAttributionInput(o: { campaignId: string; accountId: string; channel: string; salesSource: string }): AttributionInput {
  if (o.accountId !== "" || o.channel !== "live") return { campaignId: o.campaignId, accountId: o.accountId };
  const source = o.salesSource === "shop" || o.salesSource === "alliance" ? o.salesSource : "";
  return { campaignId: o.campaignId, accountId: "", liveWithoutAccount: source };
}

/** The pillar a live order without an account takes under the merchant's rule. */
export function liveWithoutAccountPillar(source: "shop" | "alliance" | "", rule: LiveWithoutAccountRule): "F" | "A" {
  if (rule === "field") return "F";
  if (rule === "alliance") return "A";
  return source === "alliance" ? "A" : "F";
}

/** What the accounts file says of an account; undefined when no accounts file names it. */
export interface KnownAccount {
  kind: "self" | "creator";
  followers: number;
}

export interface AttributionRules {
  ruleOrder: readonly RuleId[];
  topKolThreshold: number;
  /** default "source" */
  liveWithoutAccount?: LiveWithoutAccountRule;
}

export interface Attribution {
  pillar: Pillar;
  rule: RuleId;
}

/** Whether one attribution rule matches a row. */
export function ruleMatches(rule: RuleId, row: AttributionInput, account: KnownAccount | undefined, rules: AttributionRules): boolean {
  const live = row.accountId === "" && row.liveWithoutAccount !== undefined;
  const livePillar = live ? liveWithoutAccountPillar(row.liveWithoutAccount!, rules.liveWithoutAccount ?? DEFAULT_LIVE_WITHOUT_ACCOUNT) : null;
  switch (rule) {
    case "campaign":
      return row.campaignId !== "";
    case "self":
      return (row.accountId !== "" && account?.kind === "self") || livePillar === "F";
    case "top_kol":
      return row.accountId !== "" && account?.kind === "creator" && account.followers >= rules.topKolThreshold;
    case "creator":
      return (row.accountId !== "" && account?.kind !== "self") || livePillar === "A";
    case "shelf":
      return row.accountId === "" && !live;
  }
}

/** The pillar of a row and the rule that put it there. */
export function pillarOf(
  row: AttributionInput,
  account: KnownAccount | undefined,
  rules: AttributionRules,
): Attribution {
  for (const rule of rules.ruleOrder) {
    if (ruleMatches(rule, row, account, rules)) return { pillar: RULE_PILLAR[rule], rule };
  }
  // Every row has an account or none, so "creator" or "shelf" always matches (a live order
  // without an account "self" or "creator"); the settings schema refuses a rule order without them.
  if (row.accountId === "" && row.liveWithoutAccount !== undefined) {
    const p = liveWithoutAccountPillar(row.liveWithoutAccount, rules.liveWithoutAccount ?? DEFAULT_LIVE_WITHOUT_ACCOUNT);
    return p === "F" ? { pillar: "F", rule: "self" } : { pillar: "A", rule: "creator" };
  }
  return row.accountId === "" ? { pillar: "S", rule: "shelf" } : { pillar: "A", rule: "creator" };
}

/** The account an order is attributed to: its own, else the account of its content. */
export function attributedAccount(
  order: { accountId: string; contentId: string },
  contentAccount: (contentId: string) => string | undefined,
): string {
  if (order.accountId !== "") return order.accountId;
  if (order.contentId === "") return "";
  return contentAccount(order.contentId) ?? "";
}

/** Why a row is in its pillar, in a merchant's words. */
export function explainRule(
  rule: RuleId,
  row: AttributionInput,
  account: KnownAccount | undefined,
  rules: AttributionRules,
  via?: { contentId: string },
): string {
  const acct = via && row.accountId ? `account ${row.accountId} (through content ${via.contentId})` : `account ${row.accountId}`;
  if (row.accountId === "" && row.liveWithoutAccount !== undefined && (rule === "self" || rule === "creator")) {
    return explainLiveWithoutAccount(row.liveWithoutAccount, rules.liveWithoutAccount ?? DEFAULT_LIVE_WITHOUT_ACCOUNT);
  }
  switch (rule) {
    case "campaign":
      return `It names campaign ${row.campaignId}, and the Campaign rule comes first among the rules that match.`;
    case "self":
      return `Its ${acct} is the merchant's own (kind self): Field.`;
    case "top_kol":
      return `Its ${acct} is a creator with ${(account?.followers ?? 0).toLocaleString("en-US")} followers, at or above the Top-KOL threshold of ${rules.topKolThreshold.toLocaleString("en-US")}.`;
    case "creator":
      return account
        ? `Its ${acct} is a creator with ${account.followers.toLocaleString("en-US")} followers, below the Top-KOL threshold of ${rules.topKolThreshold.toLocaleString("en-US")}: Alliance.`
        : `Its ${acct} is not in the accounts file, so it counts as a creator of the Alliance.`;
    case "shelf":
      return "It has no account and no content with an account: mall, search or shop-page sales (Shelf).";
  }
}

const SOURCE_WORDS = { shop: "the shop itself (小店自卖)", alliance: "the creator alliance (精选联盟)", "": "nobody the export names" } as const;

function explainLiveWithoutAccount(source: "shop" | "alliance" | "", rule: LiveWithoutAccountRule): string {
  const pillar = liveWithoutAccountPillar(source, rule) === "F" ? "Field" : "Alliance";
  const why =
    rule === "source"
      ? `the export says it was sold by ${SOURCE_WORDS[source]}, and the shop's settings read that`
      : `the shop's settings put every such order in ${pillar}`;
  return `It was sold in a live room but names no account; ${why}: ${pillar}.`;
}
