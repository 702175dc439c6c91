// Re-derivation at scale (docs/decisions/009): a full re-derivation in day-range chunks, and a
// settings change that re-derives only the accounts it moves, leave every pillar and every rollup
// exactly as a recount from the rows in one pass gives them; the order drill-down pages by keyset
// through exactly the matching orders and counts them from the rollups.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { pillarSettingsOf } from "../../../app/domain/fact/pillar-settings";
import { orderFiltersSchema, type OrderFilters } from "../../../app/domain/fact/order-filters";
import { refreshAll, refreshAllInTurns, refreshDerived, refreshForSettings } from "../../../app/services/derive.server";
import { withWriter } from "../../../app/services/jobs/writer-queue.server";
import { setRederiveThrough, updateMerchantSettings } from "../../../app/queries/merchants.server";
import { chunkDays } from "../../../app/queries/rollups/chunks.server";
import { resumeRederivations } from "../../../app/services/fact/settings-job.server";
import { applySettings } from "../../../app/services/fact/settings.server";
import { ordersPage } from "../../../app/services/fact/orders.server";
import { findMerchant, type MerchantContext } from "../../../app/services/merchants.server";
import { withPillarSettings } from "../../../app/domain/fact/pillar-settings";
import { writeSyntheticMerchant } from "../../../bench/lib/synthetic";
import { memoryDb } from "../../helpers/db";
import { rollupDump } from "../import/helpers";

let db: Db;
let m: MerchantContext;

function derivedState(db: Db): string {
  const orders = db.$client.prepare("SELECT order_id, attributed_account_id, pillar, pillar_rule FROM orders ORDER BY order_id").all();
  const views = db.$client.prepare("SELECT content_id, day, pillar, pillar_rule FROM views ORDER BY content_id, day").all();
  return `${JSON.stringify(orders)}\n${JSON.stringify(views)}\n${rollupDump(db)}`;
}

/** The state as a one-pass recount gives it (rolled back after). */
function recounted(db: Db): string {
  db.$client.exec("SAVEPOINT recount");
  refreshDerived(db, findMerchant(db, m.slug)!, { kind: "all" });
  const state = derivedState(db);
  db.$client.exec("ROLLBACK TO recount");
  db.$client.exec("RELEASE recount");
  return state;
}

beforeEach(() => {
  db = memoryDb();
  const w = writeSyntheticMerchant(db, "big", 4000, 7);
  const c = db.$client;
  // what the generator does not make: a creator no accounts file names, an order sold live
  // without an account, and a review written before its order (its order is on a later day)
  c.prepare(
    `INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, channel, content_id, account_id, campaign_id, buyer_id, status, sales_source, batch_id)
     VALUES (?, 'X1', 1790000000000, '2026-09-20', 5000, 'video', '', 'ghost', '', 'bx', 'paid', '', 0),
            (?, 'X2', 1790000000000, '2026-09-21', 7000, 'live', '', '', '', 'bx', 'paid', 'alliance', 0),
            (?, 'X3', 1790000000000, '2026-10-30', 9000, 'video', '', 'kol-0001', 'C-D11', 'bx', 'paid', '', 0)`,
  ).run(w.merchant.id, w.merchant.id, w.merchant.id);
  c.prepare(
    `INSERT INTO reviews (merchant_id, review_id, created_at, day, rating, order_id, buyer_id, batch_id)
     VALUES (?, 'RX', 1780000000000, '2026-01-05', 5, 'X3', 'bx', 0)`,
  ).run(w.merchant.id);
  m = findMerchant(db, "big")!;
});

describe("a full re-derivation in chunks", () => {
  it("equals a recount in one pass, and bumps the data version once", () => {
    const version = m.dataVersion;
    const chunks: number[] = [];
    refreshAll(db, m, { chunkRows: 300, onChunk: (c) => chunks.push(c.chunk) });
    expect(chunks.length).toBeGreaterThan(5);
    expect(derivedState(db)).toBe(recounted(db));
    expect(findMerchant(db, "big")!.dataVersion).toBe(version + 1);
    // the review written before its order counts under the order's creator
    const r = db.$client.prepare("SELECT account_id, reviews FROM segment_day WHERE day = '2026-01-05' AND reviews > 0 AND campaign_id = 'C-D11'").get();
    expect(r).toEqual({ account_id: "kol-0001", reviews: 1 });
  });
});

describe("a full re-derivation under the writer queue", () => {
  it("gives the writer's turn to a job waiting between chunks, and still equals a recount", async () => {
    const version = m.dataVersion;
    const events: string[] = [];
    let chunk = 0;
    const refresh = withWriter(db, { kind: "settings", merchant: "big", label: "re-derivation" }, async (_id, turn) => {
      const give = async () => {
        const ran = await turn.give();
        events.push(`gave ${ran}`);
        return ran;
      };
      await refreshAllInTurns(db, m, give, { chunkRows: 300, onChunk: (c) => events.push(`chunk ${(chunk = c.chunk)}`) });
    });
    // another merchant's import, queued once the re-derivation has its turn
    const other = withWriter(db, { kind: "import", merchant: "other", label: "another import" }, () => {
      events.push(`other job after chunk ${chunk}`);
    });
    await Promise.all([refresh, other]);
    expect(events.slice(0, 3)).toEqual(["chunk 1", "other job after chunk 1", "gave true"]);
    // with nobody waiting, the turn is kept
    expect(events.slice(3).filter((e) => e.startsWith("gave"))).toEqual(events.slice(3).filter((e) => e.startsWith("gave")).map(() => "gave false"));
    expect(events.filter((e) => e.startsWith("chunk")).length).toBeGreaterThan(5);
    expect(derivedState(db)).toBe(recounted(db));
    expect(findMerchant(db, "big")!.dataVersion).toBe(version + 1);
  });
});

describe("a whole re-derivation a killed process left half done", () => {
  it("marks how far its chunks got; resuming derives the days after it to a recount, with one version bump", async () => {
    const before = findMerchant(db, "big")!;
    const settings = withPillarSettings(before.settings, { ...pillarSettingsOf(before.settings), ruleOrder: ["self", "campaign", "top_kol", "creator", "shelf"] });
    // as refreshForSettings saves a change that moves every row: the settings and the mark together
    db.$client.transaction(() => {
      updateMerchantSettings(db, before.id, JSON.stringify(settings));
      setRederiveThrough(db, before.id, "");
    })();
    const after = findMerchant(db, "big")!;
    const total = chunkDays(db, before.id, 300).length;
    const done: string[] = [];
    let gives = 0;
    // the process dies after its second chunk
    const die = async () => {
      if (++gives === 2) throw new Error("killed");
      return false;
    };
    await expect(refreshAllInTurns(db, after, die, { chunkRows: 300, onChunk: (c) => done.push(c.through) })).rejects.toThrow("killed");
    expect(done).toHaveLength(2);
    expect(findMerchant(db, "big")!.rederiveThrough).toBe(done[1]);
    // half under the old rules, half under the new
    expect(derivedState(db)).not.toBe(recounted(db));

    const version = findMerchant(db, "big")!.dataVersion;
    const chunks: number[] = [];
    expect(await resumeRederivations(db, { chunkRows: 300, onChunk: (c) => chunks.push(c.chunk) })).toEqual(["big"]);
    expect(chunks).toHaveLength(total - 2);
    expect(findMerchant(db, "big")!.rederiveThrough).toBeNull();
    expect(derivedState(db)).toBe(recounted(db));
    expect(findMerchant(db, "big")!.dataVersion).toBe(version + 1);
    // nothing left to resume
    expect(await resumeRederivations(db)).toEqual([]);
  });

  it("a settings change that re-derives everything clears its mark when it ends", async () => {
    const before = findMerchant(db, "big")!;
    const next = { ...pillarSettingsOf(before.settings), liveWithoutAccount: "field" as const };
    const { merchant } = await applySettings(db, before, next);
    expect(merchant.settings).not.toEqual(before.settings);
    expect(findMerchant(db, "big")!.rederiveThrough).toBeNull();
    expect(derivedState(db)).toBe(recounted(db));
  });
});

describe("a settings change", () => {
  beforeEach(() => refreshAll(db, m));

  it("that moves some creators re-derives only them, and equals a recount", async () => {
    const before = findMerchant(db, "big")!;
    const next = { ...pillarSettingsOf(before.settings), topKolThreshold: 3_000_000 };
    const after = { ...before, settings: withPillarSettings(before.settings, next) };
    const moved = db.$client.prepare("SELECT COUNT(*) FROM orders WHERE pillar = 'T'").pluck().get() as number;
    expect(moved).toBeGreaterThan(0);
    expect(await refreshForSettings(db, before, after, () => {})).toBe("accounts");
    expect(derivedState(db)).not.toBe("");
    // compare with the recount under the new settings (the save above was a no-op, so recount with them)
    db.$client.prepare("UPDATE merchants SET settings = ? WHERE id = ?").run(JSON.stringify(after.settings), before.id);
    expect(derivedState(db)).toBe(recounted(db));
  });

  it("through applySettings, threshold and rule order, keeps every rollup equal to a recount", async () => {
    let merchant = findMerchant(db, "big")!;
    for (const change of [
      { topKolThreshold: 500_000 },
      { topKolThreshold: 8_000_000 },
      { ruleOrder: ["self", "campaign", "top_kol", "creator", "shelf"] as const },
      { liveWithoutAccount: "field" as const },
    ]) {
      merchant = (await applySettings(db, merchant, { ...pillarSettingsOf(merchant.settings), ...change } as ReturnType<typeof pillarSettingsOf>)).merchant;
      expect(derivedState(db), JSON.stringify(change)).toBe(recounted(db));
    }
  });
});

describe("the order drill-down at depth", () => {
  beforeEach(() => refreshAll(db, m));
  const range = (from: string, to: string) => ({ from, to, preset: "custom" as const, previous: { from, to } });
  const parse = (q: Record<string, string>): OrderFilters => orderFiltersSchema.parse(q);

  it("walks every matching order once, newest first, forward and back, with the count from the rollups", () => {
    const r = range("2026-06-01", "2026-08-31");
    const cases: Record<string, string>[] = [{ pillar: "A" }, {}, { account: "kol-0002" }, { pillar: "S", channel: "mall" }, { campaign: "-" }, { account: "-", pillar: "S" }];
    for (const q of cases) {
      const expected = db.$client
        .prepare(
          `SELECT order_id FROM orders WHERE merchant_id = ? AND day BETWEEN ? AND ? AND status <> 'cancelled'
             ${"pillar" in q ? `AND pillar = '${q.pillar}'` : ""} ${"channel" in q ? `AND channel = '${q.channel}'` : ""}
             ${"account" in q ? `AND attributed_account_id = '${q.account === "-" ? "" : q.account}'` : ""}
             ${"campaign" in q ? `AND campaign_id = '${q.campaign === "-" ? "" : q.campaign}'` : ""}
           ORDER BY day DESC, paid_at DESC, order_id DESC`,
        )
        .pluck()
        .all(m.id, r.from, r.to) as string[];
      const gmv = db.$client
        .prepare(`SELECT COALESCE(SUM(gmv), 0) FROM orders WHERE order_id IN (${expected.map(() => "?").join(",") || "''"}) AND merchant_id = ?`)
        .pluck()
        .get(...expected, m.id);
      const pages: string[][] = [];
      let p = ordersPage(db, m, parse(q), r);
      expect(p.total, JSON.stringify(q)).toEqual({ orders: expected.length, gmv });
      pages.push(p.rows.map((x) => x.orderId));
      while (p.after) {
        p = ordersPage(db, m, parse({ ...q, after: p.after, page: String(p.page + 1) }), r);
        pages.push(p.rows.map((x) => x.orderId));
      }
      expect(pages.flat(), JSON.stringify(q)).toEqual(expected);
      expect(p.page).toBe(Math.max(1, Math.ceil(expected.length / 50)));
      // and back again, page by page
      for (let i = pages.length - 2; i >= 0; i--) {
        expect(p.before).not.toBeNull();
        p = ordersPage(db, m, parse({ ...q, before: p.before!, page: String(p.page - 1) }), r);
        expect(p.rows.map((x) => x.orderId)).toEqual(pages[i]);
      }
      expect(p.before).toBeNull();
    }
  });
});
