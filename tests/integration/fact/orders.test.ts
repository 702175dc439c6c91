// The order drill-down and "why is this order here?" on the fixture.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { orderFiltersSchema } from "../../../app/domain/fact/order-filters";
import { pillarSettingsOf } from "../../../app/domain/fact/pillar-settings";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { explainOrder, ordersPage } from "../../../app/services/fact/orders.server";
import { applySettings } from "../../../app/services/fact/settings.server";
import { factOverview } from "../../../app/services/fact/overview.server";
import { memoryDb } from "../../helpers/db";
import { FIXTURE_RANGE as range, seedFixture } from "./fixture";

let db: Db;
let m: MerchantContext;
beforeEach(() => {
  db = memoryDb();
  m = seedFixture(db);
});

const filters = (q: Record<string, string>) => orderFiltersSchema.parse(q);

describe("orders behind a figure", () => {
  it("lists, for each pillar, exactly the orders its GMV sums", () => {
    const o = factOverview(db, m, range, "day");
    for (const p of ["F", "A", "C", "T", "S"]) {
      const page = ordersPage(db, m, filters({ pillar: p }), range);
      const figure = o.summary.find((r) => r.pillar === p)!;
      expect(page.total, p).toEqual({ orders: figure.orders, gmv: figure.gmv });
    }
  });

  it("filters by account, campaign, content and 'none'", () => {
    expect(ordersPage(db, m, filters({ account: "kol-mid" }), range).rows.map((r) => r.orderId)).toEqual(["o7", "o5"]);
    expect(ordersPage(db, m, filters({ campaign: "camp-1" }), range).total).toEqual({ orders: 2, gmv: 46_000 });
    expect(ordersPage(db, m, filters({ content: "live-1" }), range).rows.map((r) => r.orderId).sort()).toEqual(["o1", "o2"]);
    expect(ordersPage(db, m, filters({ account: "-" }), range).total).toEqual({ orders: 3, gmv: 5_500 });
  });

  it("pages through orders, newest first, and clamps a page past the end", () => {
    const p = ordersPage(db, m, filters({ page: "9" }), range);
    expect(p.pages).toBe(1);
    expect(p.page).toBe(1);
    // o8 and o12 are the newest (paid at the same moment); ties go by order id, newest first
    expect(p.rows.slice(0, 2).map((r) => r.orderId)).toEqual(["o8", "o12"]);
    expect(p.rows.some((r) => r.orderId === "o11")).toBe(false);
  });

  it("ignores filters it cannot read", () => {
    expect(filters({ pillar: "X", from: "yesterday", page: "-3" })).toMatchObject({ pillar: undefined, from: undefined, page: 1 });
  });
});

describe("why is this order here?", () => {
  it("explains an order found through its content's views", () => {
    const e = explainOrder(db, m, "o2")!;
    expect(e.pillar).toBe("F");
    expect(e.rule).toBe("self");
    expect(e.foundBy).toMatchObject({ kind: "content", accountId: "self-a", contentId: "live-1", origin: { accountId: "self-a", contentType: "live" } });
    expect(e.explanation).toContain("through content live-1");
    expect(e.steps.filter((s) => s.matched).map((s) => s.rule)).toEqual(["self"]);
    expect(e.stale).toBe(false);
  });

  it("explains the Top-KOL rule, and Alliance after the threshold rises", async () => {
    const t = explainOrder(db, m, "o4")!;
    expect(t.pillar).toBe("T");
    expect(t.explanation).toContain("at or above the Top-KOL threshold of 1,000,000");
    expect(t.steps.map((s) => [s.rule, s.matched, s.decided])).toEqual([
      ["campaign", false, false], ["self", false, false], ["top_kol", true, true], ["creator", true, false], ["shelf", false, false],
    ]);
    const { merchant } = await applySettings(db, m, { ...pillarSettingsOf(m.settings), topKolThreshold: 3_000_000 });
    const a = explainOrder(db, merchant, "o4")!;
    expect(a.pillar).toBe("A");
    expect(a.order.pillar).toBe("A");
    expect(a.explanation).toContain("below the Top-KOL threshold of 3,000,000");
  });

  it("explains campaign, unknown-account and shelf orders", () => {
    expect(explainOrder(db, m, "o7")).toMatchObject({ pillar: "C", rule: "campaign", campaign: { name: "Spring sale" } });
    const ghost = explainOrder(db, m, "o6")!;
    expect(ghost).toMatchObject({ pillar: "A", foundBy: { kind: "own", accountId: "ghost" }, account: undefined });
    expect(ghost.explanation).toContain("not in the accounts file");
    const shelf = explainOrder(db, m, "o9")!;
    expect(shelf).toMatchObject({ pillar: "S", rule: "shelf", foundBy: { kind: "none" } });
    expect(explainOrder(db, m, "o11")!.counted).toBe(false);
    expect(explainOrder(db, m, "nope")).toBeUndefined();
  });

  it("notices when a stored pillar disagrees with the settings", () => {
    const e = explainOrder(db, { ...m, settings: { ...m.settings, topKolThreshold: 5_000_000 } }, "o4")!;
    expect(e.stale).toBe(true);
  });
});
