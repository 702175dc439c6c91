// A real export that is not Douyin's: Olist's reviews (Brazil), imported through a saved mapping,
// counted against the file itself. The data stays in ../shared beside the project (see its SOURCE.md).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../app/services/import/import.server";
import { saveMapping } from "../../../app/services/import/mappings.server";
import { makeMerchant, memoryDb } from "../../helpers/db";

// relative to the project root, so a clone anywhere finds the shared folder beside it
const OLIST_REVIEWS = resolve(import.meta.dirname, "..", "..", "..", "..", "shared", "datasets", "olist-ecommerce", "olist_order_reviews_dataset.csv");

function olistFile(): string {
  if (!existsSync(OLIST_REVIEWS)) {
    throw new Error(
      `The Olist reviews file is missing: ${OLIST_REVIEWS}. This test reads the shared dataset in place ` +
        "(see ../shared/datasets/olist-ecommerce/SOURCE.md beside the project); it is never copied into the repository.",
    );
  }
  return OLIST_REVIEWS;
}

/** What the file holds, read with csv-parse (not factloop's reader): the first row of each review_id. */
function expected(path: string) {
  const rows = parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];
  const first = new Map<string, Record<string, string>>();
  for (const r of rows) if (!first.has(r.review_id)) first.set(r.review_id, r);
  const ratings: Record<string, number> = {};
  for (const r of first.values()) ratings[r.review_score] = (ratings[r.review_score] ?? 0) + 1;
  const days = [...first.values()].map((r) => r.review_creation_date.slice(0, 10)).sort();
  return { rows: rows.length, distinct: first.size, ratings, firstDay: days[0], lastDay: days[days.length - 1] };
}

describe("Olist reviews through a saved mapping", () => {
  it("imports every review the file holds, and names the repeated review ids", async () => {
    const path = olistFile();
    const want = expected(path);
    // SOURCE.md: 14,944 rows, 20 review ids repeat on different orders
    expect(want.rows).toBe(14_944);
    expect(want.rows - want.distinct).toBe(20);

    const db = memoryDb();
    const m = makeMerchant(db, "olist", "America/Sao_Paulo");
    expect(
      saveMapping(db, m, "reviews", { review_id: "review_id", review_score: "rating", review_creation_date: "created_at" }),
    ).toEqual({ ok: true });

    // all or nothing: the repeated ids stop the file
    const strict = await importFile(db, m, { kind: "reviews", path });
    expect(strict.status).toBe("failed");
    expect(strict.errorCount).toBe(20);
    expect(strict.errors[0].message).toMatch(/^Line \d+: review_id "[0-9a-f]{32}" appears more than once in this file/);
    expect(db.$client.prepare("SELECT COUNT(*) AS n FROM reviews").get()).toEqual({ n: 0 });

    const r = await importFile(db, m, { kind: "reviews", path, skipBadRows: true });
    expect(r.errors.filter((e) => !e.message.includes("appears more than once"))).toEqual([]);
    expect([r.status, r.rowsRead, r.inserted, r.rejected]).toEqual(["done", want.rows, want.distinct, 20]);
    expect(r.columns.filter((c) => c.field)).toEqual([
      { header: "review_id", field: "review_id" },
      { header: "order_id", field: "order_id" },
      { header: "review_score", field: "rating" },
      { header: "review_creation_date", field: "created_at" },
    ]);
    const ratings = Object.fromEntries(
      (db.$client.prepare("SELECT rating, COUNT(*) AS n FROM reviews GROUP BY rating").all() as { rating: number; n: number }[]).map(
        (x) => [String(x.rating), x.n],
      ),
    );
    expect(ratings).toEqual(want.ratings);
    expect(db.$client.prepare("SELECT MIN(day) AS lo, MAX(day) AS hi FROM reviews").get()).toEqual({ lo: want.firstDay, hi: want.lastDay });
    // the orders are not imported: every review names an unknown order and counts in Shelf
    expect(r.warnings.find((w) => w.message.includes("order"))?.count).toBe(want.distinct);
    expect(db.$client.prepare("SELECT SUM(reviews) AS n FROM pillar_day WHERE pillar = 'S'").get()).toEqual({ n: want.distinct });
  });
});
