import { describe, expect, it } from "vitest";
import { previewPillars } from "../../../app/domain/fact/preview";
import { DEFAULT_RULE_ORDER, type KnownAccount } from "../../../app/domain/pillars";

const accounts = new Map<string, KnownAccount>([
  ["self", { kind: "self", followers: 100 }],
  ["big", { kind: "creator", followers: 1_500_000 }],
  ["small", { kind: "creator", followers: 50_000 }],
]);
const groups = [
  { withCampaign: false, accountId: "self", gmv: 1000, orders: 10 },
  { withCampaign: false, accountId: "big", gmv: 700, orders: 7 },
  { withCampaign: true, accountId: "big", gmv: 300, orders: 3 },
  { withCampaign: false, accountId: "small", gmv: 200, orders: 2 },
  { withCampaign: false, accountId: "", gmv: 100, orders: 1 },
];
const defaults = { ruleOrder: DEFAULT_RULE_ORDER, topKolThreshold: 1_000_000 };

describe("settings preview", () => {
  it("moves a creator below a raised threshold from T to A", () => {
    const p = previewPillars(groups, accounts, defaults, { ...defaults, topKolThreshold: 2_000_000 });
    const by = Object.fromEntries(p.pillars.map((x) => [x.pillar, x]));
    expect(by.T).toMatchObject({ beforeGmv: 700, afterGmv: 0, beforeOrders: 7, afterOrders: 0 });
    expect(by.A).toMatchObject({ beforeGmv: 200, afterGmv: 900 });
    expect(by.C).toMatchObject({ beforeGmv: 300, afterGmv: 300 });
    expect(p.moves).toEqual([{ from: "T", to: "A", gmv: 700, orders: 7, accounts: ["big"] }]);
    expect(p.movedGmv).toBe(700);
    expect(p.movedOrders).toBe(7);
  });

  it("moves campaign orders out of C when Campaign comes last but one", () => {
    const p = previewPillars(groups, accounts, defaults, { ...defaults, ruleOrder: ["self", "top_kol", "creator", "campaign", "shelf"] });
    expect(p.moves).toEqual([{ from: "C", to: "T", gmv: 300, orders: 3, accounts: ["big"] }]);
  });

  it("changes nothing when nothing moves, and totals are kept", () => {
    const p = previewPillars(groups, accounts, defaults, defaults);
    expect(p.moves).toEqual([]);
    const before = p.pillars.reduce((s, x) => s + x.beforeGmv, 0);
    const after = p.pillars.reduce((s, x) => s + x.afterGmv, 0);
    expect(before).toBe(2300);
    expect(after).toBe(2300);
  });

  it("lists all five pillars for a merchant without sales", () => {
    const p = previewPillars([], accounts, defaults, { ...defaults, topKolThreshold: 0 });
    expect(p.pillars.map((x) => x.pillar)).toEqual(["F", "A", "C", "T", "S"]);
    expect(p.movedGmv).toBe(0);
  });
});
