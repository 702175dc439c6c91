// What every planner page and command starts from: the merchant's creators with their rate
// cards, their history up to an as-of day, and the calibrated estimates. The estimates (and the
// few history figures pages show beyond them) are kept per merchant data version, settings and
// as-of day (services/data-cache.server.ts; an import or undo bumps the version), and the default
// as-of day's are computed ahead by the warm-up after an import (`warmPlanner`) and stored for
// every worker: reading a creator's whole history takes seconds at millions of orders. Rate cards
// are read fresh on every request, so a saved fee shows at once.
import type { Db } from "../../../db/client";
import { historyKey, formatHistories } from "../../domain/planner/history";
import { estimateRoster, withCosts, type CreatorProfile, type EstimateSet, type RosterRow } from "../../domain/planner/roster";
import { readPlannerSettings, type PlannerSettings } from "../../domain/planner/settings";
import { tierOf } from "../../domain/settings";
import { monthOf, todayIn } from "../../domain/time";
import { lastDataDay } from "../../queries/forecast/last-data-day.server";
import { creatorPosts } from "../../queries/planner/creator-posts.server";
import { creatorRatings } from "../../queries/planner/creator-ratings.server";
import { creatorSales } from "../../queries/planner/creator-sales.server";
import { plannerAccounts, type PlannerAccount } from "../../queries/planner/planner-accounts.server";
import { readPlannerSettingsJson } from "../../queries/planner/planner-settings.server";
import { forDataVersion, storeForDataVersion } from "../data-cache.server";
import type { MerchantContext } from "../merchants.server";

/** A creator's posts in one format and month: their count and views. */
export interface PostMonth {
  month: string;
  posts: number;
  views: number;
}

export interface PlannerContext {
  asOf: string;
  settings: PlannerSettings;
  profiles: Map<string, CreatorProfile>;
  set: EstimateSet;
  /** per history key (account|format), its posts' months, oldest first */
  months: ReadonlyMap<string, readonly PostMonth[]>;
  rows: RosterRow[];
  byKey: Map<string, RosterRow>;
}

/** What is kept and stored per data version: plain data (it is stored as JSON). */
interface Estimates {
  set: EstimateSet;
  /** accounts that appear in history but in no accounts file */
  unknown: string[];
  months: Record<string, PostMonth[]>;
}

interface Costed {
  ratesKey: string;
  profiles: Map<string, CreatorProfile>;
  rows: RosterRow[];
  byKey: Map<string, RosterRow>;
  months: Map<string, PostMonth[]>;
}

// rows with costs are kept until a rate card changes
const costedOf = new WeakMap<Estimates, Costed>();

function rateFingerprint(accounts: Map<string, PlannerAccount>): string {
  let s = "";
  for (const a of accounts.values()) s += `${a.accountId}:${a.name}:${a.liveFee}:${a.videoFee}:${a.sampleCost}:${a.commissionRate}:${a.boost};`;
  return s;
}

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

/** The planner's settings alone (a page that shows them needs no estimates). */
export function plannerSettings(db: Db, merchant: MerchantContext): PlannerSettings {
  return readPlannerSettings(readPlannerSettingsJson(db, merchant.id));
}

const estimatesKey = (day: string) => ["planner-estimates", day];

function accountsOf(db: Db, merchant: MerchantContext): Map<string, PlannerAccount> {
  return new Map(plannerAccounts(db, merchant.id).map((a) => [a.accountId, a]));
}

/** Reads every creator's history up to `day` and estimates the roster: seconds at millions of orders. */
function computeEstimates(db: Db, merchant: MerchantContext, day: string, accounts: Map<string, PlannerAccount>): Estimates {
  const isCreator = (id: string) => accounts.get(id)?.kind !== "self";
  const histories = formatHistories(
    creatorPosts(db, { merchantId: merchant.id, to: day }),
    creatorSales(db, { merchantId: merchant.id, from: "0000-01-01", to: day }),
    creatorRatings(db, { merchantId: merchant.id, from: "0000-01-01", to: day }),
    isCreator,
  );
  const unknown = [...new Set([...histories.values()].map((h) => h.accountId))].filter((id) => !accounts.has(id)).sort();
  const set = estimateRoster([...profilesOf(accounts, unknown, merchant).values()], histories);
  const months: Record<string, PostMonth[]> = {};
  for (const h of histories.values()) {
    const byMonth = new Map<string, PostMonth>();
    h.days.forEach((d, i) => {
      const month = monthOf(d);
      const m = byMonth.get(month) ?? { month, posts: 0, views: 0 };
      m.posts++;
      m.views += Math.expm1(h.logs[i]);
      byMonth.set(month, m);
    });
    if (byMonth.size) months[historyKey(h.accountId, h.format)] = [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  }
  return { set, unknown, months };
}

/**
 * Computes the default as-of day's estimates ahead and stores them for every worker: run by the
 * warm-up after an import (`factloop forecast --warm`), so the roster's first request reads them.
 * True when it computed them (false: already stored for this data version).
 */
export function warmPlanner(db: Db, merchant: MerchantContext): boolean {
  const day = defaultAsOf(db, merchant);
  return storeForDataVersion(db, merchant, estimatesKey(day), () => computeEstimates(db, merchant, day, accountsOf(db, merchant)));
}

export function plannerContext(db: Db, merchant: MerchantContext, asOf?: string): PlannerContext {
  const day = asOf ?? defaultAsOf(db, merchant);
  const settings = plannerSettings(db, merchant);
  const accounts = accountsOf(db, merchant);
  // the tier bands and the Top-KOL threshold shape the profiles: they are in the merchant's settings, part of the key
  const estimates = forDataVersion(db, merchant, estimatesKey(day), () => computeEstimates(db, merchant, day, accounts), { stored: true });
  const ratesKey = rateFingerprint(accounts);
  let costed = costedOf.get(estimates);
  if (costed?.ratesKey !== ratesKey) {
    const profiles = profilesOf(accounts, estimates.unknown, merchant);
    const rows = withCosts(estimates.set, profiles);
    costed = { ratesKey, profiles, rows, byKey: new Map(rows.map((r) => [historyKey(r.accountId, r.format), r])), months: new Map(Object.entries(estimates.months)) };
    costedOf.set(estimates, costed);
  }
  const { profiles, rows, byKey, months } = costed;
  return { asOf: day, settings, profiles, set: estimates.set, months, rows, byKey };
}

function profilesOf(accounts: Map<string, PlannerAccount>, unknown: string[], merchant: MerchantContext): Map<string, CreatorProfile> {
  const out = new Map<string, CreatorProfile>();
  for (const a of accounts.values()) if (a.kind === "creator") out.set(a.accountId, profileOf(a, a.accountId, merchant));
  for (const id of unknown) out.set(id, profileOf(undefined, id, merchant));
  return out;
}
