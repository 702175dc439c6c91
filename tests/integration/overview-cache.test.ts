// The overview keeps its figures per data version: asked again it answers the same, and after an
// import (or any change that bumps the version) it shows the new data, never the old.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { undoBatch } from "../../app/services/import/batches.server";
import { importFile } from "../../app/services/import/import.server";
import { findMerchant } from "../../app/services/merchants.server";
import { overview, warmOverview } from "../../app/services/overview.server";
import { rangeFromUrl } from "../../app/services/page-range.server";
import { makeMerchant, tempDbPath } from "../helpers/db";

const fixture = join(import.meta.dirname, "..", "fixtures", "import", "orders.csv");

describe("the overview's figures per data version", () => {
  it("are the same when asked again and follow an import at once", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      makeMerchant(db);
      expect((await importFile(db, findMerchant(db, "shop")!, { kind: "orders", path: fixture })).status).toBe("done");
      const url = new URL("http://x/m/shop?from=2024-06-01&to=2024-06-30");
      const m1 = findMerchant(db, "shop")!;
      const first = overview(db, m1, rangeFromUrl(db, m1, url));
      expect(overview(db, m1, rangeFromUrl(db, m1, url))).toEqual(first);

      const more = join(path, "..", "more.csv");
      writeFileSync(more, "order_id,paid_at,gmv,quantity,channel,buyer_id,status\nX-1,2024-06-14 10:00:00,1000.00,1,mall,B-9001,paid\n");
      expect((await importFile(db, findMerchant(db, "shop")!, { kind: "orders", path: more })).status).toBe("done");
      const m2 = findMerchant(db, "shop")!;
      expect(m2.dataVersion).toBeGreaterThan(m1.dataVersion);
      const after = overview(db, m2, rangeFromUrl(db, m2, url));
      // money in cents
      expect(after.kpis.gmv.current).toBe((first.kpis.gmv.current ?? 0) + 100_000);
      expect(after.kpis.orders.current).toBe((first.kpis.orders.current ?? 0) + 1);
      // another database handle on the same file gets its own figures, not this one's
      const other = openDb(path);
      expect(overview(other, m2, rangeFromUrl(other, m2, url))).toEqual(after);
      other.$client.close();
      db.$client.close();
    } finally {
      cleanup();
    }
  });

  it("anchor the page's range at the data span of the version shown: an import that moves it moves the range, an undo moves it back", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      makeMerchant(db);
      expect((await importFile(db, findMerchant(db, "shop")!, { kind: "orders", path: fixture })).status).toBe("done");
      const home = new URL("http://x/m/shop");
      const m1 = findMerchant(db, "shop")!;
      const before = rangeFromUrl(db, m1, home);
      expect(rangeFromUrl(db, m1, home)).toEqual(before);

      const later = join(path, "..", "later.csv");
      writeFileSync(later, "order_id,paid_at,gmv,quantity,channel,buyer_id,status\nL-1,2025-03-02 10:00:00,10.00,1,mall,B-9002,paid\n");
      const report = await importFile(db, findMerchant(db, "shop")!, { kind: "orders", path: later });
      expect(report.status).toBe("done");
      const m2 = findMerchant(db, "shop")!;
      const moved = rangeFromUrl(db, m2, home);
      expect(moved.span).toEqual({ from: before.span!.from, to: "2025-03-02" });
      expect(moved.to).toBe("2025-03-02");

      undoBatch(db, m2, report.batchId!);
      const m3 = findMerchant(db, "shop")!;
      expect(rangeFromUrl(db, m3, home)).toEqual(before);
      db.$client.close();
    } finally {
      cleanup();
    }
  });

  it("of the default range are computed ahead after an import and read by every worker, for that data version only", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      makeMerchant(db);
      expect((await importFile(db, findMerchant(db, "shop")!, { kind: "orders", path: fixture })).status).toBe("done");
      const m1 = findMerchant(db, "shop")!;
      warmOverview(db, m1);
      const stored = db.$client.prepare("SELECT data_version AS v, result FROM page_cache WHERE merchant_id = ?").all(m1.id) as { v: number; result: string }[];
      expect(stored).toHaveLength(1);
      expect(stored[0].v).toBe(m1.dataVersion);
      const home = new URL("http://x/m/shop");
      expect(JSON.parse(stored[0].result)).toEqual(overview(db, m1, rangeFromUrl(db, m1, home)));

      // another worker (another handle) takes the stored figures rather than computing them: marked
      // here so the test can tell
      const marked = JSON.parse(stored[0].result) as ReturnType<typeof overview>;
      marked.kpis.orders.current = -1;
      db.$client.prepare("UPDATE page_cache SET result = ? WHERE merchant_id = ?").run(JSON.stringify(marked), m1.id);
      const worker = openDb(path);
      expect(overview(worker, m1, rangeFromUrl(worker, m1, home)).kpis.orders.current).toBe(-1);

      // after the next import the stored figures are of an old version: never shown
      const more = join(path, "..", "more.csv");
      writeFileSync(more, "order_id,paid_at,gmv,quantity,channel,buyer_id,status\nX-2,2024-06-14 10:00:00,1000.00,1,mall,B-9002,paid\n");
      expect((await importFile(db, findMerchant(db, "shop")!, { kind: "orders", path: more })).status).toBe("done");
      const m2 = findMerchant(db, "shop")!;
      const fresh = overview(worker, m2, rangeFromUrl(worker, m2, home));
      expect(fresh.kpis.orders.current).toBeGreaterThan(0);
      worker.$client.close();
      db.$client.close();
    } finally {
      cleanup();
    }
  });
});
