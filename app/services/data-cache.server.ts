// Page figures kept per merchant data version. A merchant's figures change only when its data
// version does: every import, undo, re-derivation, phase-definition or campaign-calendar change
// bumps it in the same transaction as the rows and rollups, and its settings are part of the key.
// So a page asked again for the same range (the morning rush on the overview, a phone reopening
// a pillar) answers from memory, and the first request after a change recomputes. Kept per
// database handle (each worker process has its own), the most recently used few hundred.
import type { Db } from "../../db/client";
import type { MerchantContext } from "./merchants.server";

const ENTRIES_PER_DB = 256;
const kept = new WeakMap<Db, Map<string, unknown>>();

/**
 * `compute()`'s result for this merchant's data version, settings and `key` (the page's name and
 * every argument that shapes its figures: range, split, scope…), computed once.
 */
export function forDataVersion<R>(db: Db, merchant: MerchantContext, key: readonly unknown[], compute: () => R): R {
  const k = JSON.stringify([merchant.id, merchant.dataVersion, merchant.settings, key]);
  let mine = kept.get(db);
  if (!mine) kept.set(db, (mine = new Map()));
  if (mine.has(k)) {
    const hit = mine.get(k) as R;
    // most recently used last: the oldest is the first to go
    mine.delete(k);
    mine.set(k, hit);
    return hit;
  }
  const fresh = compute();
  if (mine.size >= ENTRIES_PER_DB) mine.delete(mine.keys().next().value as string);
  mine.set(k, fresh);
  return fresh;
}
