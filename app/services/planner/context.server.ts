// What every planner page and command starts from: the merchant's creators with their rate
// cards, their history up to an as-of day, and the calibrated estimates. Estimates are cached per
// merchant, data version and as-of day (an import or undo bumps the version); rate cards are read
// fresh on every request, so a saved fee shows at once.
import type { Db } from "../../../db/client";
import { historyKey, formatHistories, type FormatHistory } from "../../domain/planner/history";
import { estimateRoster, withCosts, type CreatorProfile, type EstimateSet, type RosterRow } from "../../domain/planner/roster";
import { readPlannerSettings, type PlannerSettings } from "../../domain/planner/settings";
import { tierOf } from "../../domain/settings";
import { todayIn } from "../../domain/time";
import { lastDataDay } from "../../queries/forecast/last-data-day.server";
import { creatorPosts } from "../../queries/planner/creator-posts.server";
import { creatorRatings } from "../../queries/planner/creator-ratings.server";
import { creatorSales } from "../../queries/planner/creator-sales.server";
import { plannerAccounts, type PlannerAccount } from "../../queries/planner/planner-accounts.server";
import { readPlannerSettingsJson } from "../../queries/planner/planner-settings.server";
import type { MerchantContext } from "../merchants.server";

export interface PlannerContext {
  asOf: string;
  settings: PlannerSettings;
  profiles: Map<string, CreatorProfile>;
  set: EstimateSet;
  histories: Map<string, FormatHistory>;
  rows: RosterRow[];
  byKey: Map<string, RosterRow>;
}

interface Cached {
  set: EstimateSet;
  histories: Map<string, FormatHistory>;
  /** accounts that appear in history but in no accounts file */
  unknown: string[];
  costed?: { ratesKey: string; profiles: Map<string, CreatorProfile>; rows: RosterRow[]; byKey: Map<string, RosterRow> };
}

function rateFingerprint(accounts: Map<string, PlannerAccount>): string {
  let s = "";
  for (const a of accounts.values()) s += `${a.accountId}:${a.name}:${a.liveFee}:${a.videoFee}:${a.sampleCost}:${a.commissionRate}:${a.boost};`;
  return s;
}

const cache = new Map<string, Cached>();
const CACHE_SIZE = 16;

function profileOf(a: PlannerAccount | undefined, accountId: string, merchant: MerchantContext): CreatorProfile {
  const followers = a?.followers ?? 0;
  return {
    accountId,
    name: a?.name ?? "",
    handle: a?.handle ?? "",
    known: a !== undefined,
    followers,
    tier: tierOf(followers, merchant.settings.tierBands),
    category: a?.category ?? "",
    pillar: a && followers >= merchant.settings.topKolThreshold ? "T" : "A",
    liveFee: a?.liveFee ?? null,
    videoFee: a?.videoFee ?? null,
    sampleCost: a?.sampleCost ?? null,
    commissionRate: a?.commissionRate ?? null,
    boost: a?.boost ?? null,
  };
}

/** The default as-of day: the merchant's last day of data, else today in its zone. */
export function defaultAsOf(db: Db, merchant: MerchantContext): string {
  return lastDataDay(db, { merchantId: merchant.id }) ?? todayIn(merchant.timezone);
}

export function plannerContext(db: Db, merchant: MerchantContext, asOf?: string): PlannerContext {
  const day = asOf ?? defaultAsOf(db, merchant);
  const settings = readPlannerSettings(readPlannerSettingsJson(db, merchant.id));
  const accounts = new Map(plannerAccounts(db, merchant.id).map((a) => [a.accountId, a]));
  const key = `${merchant.id}:${merchant.dataVersion}:${day}:${JSON.stringify(merchant.settings.tierBands)}:${merchant.settings.topKolThreshold}`;
  let cached = cache.get(key);
  if (!cached) {
    const isCreator = (id: string) => accounts.get(id)?.kind !== "self";
    const histories = formatHistories(
      creatorPosts(db, { merchantId: merchant.id, to: day }),
      creatorSales(db, { merchantId: merchant.id, from: "0000-01-01", to: day }),
      creatorRatings(db, { merchantId: merchant.id, from: "0000-01-01", to: day }),
      isCreator,
    );
    const unknown = [...new Set([...histories.values()].map((h) => h.accountId))].filter((id) => !accounts.has(id)).sort();
    const profiles = profilesOf(accounts, unknown, merchant);
    cached = { set: estimateRoster([...profiles.values()], histories), histories, unknown };
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, cached);
  }
  // rows with costs are kept until a rate card changes (the rate cards are part of the key)
  const ratesKey = rateFingerprint(accounts);
  if (cached.costed?.ratesKey !== ratesKey) {
    const profiles = profilesOf(accounts, cached.unknown, merchant);
    const rows = withCosts(cached.set, profiles);
    cached.costed = { ratesKey, profiles, rows, byKey: new Map(rows.map((r) => [historyKey(r.accountId, r.format), r])) };
  }
  const { profiles, rows, byKey } = cached.costed;
  return { asOf: day, settings, profiles, set: cached.set, histories: cached.histories, rows, byKey };
}

function profilesOf(accounts: Map<string, PlannerAccount>, unknown: string[], merchant: MerchantContext): Map<string, CreatorProfile> {
  const out = new Map<string, CreatorProfile>();
  for (const a of accounts.values()) if (a.kind === "creator") out.set(a.accountId, profileOf(a, a.accountId, merchant));
  for (const id of unknown) out.set(id, profileOf(undefined, id, merchant));
  return out;
}
