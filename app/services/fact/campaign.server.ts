// C Campaign: each campaign over its own days with GMV, orders, budget, ROI, and its lift and
// incremental GMV against a weekday-matched baseline of the 28 days before it.
import type { Db } from "../../../db/client";
import { comparableDays, editionChange, previousEdition } from "../../domain/fact/editions";
import { campaignLift, BASELINE_DAYS } from "../../domain/fact/lift";
import { roi } from "../../domain/fact/roi";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import { addDays, eachDay } from "../../domain/time";
import { campaignSums, listCampaigns, unlistedCampaigns } from "../../queries/fact/campaigns.server";
import { dailyGmv } from "../../queries/fact/daily-gmv.server";
import { merchantSpan } from "../page-range.server";
import type { MerchantContext } from "../merchants.server";
import { pillarDaily, pillarTotals, type PillarKpis } from "./figures.server";

export interface CampaignPage {
  kpis: PillarKpis;
  daily: { day: string; gmv: number; orders: number }[];
  campaigns: Row[];
  /** campaign ids that orders or views name but no campaigns file describes (page period) */
  unlisted: { campaignId: string; gmv: number; orders: number }[];
  baselineDays: number;
  lastDataDay: string | null;
  /** each campaign of the page against its previous edition (Double 11 2026 against Double 11 2025) */
  editions: EditionRow[];
}

export interface EditionRow {
  campaignId: string;
  name: string;
  startsOn: string;
  /** days of this campaign measured so far; the previous edition is compared over as many of its own */
  days: number;
  gmv: number;
  orders: number;
  previous: { campaignId: string; name: string; startsOn: string; endsOn: string; from: string; to: string; days: number; gmv: number; orders: number } | null;
  gmvChange: number | null;
  ordersChange: number | null;
}

export function campaignPage(db: Db, merchant: MerchantContext, range: PageRange): CampaignPage {
  const totals = pillarTotals(db, merchant, range);
  const span = merchantSpan(db, merchant);
  const all = listCampaigns(db, merchant.id);
  const overlapping = all.filter((c) => c.startsOn <= range.to && c.endsOn >= range.from);

  const windows = overlapping.map((c) => {
    const measuredTo = span && c.endsOn > span.to ? span.to : c.endsOn;
    return { c, measuredTo, days: c.startsOn <= measuredTo ? eachDay(c.startsOn, measuredTo) : [] };
  });
  const gmvByDay =
    windows.length === 0
      ? new Map<string, number>()
      : dailyGmv(db, {
          merchantId: merchant.id,
          from: addDays(windows.reduce((m, w) => (w.c.startsOn < m ? w.c.startsOn : m), windows[0].c.startsOn), -BASELINE_DAYS),
          to: windows.reduce((m, w) => (w.measuredTo > m ? w.measuredTo : m), windows[0].measuredTo),
        });

  const campaigns: Row[] = windows.map(({ c, measuredTo, days }) => {
    const sums = days.length
      ? campaignSums(db, { merchantId: merchant.id, campaignId: c.campaignId, from: c.startsOn, to: measuredTo })
      : { gmv: 0, orders: 0 };
    const lift = campaignLift({ startsOn: c.startsOn, days, gmvOn: (d) => gmvByDay.get(d) ?? 0, firstDataDay: span?.from ?? null });
    return {
      campaign_id: c.campaignId,
      name: c.name,
      kind: c.kind,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      measured_to: days.length ? measuredTo : null,
      days: days.length,
      gmv: sums.gmv,
      orders: sums.orders,
      budget: c.budget,
      roi: roi(sums.gmv, c.budget),
      baseline_days: lift.baselineDaysUsed,
      baseline_per_day: lift.baselinePerDay === null ? null : Math.round(lift.baselinePerDay),
      merchant_gmv_per_day: lift.periodGmvPerDay === null ? null : Math.round(lift.periodGmvPerDay),
      lift: lift.lift,
      incremental_gmv: lift.incrementalGmv,
    };
  });

  const editions: EditionRow[] = windows.map(({ c, days }, i) => {
    const gmv = Number(campaigns[i].gmv ?? 0);
    const orders = Number(campaigns[i].orders ?? 0);
    const prev = previousEdition(c, all);
    if (!prev) return { campaignId: c.campaignId, name: c.name, startsOn: c.startsOn, days: days.length, gmv, orders, previous: null, gmvChange: null, ordersChange: null };
    const span = comparableDays(prev, days.length);
    const sums = span.days ? campaignSums(db, { merchantId: merchant.id, campaignId: prev.campaignId, from: span.from, to: span.to }) : { gmv: 0, orders: 0 };
    const delta = editionChange({ gmv, orders }, sums);
    return {
      campaignId: c.campaignId,
      name: c.name,
      startsOn: c.startsOn,
      days: days.length,
      gmv,
      orders,
      previous: { campaignId: prev.campaignId, name: prev.name, startsOn: prev.startsOn, endsOn: prev.endsOn, from: span.from, to: span.to, days: span.days, gmv: sums.gmv, orders: sums.orders },
      gmvChange: delta.gmv,
      ordersChange: delta.orders,
    };
  });

  return {
    editions,
    kpis: totals.kpis.C,
    daily: pillarDaily(db, merchant, range, "C"),
    campaigns,
    unlisted: unlistedCampaigns(db, { merchantId: merchant.id, from: range.from, to: range.to }).map((u) => ({
      campaignId: u.campaignId,
      gmv: u.gmv,
      orders: u.orders,
    })),
    baselineDays: BASELINE_DAYS,
    lastDataDay: span?.to ?? null,
  };
}
