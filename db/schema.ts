// The factloop data model. Every table but `merchants` is keyed by merchant first, so every
// query names the merchant it serves and no index can be read across merchants.
// Money is integer hundredths of the merchant's currency; days are `YYYY-MM-DD` in the
// merchant's time zone, computed once at import.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const merchants = sqliteTable("merchants", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  timezone: text("timezone").notNull().default("Asia/Shanghai"),
  currency: text("currency").notNull().default("CNY"),
  /** JSON of MerchantSettings (app/domain/settings.ts); parsed with zod on read. */
  settings: text("settings").notNull().default("{}"),
  /** bumped by every import, undo and settings change: caches keyed by it stay honest */
  dataVersion: integer("data_version").notNull().default(0),
  createdAt: integer("created_at").notNull().default(sql`(unixepoch() * 1000)`),
  /** the workspace (agency or the merchant's own team) that owns it; null only for merchants made before workspaces */
  workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "restrict" }),
  /** what the shop sells (beauty, apparel, …): peers for benchmarks are merchants of the same category */
  category: text("category").notNull().default(""),
  /** a whole re-derivation under way: the last day it has derived ('' before the first); null when none (migration 0012) */
  rederiveThrough: text("rederive_through"),
});

// ---- people, workspaces and access ---------------------------------------------------------

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** lower-cased and trimmed */
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  /** scrypt$N$r$p$salt$hash (app/services/auth/password.server.ts) */
  passwordHash: text("password_hash").notNull(),
  /** the interface language the person chose: zh-CN, ja or en; null follows the browser */
  locale: text("locale"),
  createdAt: integer("created_at").notNull(),
  passwordChangedAt: integer("password_changed_at").notNull(),
});

/** Server-side sessions: the cookie holds a random token, this table its SHA-256. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** per-session token every state-changing request must echo */
    csrfToken: text("csrf_token").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export const workspaces = sqliteTable("workspaces", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  createdAt: integer("created_at").notNull(),
});

/**
 * A person's role in a whole workspace (merchantId null) or in one merchant only (workspaceId
 * null): an agency's client sees their shop and nothing else.
 */
export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    merchantId: integer("merchant_id").references(() => merchants.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "analyst", "viewer"] }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("memberships_user_workspace").on(t.userId, t.workspaceId),
    uniqueIndex("memberships_user_merchant").on(t.userId, t.merchantId),
    index("memberships_workspace").on(t.workspaceId),
    index("memberships_merchant").on(t.merchantId),
  ],
);

/** Invitation links: single-use, expiring, revocable; the link carries a token, this table its hash. */
export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    merchantId: integer("merchant_id").references(() => merchants.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "analyst", "viewer"] }).notNull(),
    /** who it is meant for, as a label; the link itself is what grants */
    email: text("email").notNull().default(""),
    createdBy: integer("created_by").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    usedBy: integer("used_by"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("invitations_workspace").on(t.workspaceId), index("invitations_merchant").on(t.merchantId)],
);

/** Failed sign-ins per key (`email:…` or `ip:…`) in the current window. */
export const signInFailures = sqliteTable("sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStart: integer("window_start").notNull(),
  lockedUntil: integer("locked_until").notNull().default(0),
});

/** The generated password of the demo owner, kept only so "Open the demo" can sign in with it. */
export const demoDoor = sqliteTable("demo_door", {
  userId: integer("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  password: text("password").notNull(),
});

/** Who did what, when, from where: per merchant (or per workspace for membership changes). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    merchantId: integer("merchant_id").references(() => merchants.id, { onDelete: "cascade" }),
    workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    userId: integer("user_id"),
    /** kept as text so the log still says who after the user is removed */
    userEmail: text("user_email").notNull().default(""),
    action: text("action").notNull(),
    /** JSON: what changed (batch id, rows, GMV, role …) */
    detail: text("detail").notNull().default("{}"),
    ip: text("ip").notNull().default(""),
  },
  (t) => [index("audit_merchant_at").on(t.merchantId, t.at), index("audit_workspace_at").on(t.workspaceId, t.at)],
);

export const accounts = sqliteTable(
  "accounts",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    accountId: text("account_id").notNull(),
    name: text("name").notNull().default(""),
    kind: text("kind", { enum: ["self", "creator"] }).notNull(),
    followers: integer("followers").notNull().default(0),
    category: text("category").notNull().default(""),
    /** 0..1; null when the file gave none. */
    commissionRate: real("commission_rate"),
    /** the account's 抖音号 (Compass lists name accounts by it; order exports by the numeric id) */
    handle: text("handle").notNull().default(""),
    /** slot fee (坑位费) per live session, hundredths; null when the file gave none (then 0) */
    liveFee: integer("live_fee"),
    /** fee per video, hundredths; null when the file gave none (then 0) */
    videoFee: integer("video_fee"),
    /** samples and shipping per post, hundredths; null when the file gave none (then 0) */
    sampleCost: integer("sample_cost"),
    batchId: integer("batch_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.accountId] })],
);

export const campaigns = sqliteTable(
  "campaigns",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    campaignId: text("campaign_id").notNull(),
    name: text("name").notNull(),
    /** first and last day, inclusive, in the merchant's zone */
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    kind: text("kind", { enum: ["platform", "brand", "flash", "other"] }).notNull().default("other"),
    budget: integer("budget"),
    batchId: integer("batch_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.campaignId] })],
);

export const views = sqliteTable(
  "views",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    contentId: text("content_id").notNull(),
    day: text("day").notNull(),
    accountId: text("account_id").notNull(),
    contentType: text("content_type", { enum: ["live", "video", "image", "ugc", "other"] }).notNull(),
    campaignId: text("campaign_id").notNull().default(""),
    impressions: integer("impressions").notNull().default(0),
    views: integer("views").notNull().default(0),
    watchSeconds: integer("watch_seconds").notNull().default(0),
    likes: integer("likes").notNull().default(0),
    comments: integer("comments").notNull().default(0),
    shares: integer("shares").notNull().default(0),
    follows: integer("follows").notNull().default(0),
    productClicks: integer("product_clicks").notNull().default(0),
    cartAdds: integer("cart_adds").notNull().default(0),
    liveSeconds: integer("live_seconds").notNull().default(0),
    /** derived: F A C T S, from the merchant's attribution rules */
    pillar: text("pillar").notNull().default("S"),
    /** derived: the rule that put the row in its pillar (RuleId) */
    pillarRule: text("pillar_rule").notNull().default(""),
    batchId: integer("batch_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.contentId, t.day] }),
    index("views_merchant_day").on(t.merchantId, t.day),
    index("views_merchant_account").on(t.merchantId, t.accountId),
    index("views_batch").on(t.batchId),
  ],
);

export const orders = sqliteTable(
  "orders",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    orderId: text("order_id").notNull(),
    /** epoch milliseconds (UTC instant) */
    paidAt: integer("paid_at").notNull(),
    day: text("day").notNull(),
    gmv: integer("gmv").notNull(),
    quantity: integer("quantity").notNull().default(1),
    skuId: text("sku_id").notNull().default(""),
    productName: text("product_name").notNull().default(""),
    channel: text("channel", { enum: ["live", "video", "image", "mall", "search", "other", ""] }).notNull().default(""),
    contentId: text("content_id").notNull().default(""),
    accountId: text("account_id").notNull().default(""),
    campaignId: text("campaign_id").notNull().default(""),
    /** as given by the file (hundredths); null when the file gave none */
    refundAmount: integer("refund_amount"),
    buyerId: text("buyer_id").notNull().default(""),
    status: text("status", { enum: ["paid", "refunded", "cancelled"] }).notNull().default("paid"),
    /** the main order (主订单编号) a line belongs to; "" when the file gave none */
    mainOrderId: text("main_order_id").notNull().default(""),
    /** who sold it as the shop's export says: shop (小店自卖) or alliance (精选联盟); "" when not given */
    salesSource: text("sales_source", { enum: ["shop", "alliance", ""] }).notNull().default(""),
    /** derived: the account the order is attributed to (its own, else its content's) */
    attributedAccountId: text("attributed_account_id").notNull().default(""),
    pillar: text("pillar").notNull().default("S"),
    pillarRule: text("pillar_rule").notNull().default(""),
    batchId: integer("batch_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.orderId] }),
    // covering: distinct buyers over a period are counted from this index alone
    index("orders_merchant_day").on(t.merchantId, t.day, t.pillar, t.status, t.buyerId),
    index("orders_merchant_buyer").on(t.merchantId, t.buyerId, t.day),
    // re-attribution updates orders per attributed account (every settings change), and the
    // order drill-down lists one account's orders over a period
    index("orders_merchant_attributed").on(t.merchantId, t.attributedAccountId, t.day),
    // (orders_merchant_content and orders_merchant_pillar_channel were dropped in migration 0007:
    // no query used them, and every bulk import rebuilt them)
    index("orders_batch").on(t.batchId),
    // the order drill-down pages newest first by keyset (day, paid_at, order_id), all pillars or one
    // (migration 0006, docs/scale.md)
    index("orders_merchant_day_paid").on(t.merchantId, t.day, t.paidAt, t.orderId),
    index("orders_merchant_pillar_paid").on(t.merchantId, t.pillar, t.day, t.paidAt, t.orderId),
  ],
);

export const reviews = sqliteTable(
  "reviews",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    reviewId: text("review_id").notNull(),
    createdAt: integer("created_at").notNull(),
    day: text("day").notNull(),
    rating: integer("rating").notNull(),
    orderId: text("order_id").notNull().default(""),
    skuId: text("sku_id").notNull().default(""),
    hasMedia: integer("has_media", { mode: "boolean" }).notNull().default(false),
    text: text("text").notNull().default(""),
    buyerId: text("buyer_id").notNull().default(""),
    batchId: integer("batch_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.reviewId] }),
    index("reviews_merchant_day").on(t.merchantId, t.day),
    index("reviews_merchant_order").on(t.merchantId, t.orderId),
    index("reviews_batch").on(t.batchId),
  ],
);

export const importBatches = sqliteTable(
  "import_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["accounts", "campaigns", "views", "orders", "reviews"] }).notNull(),
    fileName: text("file_name").notNull(),
    /** running | done | failed | undone */
    status: text("status").notNull().default("running"),
    /** JSON of the import report (counts, warnings, errors) */
    report: text("report").notNull().default("{}"),
    rowsDone: integer("rows_done").notNull().default(0),
    bytesDone: integer("bytes_done").notNull().default(0),
    bytesTotal: integer("bytes_total").notNull().default(0),
    startedAt: integer("started_at").notNull(),
    finishedAt: integer("finished_at"),
    undoneAt: integer("undone_at"),
    /** files dropped together share a group (the id of its first batch), undone together */
    groupId: integer("group_id"),
  },
  (t) => [index("import_batches_merchant").on(t.merchantId, t.id)],
);

/** The row images a batch replaced, so undo can put them back exactly. */
export const importReplaced = sqliteTable(
  "import_replaced",
  {
    batchId: integer("batch_id").notNull(),
    rowKey: text("row_key").notNull(),
    /** the batch that had written the replaced row */
    previousBatchId: integer("previous_batch_id").notNull(),
    /** JSON of the full replaced row */
    previousRow: text("previous_row").notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowKey] }), index("import_replaced_prev").on(t.previousBatchId)],
);

/** Saved header mappings: a merchant's own header → a contract field, per kind. */
export const columnMappings = sqliteTable(
  "column_mappings",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    header: text("header").notNull(),
    field: text("field").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.kind, t.header] })],
);

/**
 * Daily rollup at the grain the pages split by: day × pillar × campaign × account × content.
 * Rebuilt from orders, views and reviews by services/rollups.server.ts; never written elsewhere.
 */
const measureColumns = {
  gmv: integer("gmv").notNull().default(0),
  refunds: integer("refunds").notNull().default(0),
  orders: integer("orders").notNull().default(0),
  keptOrders: integer("kept_orders").notNull().default(0),
  refundedOrders: integer("refunded_orders").notNull().default(0),
  liveGmv: integer("live_gmv").notNull().default(0),
  impressions: integer("impressions").notNull().default(0),
  views: integer("views").notNull().default(0),
  watchSeconds: integer("watch_seconds").notNull().default(0),
  likes: integer("likes").notNull().default(0),
  comments: integer("comments").notNull().default(0),
  shares: integer("shares").notNull().default(0),
  follows: integer("follows").notNull().default(0),
  productClicks: integer("product_clicks").notNull().default(0),
  cartAdds: integer("cart_adds").notNull().default(0),
  liveSeconds: integer("live_seconds").notNull().default(0),
  liveViews: integer("live_views").notNull().default(0),
  ugcImpressions: integer("ugc_impressions").notNull().default(0),
  reviews: integer("reviews").notNull().default(0),
  positiveReviews: integer("positive_reviews").notNull().default(0),
  mediaReviews: integer("media_reviews").notNull().default(0),
};

export const segmentDay = sqliteTable(
  "segment_day",
  {
    merchantId: integer("merchant_id").notNull(),
    day: text("day").notNull(),
    pillar: text("pillar").notNull(),
    campaignId: text("campaign_id").notNull(),
    accountId: text("account_id").notNull(),
    contentId: text("content_id").notNull(),
    ...measureColumns,
    /** epoch ms of the row's first counted order (MIN of paid_at); null when it has none (migration 0009): a live session's start */
    firstPaidAt: integer("first_paid_at"),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.day, t.pillar, t.campaignId, t.accountId, t.contentId] }),
    index("segment_day_campaign").on(t.merchantId, t.campaignId, t.day),
    index("segment_day_account").on(t.merchantId, t.accountId, t.day),
    // covering: the talent matrix and the Field sessions sum a period's creator and live rows
    // from this index alone instead of reading the wide rollup rows
    index("segment_day_day_account").on(
      t.merchantId, t.day, t.accountId, t.pillar, t.contentId,
      t.gmv, t.refunds, t.orders, t.views, t.impressions, t.watchSeconds, t.liveSeconds, t.liveGmv,
    ),
  ],
);

/** The same measures summed to day × pillar: what the overview and most charts read. */
export const pillarDay = sqliteTable(
  "pillar_day",
  {
    merchantId: integer("merchant_id").notNull(),
    day: text("day").notNull(),
    pillar: text("pillar").notNull(),
    ...measureColumns,
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.day, t.pillar] })],
);

// Small rollups (migration 0006, docs/scale.md): what a page reads when segment_day's content
// grain would make it read more rows as the data grows. Each is a sum of segment_day rows (or,
// for channel_day, of orders) and kept by the same rebuild and import delta as segment_day.
// The migration creates them WITHOUT ROWID.

/** segment_day summed to campaign × day × pillar, rows naming a campaign only: the Campaign page. */
export const campaignDay = sqliteTable(
  "campaign_day",
  {
    merchantId: integer("merchant_id").notNull(),
    campaignId: text("campaign_id").notNull(),
    day: text("day").notNull(),
    pillar: text("pillar").notNull(),
    gmv: integer("gmv").notNull().default(0),
    refunds: integer("refunds").notNull().default(0),
    orders: integer("orders").notNull().default(0),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.campaignId, t.day, t.pillar] })],
);

/** segment_day summed to day × attributed account × pillar, rows with an account only: Alliance, Top-KOL. */
export const accountDay = sqliteTable(
  "account_day",
  {
    merchantId: integer("merchant_id").notNull(),
    day: text("day").notNull(),
    accountId: text("account_id").notNull(),
    pillar: text("pillar").notNull(),
    gmv: integer("gmv").notNull().default(0),
    refunds: integer("refunds").notNull().default(0),
    orders: integer("orders").notNull().default(0),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.day, t.accountId, t.pillar] }), index("account_day_account").on(t.merchantId, t.accountId, t.day)],
);

/** Content an account had active (orders, views or impressions) on a day: the matrix's content counts. */
export const accountContentDay = sqliteTable(
  "account_content_day",
  {
    merchantId: integer("merchant_id").notNull(),
    accountId: text("account_id").notNull(),
    day: text("day").notNull(),
    contentId: text("content_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.accountId, t.day, t.contentId] }),
    // a content's previous and next active day, for account_content_prev_day (migration 0009)
    index("account_content_day_content").on(t.merchantId, t.accountId, t.contentId, t.day),
  ],
);

/**
 * account_content_day counted by each content's previous active day (the same account and
 * content's latest earlier row; "" for none), per account and day (migration 0009, docs/scale.md):
 * the contents an account had active in [a, b] are the rows of day a plus the rows of the later
 * days whose previous day is before a. The matrix's content counts read account-days, not
 * content-days. Created WITHOUT ROWID.
 */
export const accountContentPrevDay = sqliteTable(
  "account_content_prev_day",
  {
    merchantId: integer("merchant_id").notNull(),
    day: text("day").notNull(),
    accountId: text("account_id").notNull(),
    prevDay: text("prev_day").notNull(),
    contents: integer("contents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.day, t.accountId, t.prevDay] })],
);

/** Counted orders summed to day × pillar × channel: Shelf's channels and the drill-down's channel counts. */
export const channelDay = sqliteTable(
  "channel_day",
  {
    merchantId: integer("merchant_id").notNull(),
    day: text("day").notNull(),
    pillar: text("pillar").notNull(),
    channel: text("channel").notNull(),
    gmv: integer("gmv").notNull().default(0),
    orders: integer("orders").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.day, t.pillar, t.channel] })],
);

/** Forecasts computed for a merchant's data version; stale once the version moves on. */
export const forecastCache = sqliteTable(
  "forecast_cache",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    /** what was asked: pillar, horizon, level, as-of, with or without future campaigns */
    cacheKey: text("cache_key").notNull(),
    dataVersion: integer("data_version").notNull(),
    result: text("result").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.cacheKey] })],
);

/** Page figures computed ahead (the overview after an import), per data version: every worker reads them. */
export const pageCache = sqliteTable(
  "page_cache",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    /** the page and what shapes its figures (services/data-cache.server.ts) */
    cacheKey: text("cache_key").notNull(),
    dataVersion: integer("data_version").notNull(),
    result: text("result").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.cacheKey] })],
);

/**
 * Distinct buyers over any range without reading orders (migration 0010): per pillar ('*' for all
 * together), day and the buyer's previous buying day, how many buyers.
 */
export const buyerVisits = sqliteTable(
  "buyer_visits",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    pillar: text("pillar").notNull(),
    day: text("day").notNull(),
    prevDay: text("prev_day"),
    buyers: integer("buyers").notNull(),
  },
  (t) => [index("buyer_visits_scope_day").on(t.merchantId, t.pillar, t.day, t.prevDay, t.buyers)],
);

/**
 * Repurchase cohorts without reading orders (migration 0011): per cohort (first month) and day,
 * how many buyers had their first day of a month there ('month') or of their second month ('second').
 */
export const buyerCohortDays = sqliteTable(
  "buyer_cohort_days",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    firstMonth: text("first_month").notNull(),
    day: text("day").notNull(),
    kind: text("kind", { enum: ["month", "second"] }).notNull(),
    buyers: integer("buyers").notNull(),
  },
  (t) => [index("buyer_cohort_days_cohort_day").on(t.merchantId, t.firstMonth, t.day, t.kind, t.buyers)],
);

/** The data version `buyer_visits` and `buyer_cohort_days` were built from, per merchant. */
export const buyerVisitsBuilt = sqliteTable("buyer_visits_built", {
  merchantId: integer("merchant_id").primaryKey().references(() => merchants.id, { onDelete: "cascade" }),
  dataVersion: integer("data_version").notNull(),
  builtAt: integer("built_at").notNull(),
});

/** Report definitions an analyst saved, reopened by URL. */
export const savedReports = sqliteTable(
  "saved_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    report: text("report", { enum: ["fact", "phases"] }).notNull(),
    /** the URL search string of the report (from, to, by, split, measures) */
    params: text("params").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("saved_reports_merchant").on(t.merchantId)],
);

// ---- the KOL planner: rate cards, planner settings, saved plans --------------------------------

/**
 * A creator's rate card as the planner edits it: every value overrides the accounts file's; a
 * null keeps the file's (and a fee neither gives is 0). Money in hundredths.
 */
export const creatorRates = sqliteTable(
  "creator_rates",
  {
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    accountId: text("account_id").notNull(),
    liveFee: integer("live_fee"),
    videoFee: integer("video_fee"),
    sampleCost: integer("sample_cost"),
    commissionRate: real("commission_rate"),
    /** optional ad boost (投流) bought per post */
    boost: integer("boost"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.accountId] })],
);

/** JSON of PlannerSettings (app/domain/planner/settings.ts), parsed with zod on read. */
export const plannerSettings = sqliteTable("planner_settings", {
  merchantId: integer("merchant_id").primaryKey().references(() => merchants.id, { onDelete: "cascade" }),
  settings: text("settings").notNull().default("{}"),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * A saved plan: its window, budget and how it was made. Lines keep the figures they were planned
 * with, so plan-against-actual compares with what was promised, not with today's estimate.
 */
export const plans = sqliteTable(
  "plans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** hundredths */
    budget: integer("budget").notNull(),
    fromDay: text("from_day").notNull(),
    toDay: text("to_day").notNull(),
    /** gmv | p10 (suggested) or manual (built by hand) */
    objective: text("objective", { enum: ["gmv", "p10", "manual"] }).notNull().default("manual"),
    /** JSON of the suggestion's constraints ({} for a hand-built plan) */
    constraints: text("constraints").notNull().default("{}"),
    /** the last day of history the estimates used */
    asOf: text("as_of").notNull(),
    /** JSON of the plan's totals when saved: cost, expected views/GMV, simulated P10/P90 */
    totals: text("totals").notNull().default("{}"),
    createdBy: integer("created_by"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("plans_merchant_name").on(t.merchantId, t.name)],
);

export const planLines = sqliteTable(
  "plan_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    merchantId: integer("merchant_id").notNull().references(() => merchants.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    accountId: text("account_id").notNull(),
    format: text("format", { enum: ["live", "video"] }).notNull(),
    posts: integer("posts").notNull(),
    fromDay: text("from_day").notNull(),
    toDay: text("to_day").notNull(),
    intent: text("intent", { enum: ["seeding", "harvesting"] }).notNull(),
    /** FACT pillar the line's sales will count in: T for a Top-KOL, else A */
    pillar: text("pillar").notNull(),
    /** hundredths */
    cost: integer("cost").notNull(),
    expectedViews: real("expected_views").notNull(),
    expectedGmv: integer("expected_gmv").notNull(),
    gmvP10: integer("gmv_p10").notNull(),
    gmvP90: integer("gmv_p90").notNull(),
    /** JSON of the line's estimate and rate card when planned (PlannedLine in app/domain/planner) */
    snapshot: text("snapshot").notNull().default("{}"),
    why: text("why").notNull().default(""),
  },
  (t) => [index("plan_lines_plan").on(t.planId), index("plan_lines_merchant_account").on(t.merchantId, t.accountId)],
);

export type Merchant = typeof merchants.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type ViewRow = typeof views.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type PillarDayRow = typeof pillarDay.$inferSelect;
export type ImportBatch = typeof importBatches.$inferSelect;
export type User = typeof users.$inferSelect;
export type Workspace = typeof workspaces.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
