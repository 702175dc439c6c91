import { asc, eq, isNotNull, sql } from "drizzle-orm";
import { perConnection, type Db } from "../../db/client";
import { merchants, type Merchant } from "../../db/schema";

const merchantBySlug = perConnection((db) => db.select().from(merchants).where(eq(merchants.slug, sql.placeholder("slug"))).prepare());

export function getMerchantBySlug(db: Db, slug: string): Merchant | undefined {
  return merchantBySlug(db).get({ slug });
}

export function listMerchants(db: Db): Merchant[] {
  return db.select().from(merchants).orderBy(asc(merchants.slug)).all();
}

export function insertMerchant(
  db: Db,
  m: { slug: string; name: string; timezone: string; currency: string; settings?: string; category?: string; workspaceId?: number | null },
): Merchant {
  return db.insert(merchants).values({ ...m, settings: m.settings ?? "{}" }).returning().get();
}

export function updateMerchantSettings(db: Db, merchantId: number, settings: string): void {
  db.update(merchants).set({ settings }).where(eq(merchants.id, merchantId)).run();
}

/** Marks the merchant's data as changed, so caches keyed by the version are recomputed. */
export function bumpDataVersion(db: Db, merchantId: number): void {
  db.update(merchants).set({ dataVersion: sql`${merchants.dataVersion} + 1` }).where(eq(merchants.id, merchantId)).run();
}

/** Marks a whole re-derivation as under way through `through` (its chunks' last day), or over (null). */
export function setRederiveThrough(db: Db, merchantId: number, through: string | null): void {
  db.update(merchants).set({ rederiveThrough: through }).where(eq(merchants.id, merchantId)).run();
}

/** Merchants a whole re-derivation was left half done for (its process was killed). */
export function merchantsRederiving(db: Db): { slug: string; through: string }[] {
  return db
    .select({ slug: merchants.slug, through: merchants.rederiveThrough })
    .from(merchants)
    .where(isNotNull(merchants.rederiveThrough))
    .all()
    .map((r) => ({ slug: r.slug, through: r.through ?? "" }));
}

export function getMerchantById(db: Db, id: number): Merchant | undefined {
  return db.select().from(merchants).where(eq(merchants.id, id)).get();
}
