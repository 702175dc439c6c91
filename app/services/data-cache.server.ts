// Page figures kept per merchant data version. A merchant's figures change only when its data
// version does: every import, undo, re-derivation, phase-definition or campaign-calendar change
// bumps it in the same transaction as the rows and rollups, and its settings are part of the key.
// So a page asked again for the same range (the morning rush on the overview, a phone reopening
// a pillar) answers from memory, and the first request after a change recomputes. Kept per
// database handle (each worker process has its own), the most recently used few hundred.
//
// A page whose figures take long to compute at scale (the overview's distinct buyers: seconds at
// 10M orders) is also computed ahead after each import, in the background warm-up process, and
// stored in the database (`page_cache`) with its data version: a worker that has not computed it
// yet reads it from there.
import type { Db } from "../../db/client";
import { readPageCache, writePageCache } from "../queries/page-cache.server";
import { dataVersionOf } from "../queries/rollups/chunks.server";
import type { MerchantContext } from "./merchants.server";

const ENTRIES_PER_DB = 256;
const kept = new WeakMap<Db, Map<string, unknown>>();

/**
 * `compute()`'s result for this merchant's data version, settings and `key` (the page's name and
 * every argument that shapes its figures: range, split, scope…), computed once.
 */
export function forDataVersion<R>(db: Db, merchant: MerchantContext, key: readonly unknown[], compute: () => R, o: { stored?: boolean } = {}): R {
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
  const stored = o.stored ? readPageCache(db, merchant.id, storedKey(merchant, key), merchant.dataVersion) : undefined;
  const fresh = stored !== undefined ? (JSON.parse(stored) as R) : compute();
  if (mine.size >= ENTRIES_PER_DB) mine.delete(mine.keys().next().value as string);
  mine.set(k, fresh);
  return fresh;
}

const storedKey = (merchant: MerchantContext, key: readonly unknown[]) => JSON.stringify([merchant.settings, key]);

/**
 * Computes a page's figures ahead and stores them with the merchant's data version, for every
 * worker to read (`forDataVersion(…, { stored: true })`). Run by the warm-up after an import.
 * Figures already stored for this version are kept: true when it computed them.
 */
export function storeForDataVersion(db: Db, merchant: MerchantContext, key: readonly unknown[], compute: () => unknown): boolean {
  if (readPageCache(db, merchant.id, storedKey(merchant, key), merchant.dataVersion) !== undefined) return false;
  // computed in one read snapshot of that very version: an import landing meanwhile is not half in it
  const result = db.$client.transaction(() => (dataVersionOf(db, merchant.id) === merchant.dataVersion ? JSON.stringify(compute()) : null))();
  if (result === null) return false;
  writePageCache(db, { merchantId: merchant.id, cacheKey: storedKey(merchant, key), dataVersion: merchant.dataVersion, result, createdAt: Date.now() });
  return true;
}
