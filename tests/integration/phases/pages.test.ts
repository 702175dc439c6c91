// The phase pages' services on the hand-worked fixture: funnel with split and focus, the loop,
// confirmation by pillar and repurchase cohorts.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { previousPeriod } from "../../../app/domain/time";
import { refreshAll } from "../../../app/services/derive.server";
import { findMerchant, type MerchantContext } from "../../../app/services/merchants.server";
import { confirmationPage } from "../../../app/services/phases/confirmation-page.server";
import { createInstance } from "i18next";
import { english, translate, type Message } from "../../../app/domain/message";
import { i18nOptions, resources } from "../../../app/i18n/config";
import { ALL } from "../../../app/i18n/messages";
import { funnelPage } from "../../../app/services/phases/funnel-page.server";
import { loopPage } from "../../../app/services/phases/loop-page.server";
import { buyerMonths } from "../../../app/queries/phases/buyer-months.server";
import { memoryDb } from "../../helpers/db";
import { insert, seedPhaseFixture } from "./fixture";

const range = (from: string, to: string) => ({ from, to, preset: "custom" as const, previous: previousPeriod(from, to) });

describe("phase pages", () => {
  let db: Db;
  let m: MerchantContext;

  beforeEach(() => {
    db = memoryDb();
    m = seedPhaseFixture(db);
  });

  it("funnel: this week against the last, split by pillar, trends by day", () => {
    // W24 against W23
    const p = funnelPage(db, m, range("2024-06-10", "2024-06-16"), { split: "pillar" });
    expect(p.steps.map((s) => s.value)).toEqual([3000, 60, 30, 2, 1, 16]);
    expect(p.comparison[0].volume).toEqual({ current: 3000, previous: 4000, change: -0.25 });
    // verification rate 30/60 = 0.5 both weeks; purchase rate 2/30 now, 2/100 before
    expect(p.comparison[2].stepRate.change).toBeCloseTo(0, 12);
    expect(p.comparison[3].stepRate.change).toBeCloseTo(2 / 30 - 2 / 100, 12);
    // connection fell from 200/4000 = 5 % to 60/3000 = 2 %: the biggest new leak (−60 %)
    expect(p.drop?.step.phase).toBe("connection");
    expect(p.drop?.relative).toBeCloseTo(-0.6, 12);
    expect(p.splitRows.map((r) => [r.key, english(ALL, r.label), r.row.exploration])).toEqual([
      ["F", "F · Field", 0],
      ["A", "A · Alliance", 1000],
      ["C", "C · Campaign", 2000],
      ["T", "T · Top-KOL", 0],
      ["S", "S · Shelf", 0],
    ]);
    expect(p.splitRows[2].explorationShare).toBeCloseTo(2000 / 3000, 12);
    expect(p.trendBy).toBe("day");
    expect(p.trend.map((r) => [r.period, r.exploration])).toEqual([
      ["2024-06-10", 3000], ["2024-06-11", 0], ["2024-06-12", 0], ["2024-06-13", 0], ["2024-06-14", 0], ["2024-06-15", 0], ["2024-06-16", 0],
    ]);
  });

  it("funnel: a split value narrows the funnel and trends, with names for accounts", () => {
    const p = funnelPage(db, m, range("2024-06-03", "2024-06-16"), { split: "account", focus: "star" });
    expect(p.focus && { key: p.focus.key, label: english(ALL, p.focus.label) }).toEqual({ key: "star", label: "Star" });
    // star: vid-1 (3000, o2) and camp-1 (2000, o3)
    expect(p.steps.map((s) => s.value)).toEqual([5000, 160, 90, 2, 0, 20]);
    expect(p.trend.reduce((s, r) => s + Number(r.exploration), 0)).toBe(5000);
    expect(english(ALL, p.splitRows.find((r) => r.key === "(none)")!.label)).toBe("No account (shelf)");
    // a focus that is not a value of the split is ignored
    expect(funnelPage(db, m, range("2024-06-03", "2024-06-16"), { split: "account", focus: "nobody" }).focus).toBeNull();
  });

  it("funnel: split values are named in the page's language", () => {
    const ja = createInstance({ ...i18nOptions, lng: "ja", resources });
    void ja.init();
    const say = (label: Message) => translate((k, o) => ja.t(k, o) as string, label);
    const pillars = funnelPage(db, m, range("2024-06-10", "2024-06-16"), { split: "pillar" });
    expect(pillars.splitRows.map((r) => say(r.label))).toEqual(["F · 自社ライブ", "A · 達人マトリクス", "C · キャンペーン", "T · トップKOL", "S · 棚（モール・検索）"]);
    const accounts = funnelPage(db, m, range("2024-06-03", "2024-06-16"), { split: "account", focus: "star" });
    expect(say(accounts.splitRows.find((r) => r.key === "(none)")!.label)).toBe("アカウントなし（棚）");
    // names from the merchant's data stay as they are
    expect(say(accounts.focus!.label)).toBe("Star");
  });

  it("loop: the measures, the picture and whether it grew", () => {
    const p = loopPage(db, m, range("2024-06-10", "2024-06-16"));
    expect(p.growth.ugcReach.current).toBeCloseTo(1000 / 3000, 12);
    expect(p.growth.ugcReach.previous).toBe(0); // no UGC in W23
    expect(p.growth.verdict).toBe("growing");
    expect(p.growth.loopRate.current).toBeCloseTo(16 / 2, 12);
    expect(p.growth.loopRate.previous).toBeCloseTo(21 / 2, 12);
    expect(p.growth.positiveReviewRate.current).toBeCloseTo(1 / 2, 12); // r2 (2), r3 (4)
    expect(p.growth.positiveReviewRate.previous).toBe(1); // r1 (5)
    expect(p.picture.ugcImpressions).toBe(1000);
    expect(p.picture.edges[5]).toMatchObject({ from: "sharing", to: "exploration", kind: "loop" });
    expect(p.trend).toHaveLength(7);
  });

  it("confirmation: kept orders and refunds by pillar", () => {
    const p = confirmationPage(db, m, range("2024-06-03", "2024-06-16"), 12);
    const by = Object.fromEntries(p.byPillar.map((r) => [r.pillar, r]));
    expect(by.ALL).toMatchObject({ orders: 4, kept_orders: 2, kept_rate: 0.5, refunded_orders: 2, refunded_order_rate: 0.5, refunds: 21000 });
    expect(by.T).toMatchObject({ orders: 1, kept_orders: 0, refunds: 20000, refund_rate: 1 });
    expect(by.C).toMatchObject({ orders: 1, kept_orders: 0, refunded_orders: 1, refunds: 1000, refund_rate: 0.2 });
    expect(by.A).toMatchObject({ orders: 0, kept_rate: null, refund_rate: null });
  });

  it("cohorts: buyers by first month, followed to the end of the range", () => {
    insert(db, "orders", [
      { merchant_id: m.id, order_id: "j1", paid_at: 0, day: "2024-07-02", gmv: 100, buyer_id: "b1", batch_id: 2 }, // b1 again
      { merchant_id: m.id, order_id: "j2", paid_at: 0, day: "2024-07-03", gmv: 100, buyer_id: "b3", status: "cancelled", batch_id: 2 }, // does not count
      { merchant_id: m.id, order_id: "j3", paid_at: 0, day: "2024-07-04", gmv: 100, buyer_id: "b5", batch_id: 2 }, // new in July
      { merchant_id: m.id, order_id: "j4", paid_at: 0, day: "2024-07-05", gmv: 100, buyer_id: "", batch_id: 2 }, // cannot be followed
      { merchant_id: m.id, order_id: "j5", paid_at: 0, day: "2024-08-01", gmv: 100, buyer_id: "b2", batch_id: 2 }, // after the range
    ]);
    refreshAll(db, m);
    expect(buyerMonths(db, { merchantId: m.id, through: "2024-07-31" })).toEqual([
      { buyer: "b1", month: "2024-06" }, // o1 and o3: one row
      { buyer: "b1", month: "2024-07" },
      { buyer: "b2", month: "2024-06" }, // a refunded order is still a purchase
      { buyer: "b3", month: "2024-06" },
      { buyer: "b5", month: "2024-07" },
    ]);
    const p = confirmationPage(db, m, range("2024-07-01", "2024-07-31"), 6);
    // six months back would start in 2024-02; data starts in 2024-06
    expect(p.firstCohortIsDataStart).toBe(true);
    expect(p.lastMonthPartial).toBe(false);
    expect(p.cohorts?.cohorts.map((c) => [c.month, c.buyers, c.returned])).toEqual([
      ["2024-06", 3, [1]],
      ["2024-07", 1, [null]],
    ]);
    expect(p.cohorts?.cohorts[0].shares[0]).toBeCloseTo(1 / 3, 12);
    expect(confirmationPage(db, m, range("2024-07-01", "2024-07-20"), 6).lastMonthPartial).toBe(true);
  });
});

describe("cohort results per data version", () => {
  it("recomputes once the data changes", () => {
    const db = memoryDb();
    let m = seedPhaseFixture(db);
    const r = range("2024-06-01", "2024-06-30");
    expect(confirmationPage(db, m, r, 6).cohorts?.cohorts.at(-1)?.buyers).toBe(3);
    insert(db, "orders", [{ merchant_id: m.id, order_id: "n1", paid_at: 0, day: "2024-06-20", gmv: 100, buyer_id: "b7", batch_id: 2 }]);
    refreshAll(db, m); // bumps the data version, as every import does
    m = findMerchant(db, m.slug)!;
    expect(confirmationPage(db, m, r, 6).cohorts?.cohorts.at(-1)?.buyers).toBe(4);
  });
});
