// A Alliance: the talent matrix (every creator with tier, reach, sales, commission cost and ROI),
// totals per tier, and how concentrated the matrix is.
import type { Db } from "../../../db/client";
import { topShare, topSum } from "../../domain/fact/concentration";
import { tierTotals } from "../../domain/fact/tiers";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { creatorFigures, type CreatorFigures } from "./creators.server";
import { pillarTotals, type PillarKpis } from "./figures.server";

export type AllianceScope = "all" | "alliance";

export const TOP_N = 10;

export interface AlliancePage {
  kpis: PillarKpis;
  scope: AllianceScope;
  matrix: Row[];
  tiers: Row[];
  creators: number;
  idle: number;
  concentration: { topN: number; topGmv: number; matrixGmv: number; share: number | null };
}

export function talentRow(c: CreatorFigures): Row {
  return {
    account_id: c.accountId,
    name: c.name || (c.known ? "" : "(not in the accounts file)"),
    tier: c.tier,
    followers: c.followers,
    pillar: c.pillar,
    contents: c.contents,
    views: c.views,
    gmv: c.gmv,
    orders: c.orders,
    gpm: c.gpm,
    commission_rate: c.commissionRate,
    commission_cost: c.commissionCost,
    roi: c.roi,
    pillar_gmv: c.pillarGmv,
  };
}

export function alliancePage(db: Db, merchant: MerchantContext, range: PageRange, scope: AllianceScope): AlliancePage {
  const totals = pillarTotals(db, merchant, range);
  const set = creatorFigures(db, merchant, { from: range.from, to: range.to, pillar: "A" });
  const creators = scope === "all" ? set.creators : set.creators.filter((c) => c.pillar === "A");
  const gmvs = creators.map((c) => c.gmv);
  const tiers = tierTotals(
    creators.map((c) => ({ followers: c.followers, gmv: c.gmv, orders: c.orders, views: c.views, contents: c.contents, commissionCost: c.commissionCost })),
    merchant.settings.tierBands,
  );
  return {
    kpis: totals.kpis.A,
    scope,
    matrix: creators.map(talentRow),
    tiers: tiers.map((t) => ({
      tier: t.tier,
      range: t.range,
      creators: t.creators,
      contents: t.contents,
      views: t.views,
      gmv: t.gmv,
      orders: t.orders,
      gpm: t.gpm,
      commission_cost: t.commissionCost,
      roi: t.roi,
      gmv_share: t.gmvShare,
    })),
    creators: creators.length,
    idle: set.idle,
    concentration: { topN: TOP_N, topGmv: topSum(gmvs, TOP_N), matrixGmv: gmvs.reduce((s, v) => s + v, 0), share: topShare(gmvs, TOP_N) },
  };
}
