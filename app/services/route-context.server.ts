// What every merchant page's loader and action starts with: the gate (who, which merchant,
// may they do this) and what a page may show of its merchant.
import type { MerchantContext } from "./merchants.server";

export { notFound, requireMerchant, requireUser, currentUser } from "./auth/gate.server";

/** What a page may send to the browser about its merchant: never the settings blob. */
export function shownMerchant(merchant: MerchantContext): { slug: string; name: string; currency: string; timezone: string } {
  return { slug: merchant.slug, name: merchant.name, currency: merchant.currency, timezone: merchant.timezone };
}
