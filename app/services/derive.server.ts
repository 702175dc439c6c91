// Keeps what is derived from the imported rows exact: each row's pillar and the daily rollups.
// Called inside the import's (or undo's, or settings change's) transaction, so the rollups
// never disagree with the rows they sum.
import type { Db } from "../../db/client";
import { pillarOf, type AttributionRules } from "../domain/pillars";
import { bumpDataVersion } from "../queries/merchants.server";
import { knownAccounts } from "../queries/attribution/accounts.server";
import { applyPillars, assignOrderAccounts, distinctAccounts, type AccountDecision } from "../queries/attribution/assign.server";
import { rebuildRollups, type DayRange } from "../queries/rollups/rebuild.server";
import type { MerchantContext } from "./merchants.server";

export type Scope =
  /** nothing a pillar or rollup reads changed (campaign names, dates, budgets) */
  | { kind: "none" }
  /** accounts, campaigns, views or settings changed: every pillar may move */
  | { kind: "all" }
  /** orders or reviews of one batch were written; only the given days' sums can change */
  | { kind: "batch"; batchId: number; table: "orders" | "reviews"; days: DayRange | null };

function decisions(db: Db, merchantId: number, table: "views" | "orders", rules: AttributionRules): AccountDecision[] {
  const accounts = knownAccounts(db, merchantId);
  return distinctAccounts(db, merchantId, table).map((accountId) => {
    const account = accounts.get(accountId);
    return {
      accountId,
      withCampaign: pillarOf({ campaignId: "campaign", accountId }, account, rules),
      withoutCampaign: pillarOf({ campaignId: "", accountId }, account, rules),
    };
  });
}

/** Re-attributes and re-sums what a change can have moved, then bumps the data version. */
export function refreshDerived(db: Db, merchant: MerchantContext, scope: Scope): void {
  const rules = merchant.settings;
  if (scope.kind === "none") {
    // only the data version moves
  } else if (scope.kind === "all") {
    applyPillars(db, merchant.id, "views", decisions(db, merchant.id, "views", rules));
    assignOrderAccounts(db, merchant.id);
    applyPillars(db, merchant.id, "orders", decisions(db, merchant.id, "orders", rules));
    rebuildRollups(db, merchant.id);
  } else {
    if (scope.table === "orders") {
      assignOrderAccounts(db, merchant.id, scope.batchId);
      applyPillars(db, merchant.id, "orders", decisions(db, merchant.id, "orders", rules), scope.batchId);
    }
    // Reviews take their order's pillar, so a changed order can move reviews on other days:
    // with no range given, rebuild everything.
    rebuildRollups(db, merchant.id, scope.days ?? undefined);
  }
  bumpDataVersion(db, merchant.id);
}

/** Rebuild everything for a merchant (after settings change, or to repair). */
export function refreshAll(db: Db, merchant: MerchantContext): void {
  db.$client.transaction(() => refreshDerived(db, merchant, { kind: "all" }))();
}
