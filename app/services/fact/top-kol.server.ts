// T Top-KOL: head influencers (creators at or above the threshold) ranked by GMV, GPM and ROI,
// and the dependency risk: the share of all GMV the top three carry.
import type { Db } from "../../../db/client";
import { topShare, topSum } from "../../domain/fact/concentration";
import { pillarOf } from "../../domain/pillars";
import type { PageRange } from "../../domain/range";
import { ratio } from "../../domain/ratio";
import type { Row } from "../../domain/report/table";
import type { MerchantContext } from "../merchants.server";
import { creatorFigures, type CreatorFigures } from "./creators.server";
import { pillarTotals, type PillarKpis } from "./figures.server";

export interface TopKolPage {
  kpis: PillarKpis;
  threshold: number;
  ranking: Row[];
  idle: number;
  /** the merchant's total GMV in the period */
  totalGmv: number;
  risk: { top: { accountId: string; name: string; gmv: number }[]; topGmv: number; share: number | null };
}

/** 1-based ranks by a value, highest first; rows without a value rank after all others, by GMV. */
function ranks(cs: CreatorFigures[], value: (c: CreatorFigures) => number | null): Map<string, number> {
  const sorted = [...cs].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return b.gmv - a.gmv || a.accountId.localeCompare(b.accountId);
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va || b.gmv - a.gmv || a.accountId.localeCompare(b.accountId);
  });
  return new Map(sorted.map((c, i) => [c.accountId, i + 1]));
}

export function topKolPage(db: Db, merchant: MerchantContext, range: PageRange): TopKolPage {
  const totals = pillarTotals(db, merchant, range);
  const set = creatorFigures(db, merchant, {
    from: range.from,
    to: range.to,
    pillar: "T",
    include: (a) => a.kind === "creator" && pillarOf({ campaignId: "", accountId: a.accountId }, a, merchant.settings).pillar === "T",
  });
  const cs = set.creators;
  const totalGmv = totals.kpis.ALL.gmv.current ?? 0;
  const byGmv = ranks(cs, (c) => c.gmv);
  const byGpm = ranks(cs, (c) => c.gpm);
  const byRoi = ranks(cs, (c) => c.roi);
  const ranking = cs.map((c) => ({
    rank_gmv: byGmv.get(c.accountId)!,
    account_id: c.accountId,
    name: c.name,
    followers: c.followers,
    tier: c.tier,
    contents: c.contents,
    views: c.views,
    gmv: c.gmv,
    orders: c.orders,
    gpm: c.gpm,
    rank_gpm: byGpm.get(c.accountId)!,
    commission_cost: c.commissionCost,
    roi: c.roi,
    rank_roi: byRoi.get(c.accountId)!,
    share_of_all: ratio(c.gmv, totalGmv),
    pillar_gmv: c.pillarGmv,
  }));
  ranking.sort((a, b) => a.rank_gmv - b.rank_gmv);
  const gmvs = cs.map((c) => c.gmv);
  return {
    kpis: totals.kpis.T,
    threshold: merchant.settings.topKolThreshold,
    ranking,
    idle: set.idle,
    totalGmv,
    risk: {
      top: cs.slice(0, 3).map((c) => ({ accountId: c.accountId, name: c.name, gmv: c.gmv })),
      topGmv: topSum(gmvs, 3),
      share: topShare(gmvs, 3, totalGmv),
    },
  };
}
