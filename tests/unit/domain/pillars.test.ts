import { describe, expect, it } from "vitest";
import { attributedAccount, DEFAULT_RULE_ORDER, explainRule, pillarOf, type KnownAccount } from "../../../app/domain/pillars";

const rules = { ruleOrder: DEFAULT_RULE_ORDER, topKolThreshold: 1_000_000 };
const self: KnownAccount = { kind: "self", followers: 5000 };
const head: KnownAccount = { kind: "creator", followers: 2_000_000 };
const tail: KnownAccount = { kind: "creator", followers: 20_000 };

describe("pillarOf, the contract's rules in order", () => {
  it.each([
    ["a campaign wins over everything", { campaignId: "618", accountId: "me" }, self, "C", "campaign"],
    ["the merchant's own account is Field", { campaignId: "", accountId: "me" }, self, "F", "self"],
    ["a creator at the threshold is Top-KOL", { campaignId: "", accountId: "k" }, { kind: "creator", followers: 1_000_000 }, "T", "top_kol"],
    ["a creator just below is Alliance", { campaignId: "", accountId: "k" }, { kind: "creator", followers: 999_999 }, "A", "creator"],
    ["a big creator is Top-KOL", { campaignId: "", accountId: "k" }, head, "T", "top_kol"],
    ["a small creator is Alliance", { campaignId: "", accountId: "k" }, tail, "A", "creator"],
    ["an account no file names is Alliance", { campaignId: "", accountId: "ghost" }, undefined, "A", "creator"],
    ["no account is Shelf", { campaignId: "", accountId: "" }, undefined, "S", "shelf"],
  ] as const)("%s", (_, row, account, pillar, rule) => {
    expect(pillarOf(row, account, rules)).toEqual({ pillar, rule });
  });

  it("follows the merchant's rule order: self before campaign keeps a self live in Field", () => {
    const order = ["self", "campaign", "top_kol", "creator", "shelf"] as const;
    expect(pillarOf({ campaignId: "618", accountId: "me" }, self, { ...rules, ruleOrder: order })).toEqual({ pillar: "F", rule: "self" });
    expect(pillarOf({ campaignId: "618", accountId: "k" }, tail, { ...rules, ruleOrder: order })).toEqual({ pillar: "C", rule: "campaign" });
  });

  it("moves an order from T to A when the threshold rises", () => {
    const row = { campaignId: "", accountId: "k" };
    expect(pillarOf(row, head, rules).pillar).toBe("T");
    expect(pillarOf(row, head, { ...rules, topKolThreshold: 3_000_000 }).pillar).toBe("A");
  });

  it("attributes an order without account to its content's account", () => {
    const lookup = (c: string) => (c === "live-1" ? "me" : undefined);
    expect(attributedAccount({ accountId: "", contentId: "live-1" }, lookup)).toBe("me");
    expect(attributedAccount({ accountId: "k", contentId: "live-1" }, lookup)).toBe("k");
    expect(attributedAccount({ accountId: "", contentId: "unknown" }, lookup)).toBe("");
    expect(attributedAccount({ accountId: "", contentId: "" }, lookup)).toBe("");
  });

  it("explains the rule in words", () => {
    expect(explainRule("top_kol", { campaignId: "", accountId: "k" }, head, rules)).toContain("at or above the Top-KOL threshold of 1,000,000");
    expect(explainRule("creator", { campaignId: "", accountId: "ghost" }, undefined, rules)).toContain("not in the accounts file");
  });
});
