import { describe, expect, it } from "vitest";
import { evaluateRules, ruleMatches, unreachableRules } from "../../../app/domain/fact/rules";
import { DEFAULT_RULE_ORDER, pillarOf, RULE_IDS, type KnownAccount, type RuleId } from "../../../app/domain/pillars";

const rules = { ruleOrder: DEFAULT_RULE_ORDER, topKolThreshold: 1_000_000 };

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe("the evaluated rule list", () => {
  it("marks every matching rule and the first one as deciding", () => {
    const kol: KnownAccount = { kind: "creator", followers: 2_000_000 };
    const steps = evaluateRules({ campaignId: "", accountId: "kol-1" }, kol, rules);
    expect(steps.map((s) => [s.rule, s.matched, s.decided])).toEqual([
      ["campaign", false, false],
      ["self", false, false],
      ["top_kol", true, true],
      ["creator", true, false],
      ["shelf", false, false],
    ]);
    expect(steps[3].afterDecision).toBe(true);
  });

  it("agrees with pillarOf for every rule order, account kind and campaign", () => {
    const accounts: (KnownAccount | undefined)[] = [
      undefined,
      { kind: "self", followers: 10 },
      { kind: "creator", followers: 999_999 },
      { kind: "creator", followers: 1_000_000 },
    ];
    for (const order of permutations<RuleId>(RULE_IDS)) {
      const r = { ruleOrder: order, topKolThreshold: 1_000_000 };
      for (const account of accounts) {
        for (const accountId of account ? ["acc"] : ["", "unknown"]) {
          for (const campaignId of ["", "c1"]) {
            const row = { campaignId, accountId };
            const decided = evaluateRules(row, account, r).find((s) => s.decided);
            expect(decided?.rule).toBe(pillarOf(row, account, r).rule);
          }
        }
      }
    }
  });

  it("matches one rule at a time", () => {
    expect(ruleMatches("creator", { campaignId: "", accountId: "x" }, undefined, rules)).toBe(true);
    expect(ruleMatches("creator", { campaignId: "", accountId: "x" }, { kind: "self", followers: 0 }, rules)).toBe(false);
    expect(ruleMatches("shelf", { campaignId: "c", accountId: "" }, undefined, rules)).toBe(true);
  });

  it("knows Top-KOL after Alliance can never decide", () => {
    expect(unreachableRules(DEFAULT_RULE_ORDER)).toEqual([]);
    expect(unreachableRules(["campaign", "self", "creator", "top_kol", "shelf"])).toEqual(["top_kol"]);
  });
});
