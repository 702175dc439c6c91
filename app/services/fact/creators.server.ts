// Creator rows shared by the Alliance talent matrix and the Top-KOL ranking: each creator's
// attributed sales and reach in a period, with tier, commission cost and ROI.
import type { Db } from "../../../db/client";
import { gpm } from "../../domain/fact";
import { commissionCost, roi } from "../../domain/fact/roi";
import { pillarOf, type Pillar } from "../../domain/pillars";
import { tierOf } from "../../domain/settings";
import { accountDirectory, type AccountEntry } from "../../queries/fact/account-directory.server";
import { accountSums } from "../../queries/fact/account-sums.server";
import type { MerchantContext } from "../merchants.server";

export interface CreatorFigures {
  accountId: string;
  name: string;
  /** false when no accounts file names the account (it counts as an Alliance creator) */
  known: boolean;
  followers: number;
  tier: string;
  /** where its sales without a campaign go */
  pillar: Pillar;
  contents: number;
  views: number;
  gmv: number;
  orders: number;
  gpm: number | null;
  commissionRate: number | null;
  commissionCost: number | null;
  roi: number | null;
  /** GMV and orders in the page's own pillar */
  pillarGmv: number;
  pillarOrders: number;
}

export interface CreatorSet {
  creators: CreatorFigures[];
  /** creators in the accounts file with no views or orders in the period */
  idle: number;
  directory: Map<string, AccountEntry>;
}

/**
 * Every creator with views or orders in the period: accounts of kind creator, and accounts no
 * accounts file names (attribution counts them as Alliance creators). The merchant's own accounts
 * are Field and left out.
 */
export function creatorFigures(
  db: Db,
  merchant: MerchantContext,
  /** `include` keeps some known accounts only (unknown accounts are then left out) */
  q: { from: string; to: string; pillar: Pillar; include?: (a: AccountEntry) => boolean },
): CreatorSet {
  const directory = accountDirectory(db, merchant.id);
  const { tierBands } = merchant.settings;
  const seen = new Set<string>();
  const creators: CreatorFigures[] = [];
  // A page about a few named creators (Top-KOL) reads only their rows, through the account index.
  const include = q.include;
  const accountIds = include ? [...directory.values()].filter(include).map((a) => a.accountId) : undefined;
  for (const s of accountSums(db, { merchantId: merchant.id, from: q.from, to: q.to, pillar: q.pillar, accountIds })) {
    const a = directory.get(s.accountId);
    if (a?.kind === "self" || (include && (!a || !include(a)))) continue;
    if (s.gmv === 0 && s.orders === 0 && s.views === 0 && s.contents === 0) continue;
    seen.add(s.accountId);
    const followers = a?.followers ?? 0;
    const cost = commissionCost(s.gmv, a?.commissionRate);
    creators.push({
      accountId: s.accountId,
      name: a?.name ?? "",
      known: a !== undefined,
      followers,
      tier: tierOf(followers, tierBands),
      pillar: pillarOf({ campaignId: "", accountId: s.accountId }, a, merchant.settings).pillar,
      contents: s.contents,
      views: s.views,
      gmv: s.gmv,
      orders: s.orders,
      gpm: gpm(s.gmv, s.views),
      commissionRate: a?.commissionRate ?? null,
      commissionCost: cost,
      roi: roi(s.gmv, cost),
      pillarGmv: s.pillarGmv,
      pillarOrders: s.pillarOrders,
    });
  }
  let idle = 0;
  for (const a of directory.values()) if (a.kind === "creator" && (!include || include(a)) && !seen.has(a.accountId)) idle++;
  creators.sort((x, y) => y.gmv - x.gmv || x.accountId.localeCompare(y.accountId));
  return { creators, idle, directory };
}
