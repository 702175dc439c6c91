// Property: for random valid data and any sequence of imports, undos and settings changes, every
// rollup figure equals a recount from the raw rows (pillars decided afresh, rollups rebuilt),
// the day totals equal a sum of the orders, and undoing the latest batch right after it restores
// the state before it exactly.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { RULE_IDS } from "../../../app/domain/pillars";
import { pillarSettingsOf } from "../../../app/domain/fact/pillar-settings";
import { applySettings } from "../../../app/services/fact/settings.server";
import { refreshDerived } from "../../../app/services/derive.server";
import { importFile } from "../../../app/services/import/import.server";
import { undoBatch } from "../../../app/services/import/batches.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { rebuildRollups } from "../../../app/queries/rollups/rebuild.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { dumpValues, rollupDump } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "factloop-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACCOUNTS = ["S1", "K1", "K2", "C1"];
const orderRow = fc.record({
  id: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 5 }),
  gmv: fc.integer({ min: 1, max: 50_000 }),
  channel: fc.constantFrom("live", "video", "mall", "search"),
  account: fc.constantFrom("", ...ACCOUNTS),
  content: fc.constantFrom("", "V1", "V2"),
  status: fc.constantFrom("paid", "paid", "refunded", "cancelled"),
});
const accountRow = fc.record({
  id: fc.constantFrom(...ACCOUNTS),
  kind: fc.constantFrom("self", "creator"),
  followers: fc.integer({ min: 0, max: 2_000_000 }),
});
const op = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant("orders" as const), rows: fc.uniqueArray(orderRow, { minLength: 1, maxLength: 8, selector: (r) => r.id }) }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant("accounts" as const), rows: fc.uniqueArray(accountRow, { minLength: 1, maxLength: 4, selector: (r) => r.id }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant("undo" as const) }), weight: 2 },
  {
    arbitrary: fc.record({ t: fc.constant("settings" as const), threshold: fc.integer({ min: 0, max: 2_000_000 }), order: fc.shuffledSubarray([...RULE_IDS], { minLength: RULE_IDS.length }) }),
    weight: 1,
  },
);

let file = 0;
function csv(header: string, lines: string[]): string {
  const path = join(dir, `f${++file}.csv`);
  writeFileSync(path, `${header}\n${lines.join("\n")}\n`);
  return path;
}

function rollups(db: Db): string {
  return rollupDump(db);
}

/** Every figure as stored, and as a recount from the raw rows gives it (rolled back after). */
function storedAndRecounted(db: Db, slug: string): [string, string] {
  const merchant = findMerchant(db, slug)!;
  const stored = `${dumpValues(db)}\n${rollups(db)}`;
  db.$client.exec("SAVEPOINT recount");
  refreshDerived(db, merchant, { kind: "all" });
  rebuildRollups(db, merchant.id);
  const recounted = `${dumpValues(db)}\n${rollups(db)}`;
  db.$client.exec("ROLLBACK TO recount");
  db.$client.exec("RELEASE recount");
  return [stored, recounted];
}

describe("imports, undos and settings in any order", () => {
  it("keep every rollup equal to a recount, and undo restores exactly", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        const db = memoryDb();
        const shop = makeMerchant(db);
        const done: { id: number; before: string; fresh: boolean }[] = [];
        try {
          for (const o of ops) {
            const merchant = findMerchant(db, shop.slug)!;
            if (o.t === "orders" || o.t === "accounts") {
              const before = dumpValues(db);
              const path =
                o.t === "orders"
                  ? csv(
                      "order_id,paid_at,gmv,channel,account_id,content_id,status",
                      o.rows.map((r) => `O${r.id},2024-06-0${r.day} 10:00:00,${(r.gmv / 100).toFixed(2)},${r.channel},${r.account},${r.content},${r.status}`),
                    )
                  : csv("account_id,kind,followers", o.rows.map((r) => `${r.id},${r.kind},${r.followers}`));
              const r = await importFile(db, merchant, { kind: o.t, path });
              expect(r.status, JSON.stringify(r.errors)).toBe("done");
              for (const d of done) d.fresh = false;
              done.push({ id: r.batchId!, before, fresh: true });
            } else if (o.t === "undo") {
              const last = done.pop();
              if (!last) continue;
              const r = undoBatch(db, merchant, last.id);
              expect(r.ok, JSON.stringify(r)).toBe(true);
              if (last.fresh) expect(dumpValues(db)).toBe(last.before);
            } else {
              const current = pillarSettingsOf(merchant.settings);
              await applySettings(db, merchant, { ...current, topKolThreshold: o.threshold, ruleOrder: o.order });
              for (const d of done) d.fresh = false;
            }
            const [stored, recounted] = storedAndRecounted(db, shop.slug);
            expect(stored).toBe(recounted);
            // the day totals are the orders' own sums (a cancelled order counts in none)
            const off = db.$client
              .prepare(
                `SELECT o.day, o.gmv, p.gmv AS rolled FROM (SELECT day, sum(gmv) AS gmv FROM orders WHERE status <> 'cancelled' GROUP BY day) o
                 LEFT JOIN (SELECT day, sum(gmv) AS gmv FROM pillar_day GROUP BY day) p USING (day) WHERE p.gmv IS NOT o.gmv`,
              )
              .all();
            expect(off).toEqual([]);
          }
        } finally {
          db.$client.close();
        }
      }),
      { numRuns: 100, seed: 20240618 },
    );
  }, 180_000);
});
