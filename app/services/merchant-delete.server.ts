// Deleting a merchant and everything imported for it.
import type { Db } from "../../db/client";
import { deleteMerchantRows, merchantFootprint } from "../queries/merchant-delete.server";
import type { MerchantContext } from "./merchants.server";

export function merchantDeletePreview(db: Db, merchant: MerchantContext) {
  return merchantFootprint(db, merchant.id);
}

export function deleteMerchant(db: Db, merchant: MerchantContext): void {
  deleteMerchantRows(db, merchant.id);
}
