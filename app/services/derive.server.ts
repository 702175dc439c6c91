// Keeps what is derived from the imported rows exact: each row's pillar and the daily rollups.
// Called inside the import's (or undo's, or settings change's) transaction, so the rollups
// never disagree with the rows they sum.
import type { Db } from "../../db/client";
import { orderAttributionInput, pillarOf, type AttributionInput, type AttributionRules, type KnownAccount } from "../domain/pillars";
import { bumpDataVersion, setRederiveThrough } from "../queries/merchants.server";
import { contentAccounts, knownAccounts } from "../queries/attribution/accounts.server";
import {
  applyLoadedPillars,
  applyPillars,
  assignOrderAccounts,
  assignOrderAccountsLoaded,
  distinctAccounts,
  loadContentAccounts,
  loadDecisions,
  type AccountDecision,
  type RowSet,
} from "../queries/attribution/assign.server";
import { chunkDays, dataVersionOf, earlyReviewOrders, knownAccountIds, loadChangedAccounts } from "../queries/rollups/chunks.server";
import { loadLiveContent, rebuildAccountRollups, rebuildRollups, type DayRange } from "../queries/rollups/rebuild.server";
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

type Decide = (accountId: string, facet?: string, extra?: Partial<AttributionInput>) => AccountDecision;

function decider(accounts: Map<string, KnownAccount>, rules: AttributionRules): Decide {
  return (accountId, facet = "", extra = {}) => {
    const account = accounts.get(accountId);
    return {
      accountId,
      facet,
      withCampaign: pillarOf({ campaignId: "campaign", accountId, ...extra }, account, rules),
      withoutCampaign: pillarOf({ campaignId: "", accountId, ...extra }, account, rules),
    };
  };
}

/** The decisions for orders without an account: by who sold them when sold live. */
function liveFacetDecisions(decide: Decide): AccountDecision[] {
  return Object.entries(LIVE_FACETS).map(([facet, source]) => decide("", facet, { liveWithoutAccount: source }));
}

function decisions(db: Db, merchantId: number, table: "views" | "orders", rules: AttributionRules, rows: RowSet = { kind: "all" }): AccountDecision[] {
  const decide = decider(knownAccounts(db, merchantId), rules);
  const out = distinctAccounts(db, merchantId, table, rows).map((accountId) => decide(accountId));
  if (table === "orders") out.push(...liveFacetDecisions(decide));
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

export interface RefreshOptions {
  /** about how many orders, views and reviews rows one chunk (one transaction) re-derives */
  chunkRows?: number;
  /** called after each chunk's transaction, with the last day it finished */
  onChunk?: (done: { through: string; chunk: number; chunks: number }) => void;
  /** resuming: the days through this one were derived already (`merchants.rederive_through`) */
  after?: string;
}

/** Rows per chunk: about a second of work each, so the writer is free again within a second or two. */
export const CHUNK_ROWS = 200_000;
/** page cache while re-deriving (KiB): a chunk's pages, not the database's */
const REFRESH_CACHE_KIB = 256 * 1024;

/**
 * Re-derives everything for a merchant (to repair, or when a settings change moves every row):
 * pillars and rollups day range by day range, oldest first, each range in its own transaction,
 * so the write lock is free between chunks and the time grows with the rows, not faster
 * (docs/decisions/009). Pages read between chunks see every day consistent with its own rows:
 * the days done with the new rules, the rest with the old; the data version moves once, at the end.
 */
export function refreshAll(db: Db, merchant: MerchantContext, opts: RefreshOptions = {}): void {
  for (const step = refreshSteps(db, merchant, opts); !step.next(false).done; );
}

/**
 * refreshAll that gives the writer's turn to the jobs waiting (other merchants' imports) after
 * each chunk: `give` is the running job's `turn.give` (writer-queue.server.ts).
 */
export async function refreshAllInTurns(db: Db, merchant: MerchantContext, give: () => Promise<boolean>, opts: RefreshOptions = {}): Promise<void> {
  const step = refreshSteps(db, merchant, opts);
  let othersRan = false;
  try {
    while (!step.next(othersRan).done) othersRan = await give();
  } finally {
    // a turn that failed leaves the chunks done so far, and the connection as it found it
    step.return();
  }
}

/** refreshAll's chunks, one per step; each step is told whether other writers ran since the last. */
function* refreshSteps(db: Db, merchant: MerchantContext, opts: RefreshOptions): Generator<void, void, boolean> {
  const c = db.$client;
  const rules = merchant.settings;
  // Resuming, the chunks that end on or before the day reached are done; one that straddles it is
  // derived whole (its first days again, to the same result).
  const chunks = chunkDays(db, merchant.id, opts.chunkRows ?? CHUNK_ROWS).filter((r) => opts.after === undefined || r.to > opts.after);
  // a chunk reads and rewrites its days' rows and index pages: keep them in memory meanwhile
  const cacheSize = c.pragma("cache_size", { simple: true }) as number;
  if (cacheSize < 0 && cacheSize > -REFRESH_CACHE_KIB) c.pragma(`cache_size = -${REFRESH_CACHE_KIB}`);
  let version = -1;
  let decide: Decide = decider(new Map(), rules);
  /** what every chunk reads, loaded again whenever another writer ran between chunks */
  const load = () => {
    version = dataVersionOf(db, merchant.id);
    decide = decider(knownAccounts(db, merchant.id), rules);
    loadContentAccounts(db, merchant.id);
    loadLiveContent(db, merchant.id);
    loadDecisions(db, liveFacetDecisions(decide), true);
  };
  const decideFor = (table: "views" | "orders", rows: RowSet) =>
    loadDecisions(db, distinctAccounts(db, merchant.id, table, rows).map((a) => decide(a)));
  const derive = (rows: RowSet) => {
    if (rows.kind !== "early") decideFor("views", rows);
    if (rows.kind !== "early") applyLoadedPillars(db, merchant.id, "views", rows);
    assignOrderAccountsLoaded(db, merchant.id, rows);
    decideFor("orders", rows);
    applyLoadedPillars(db, merchant.id, "orders", rows);
  };
  try {
    for (const [i, range] of chunks.entries()) {
      c.transaction(() => {
        if (version !== dataVersionOf(db, merchant.id)) load();
        derive({ kind: "days", ...range });
        // A review counts under its order: an order on a later day (not derived yet) that a
        // review of these days names is derived now, so these days' sums are final.
        if (earlyReviewOrders(db, merchant.id, range) > 0) derive({ kind: "early" });
        rebuildRollups(db, merchant.id, range, { liveLoaded: true });
        // how far it got, in the chunk's own transaction: a process killed later resumes after it
        if (i === chunks.length - 1) {
          bumpDataVersion(db, merchant.id);
          setRederiveThrough(db, merchant.id, null);
        } else setRederiveThrough(db, merchant.id, range.to);
      }).immediate();
      opts.onChunk?.({ through: range.to, chunk: i + 1, chunks: chunks.length });
      // another job on this connection may have replaced the temp tables (another merchant's
      // live content): read them again
      if (i < chunks.length - 1 && (yield)) version = -1;
    }
    if (chunks.length === 0)
      c.transaction(() => {
        // resuming after the last day: what is left is the end's version bump
        if (opts.after !== undefined) bumpDataVersion(db, merchant.id);
        else refreshDerived(db, merchant, { kind: "all" });
        setRederiveThrough(db, merchant.id, null);
      }).immediate();
  } finally {
    for (const t of ["content_account", "live_content", "decision", "early_orders"]) c.exec(`DROP TABLE IF EXISTS temp.${t}`);
    c.pragma(`cache_size = ${cacheSize}`);
  }
}

/**
 * A settings change, incremental where it can be: the pillars of rows are decided per account,
 * so only the accounts whose decision the new rules change are re-attributed and taken out of
 * and put back into the rollups (rebuildAccountRollups), in time proportional to their rows.
 * When orders without an account or accounts no file names move (every such row may), the
 * whole merchant is re-derived in chunks (refreshAll). Returns which way it went.
 */
export async function refreshForSettings(
  db: Db,
  before: MerchantContext,
  after: MerchantContext,
  save: () => void,
  /** the running job's `turn.give`: a re-derivation of everything gives the writer's turn between chunks */
  give?: () => Promise<boolean>,
): Promise<"none" | "accounts" | "all"> {
  const c = db.$client;
  const accounts = knownAccounts(db, after.id);
  const old = decider(accounts, before.settings);
  const next = decider(accounts, after.settings);
  const same = (a: AccountDecision, b: AccountDecision) =>
    a.withCampaign.pillar === b.withCampaign.pillar && a.withCampaign.rule === b.withCampaign.rule &&
    a.withoutCampaign.pillar === b.withoutCampaign.pillar && a.withoutCampaign.rule === b.withoutCampaign.rule;
  // an account no file names: every such account is decided alike
  const UNKNOWN = "\u0000unknown";
  const broad =
    !same(old(UNKNOWN), next(UNKNOWN)) ||
    !same(old(""), next("")) ||
    liveFacetDecisions(old).some((d, i) => !same(d, liveFacetDecisions(next)[i]));
  if (broad) {
    // the settings and the mark of a re-derivation under way, together: a process killed before
    // its last chunk leaves the mark, and the rest is derived when the server next starts
    c.transaction(() => {
      save();
      setRederiveThrough(db, after.id, "");
    }).immediate();
    if (give) await refreshAllInTurns(db, after, give);
    else refreshAll(db, after);
    return "all";
  }
  const changed = knownAccountIds(accounts).filter((a) => !same(old(a), next(a)));
  c.transaction(() => {
    save();
    if (changed.length > 0) {
      loadChangedAccounts(db, changed);
      rebuildAccountRollups(db, after.id, () => {
        loadDecisions(db, changed.map((a) => next(a)), true);
        applyLoadedPillars(db, after.id, "views", { kind: "accounts" });
        applyLoadedPillars(db, after.id, "orders", { kind: "accounts" });
      });
      c.exec("DROP TABLE IF EXISTS temp.decision");
      c.exec("DROP TABLE IF EXISTS temp.changed_account");
    }
    bumpDataVersion(db, after.id);
  }).immediate();
  return changed.length > 0 ? "accounts" : "none";
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
