// Page figures per data version (services/data-cache.server.ts): asked again they come from
// memory; a new data version, other settings, another key or another database handle compute
// afresh; the least recently used go first when the memory is full.
import { describe, expect, it } from "vitest";
import { bumpDataVersion } from "../../app/queries/merchants.server";
import { forDataVersion } from "../../app/services/data-cache.server";
import { findMerchant } from "../../app/services/merchants.server";
import { makeMerchant, memoryDb } from "../helpers/db";

describe("page figures per data version", () => {
  it("computes once per version, settings and key, per database handle", () => {
    const db = memoryDb();
    const other = memoryDb();
    makeMerchant(db);
    let runs = 0;
    const page = (m: ReturnType<typeof findMerchant> & {}, key: unknown[], on = db) => forDataVersion(on, m, key, () => ({ run: ++runs }));
    const m1 = findMerchant(db, "shop")!;
    const first = page(m1, ["field", { from: "2026-06-01", to: "2026-06-30" }]);
    expect(page(m1, ["field", { from: "2026-06-01", to: "2026-06-30" }])).toBe(first);
    expect(runs).toBe(1);

    // another range, another page: their own figures
    page(m1, ["field", { from: "2026-06-01", to: "2026-06-29" }]);
    page(m1, ["alliance", { from: "2026-06-01", to: "2026-06-30" }]);
    expect(runs).toBe(3);

    // other settings (a Top-KOL threshold being tried) are other figures
    page({ ...m1, settings: { ...m1.settings, topKolThreshold: m1.settings.topKolThreshold + 1 } }, ["field", { from: "2026-06-01", to: "2026-06-30" }]);
    expect(runs).toBe(4);

    // an import (any change that bumps the version) is seen at once
    bumpDataVersion(db, m1.id);
    const m2 = findMerchant(db, "shop")!;
    expect(page(m2, ["field", { from: "2026-06-01", to: "2026-06-30" }])).toEqual({ run: 5 });

    // another handle (another worker's connection, a test's database) keeps its own
    expect(page(m2, ["field", { from: "2026-06-01", to: "2026-06-30" }], other)).toEqual({ run: 6 });
    db.$client.close();
    other.$client.close();
  });

  it("forgets the least recently used first, keeping what is asked for", () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    let runs = 0;
    const page = (i: number) => forDataVersion(db, m, ["p", i], () => ++runs);
    page(0);
    for (let i = 1; i < 300; i++) {
      page(i);
      page(0); // asked all the time: never forgotten
    }
    expect(runs).toBe(300);
    expect(page(0)).toBe(1);
    // the earliest of the others were forgotten and are computed again
    expect(page(1)).toBe(301);
    db.$client.close();
  });
});
