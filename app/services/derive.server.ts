// Keeps what is derived from the imported rows exact: each row's pillar and the daily rollups.
// Called inside the import's (or undo's, or settings change's) transaction, so the rollups
// never disagree with the rows they sum.
import type { Db } from "../../db/client";
import { orderAttributionInput, pillarOf, type AttributionInput, type AttributionRules, type KnownAccount } from "../domain/pillars";
import { bumpDataVersion } from "../queries/merchants.server";
import { contentAccounts, knownAccounts } from "../queries/attribution/accounts.server";
import { applyPillars, assignOrderAccounts, distinctAccounts, type AccountDecision } from "../queries/attribution/assign.server";
import { rebuildRollups, type DayRange } from "../queries/rollups/rebuild.server";
import type { MerchantContext } from "./merchants.server";

export type Scope =
  /** nothing a pillar or rollup reads changed (campaign names, dates, budgets) */
  | { kind: "none" }
  /** accounts, campaigns, views or settings changed: every pillar may move */
  | { kind: "all" }
  /** orders or reviews of one batch were written; only the given days' sums can change */
  | {
      kind: "batch";
      batchId: number;
      table: "orders" | "reviews";
      days: DayRange | null;
      /** the batch's orders were attributed as they were written (importAttributor) */
      attributed?: boolean;
      /** the rollups were already brought up to date (an import's rollup delta) */
      summed?: boolean;
    };

/** Live orders without an account are decided apart, by who sold them (LIVE_FACETS in assign.server). */
const LIVE_FACETS = { "live:": "", "live:shop": "shop", "live:alliance": "alliance" } as const;

function decisions(db: Db, merchantId: number, table: "views" | "orders", rules: AttributionRules): AccountDecision[] {
  const accounts = knownAccounts(db, merchantId);
  const decide = (accountId: string, facet: string, extra: Partial<AttributionInput>): AccountDecision => {
    const account = accounts.get(accountId);
    return {
      accountId,
      facet,
      withCampaign: pillarOf({ campaignId: "campaign", accountId, ...extra }, account, rules),
      withoutCampaign: pillarOf({ campaignId: "", accountId, ...extra }, account, rules),
    };
  };
  const out = distinctAccounts(db, merchantId, table).map((accountId) => decide(accountId, "", {}));
  if (table === "orders") {
    for (const [facet, source] of Object.entries(LIVE_FACETS)) out.push(decide("", facet, { liveWithoutAccount: source }));
  }
  return out;
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
    if (scope.table === "orders" && !scope.attributed) {
      assignOrderAccounts(db, merchant.id, scope.batchId);
      applyPillars(db, merchant.id, "orders", decisions(db, merchant.id, "orders", rules), scope.batchId);
    }
    // Reviews take their order's pillar, so a changed order can move reviews on other days:
    // with no range given, rebuild everything.
    if (!scope.summed) rebuildRollups(db, merchant.id, scope.days ?? undefined);
  }
  bumpDataVersion(db, merchant.id);
}

/** Rebuild everything for a merchant (after settings change, or to repair). */
export function refreshAll(db: Db, merchant: MerchantContext): void {
  db.$client.transaction(() => refreshDerived(db, merchant, { kind: "all" }))();
}

/**
 * The derived columns of rows about to be written by an import: the same decision refreshDerived
 * makes afterwards, taken per row while the row is first written so it is not written twice.
 * `columnIndex` finds a stored column's position in the import's value array.
 */
export function importAttributor(
  db: Db,
  merchant: MerchantContext,
  kind: "orders" | "views",
  columnIndex: (column: string) => number,
  accounts: Map<string, KnownAccount> = knownAccounts(db, merchant.id),
  contents: Map<string, { accountId: string }> = kind === "orders" ? contentAccounts(db, merchant.id) : new Map(),
): { columns: string[]; of: (values: (string | number | null)[]) => (string | number | null)[] } {
  const rules = merchant.settings;
  const campaign = columnIndex("campaign_id");
  const account = columnIndex("account_id");
  if (kind === "views") {
    return {
      columns: ["pillar", "pillar_rule"],
      of: (v) => {
        const accountId = String(v[account] ?? "");
        const a = pillarOf({ campaignId: String(v[campaign] ?? ""), accountId }, accounts.get(accountId), rules);
        return [a.pillar, a.rule];
      },
    };
  }
  const content = columnIndex("content_id");
  const channel = columnIndex("channel");
  const salesSource = columnIndex("sales_source");
  return {
    columns: ["attributed_account_id", "pillar", "pillar_rule"],
    of: (v) => {
      const own = String(v[account] ?? "");
      const contentId = String(v[content] ?? "");
      const accountId = own !== "" ? own : contentId === "" ? "" : (contents.get(contentId)?.accountId ?? "");
      const input = orderAttributionInput({
        campaignId: String(v[campaign] ?? ""),
        accountId,
        channel: String(v[channel] ?? ""),
        salesSource: String(v[salesSource] ?? ""),
      });
      const a = pillarOf(input, accounts.get(accountId), rules);
      return [accountId, a.pillar, a.rule];
    },
  };
}
