// The overview keeps its figures per data version: asked again it answers the same, and after an
// import (or any change that bumps the version) it shows the new data, never the old.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { importFile } from "../../app/services/import/import.server";
import { findMerchant } from "../../app/services/merchants.server";
import { overview } from "../../app/services/overview.server";
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
});
