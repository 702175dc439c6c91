// The pillar an import writes with each row is the one the derive pass would give it, so the
// pass after the import has nothing left to write; and the rollups it adds up equal a rebuild.
import { describe, expect, it } from "vitest";
import { STORED_COLUMNS } from "../../../app/domain/import/rows";
import { importAttributor } from "../../../app/services/derive.server";
import { rebuildRollups } from "../../../app/queries/rollups/rebuild.server";
import { importFile } from "../../../app/services/import/import.server";
import { findMerchant, type MerchantContext } from "../../../app/services/merchants.server";
import { seedDemo } from "../../../seeds/demo.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { fixture } from "./helpers";

function check(db: ReturnType<typeof memoryDb>, merchant: MerchantContext, kind: "orders" | "views") {
  const cols = STORED_COLUMNS[kind];
  const attributor = importAttributor(db, merchant, kind, (c) => cols.indexOf(c));
  const rows = db.$client.prepare(`SELECT * FROM ${kind} WHERE merchant_id = ?`).all(merchant.id) as Record<string, string | number | null>[];
  expect(rows.length).toBeGreaterThan(0);
  let mismatches = 0;
  for (const r of rows) {
    const inline = attributor.of(cols.map((c) => r[c]));
    const derived = attributor.columns.map((c) => r[c]);
    if (JSON.stringify(inline) !== JSON.stringify(derived)) mismatches++;
  }
  return mismatches;
}

describe("attribution written with each imported row", () => {
  it("matches the derive pass on the contract's fixture files", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    for (const kind of ["accounts", "campaigns", "views", "orders", "reviews"] as const) {
      await importFile(db, m, { kind, path: fixture(`${kind}.csv`) });
    }
    expect(check(db, m, "orders")).toBe(0);
    expect(check(db, m, "views")).toBe(0);
  });

  it("matches the derive pass on the demo merchant, orders found through their content included", async () => {
    const db = memoryDb();
    await seedDemo(db);
    const demo = findMerchant(db, "demo")!;
    const viaContent = db.$client
      .prepare("SELECT COUNT(*) AS n FROM orders WHERE merchant_id = ? AND account_id = '' AND attributed_account_id <> ''")
      .get(demo.id) as { n: number };
    expect(viaContent.n).toBeGreaterThan(100);
    expect(check(db, demo, "orders")).toBe(0);
    expect(check(db, demo, "views")).toBe(0);
    // and the rollups its orders import added up as it went equal a rebuild (decision 007)
    const rollups = () =>
      JSON.stringify([
        db.$client.prepare("SELECT * FROM segment_day ORDER BY merchant_id, day, pillar, campaign_id, account_id, content_id").all(),
        db.$client.prepare("SELECT * FROM pillar_day ORDER BY merchant_id, day, pillar").all(),
      ]);
    const stored = rollups();
    rebuildRollups(db, demo.id);
    expect(rollups()).toBe(stored);
  });
});
