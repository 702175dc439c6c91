// What every merchant page's loader starts with: the database and the merchant, or a 404.
import { getDb } from "../db.server";
import { findMerchant, type MerchantContext } from "./merchants.server";

/** What a page may send to the browser about its merchant: never the settings blob. */
export function shownMerchant(merchant: MerchantContext): { slug: string; name: string; currency: string; timezone: string } {
  return { slug: merchant.slug, name: merchant.name, currency: merchant.currency, timezone: merchant.timezone };
}

export function requireMerchant(slug: string | undefined): { db: ReturnType<typeof getDb>; merchant: MerchantContext } {
  const db = getDb();
  const merchant = slug ? findMerchant(db, slug) : undefined;
  if (!merchant) throw new Response(`There is no merchant "${slug ?? ""}".`, { status: 404, statusText: "Not Found" });
  return { db, merchant };
}
