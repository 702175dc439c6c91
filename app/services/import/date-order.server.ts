// The merchant's reading of dates like 03/04/2026, chosen on the import preview where a file
// showed it could be either.
import type { Db } from "../../../db/client";
import { DATE_ORDERS, merchantSettingsSchema, type DateOrder } from "../../domain/settings";
import { updateMerchantSettings } from "../../queries/merchants.server";
import { findMerchant, type MerchantContext } from "../merchants.server";

export function isDateOrder(s: unknown): s is DateOrder {
  return typeof s === "string" && (DATE_ORDERS as readonly string[]).includes(s);
}

/** Saves the choice and returns the merchant as it is now. */
export function saveDateOrder(db: Db, merchant: MerchantContext, order: DateOrder): MerchantContext {
  const settings = merchantSettingsSchema.parse({ ...merchant.settings, ambiguousDates: order });
  updateMerchantSettings(db, merchant.id, JSON.stringify(settings));
  return findMerchant(db, merchant.slug) ?? { ...merchant, settings };
}

/** The merchant after the choice a form sent (saved when it is one), for the preview that follows. */
export function withDateOrder(db: Db, merchant: MerchantContext, choice: unknown): MerchantContext {
  return isDateOrder(choice) ? saveDateOrder(db, merchant, choice) : merchant;
}
