// The columns of every FACT table: the page, its CSV and its XLSX all read these, so a figure
// and its export cannot disagree. Money in hundredths until serialised.
import type { Column } from "../report/table";
import { def } from "./column-definitions";

type Meaning = Pick<Column, "definition" | "definitionMessage">;
const money = (key: string, label: string, meaning: Meaning): Column => ({ key, label, type: "money", ...meaning });
const count = (key: string, label: string, meaning: Meaning): Column => ({ key, label, type: "count", ...meaning });
const share = (key: string, label: string, meaning: Meaning): Column => ({ key, label, type: "ratio", ...meaning });
const num = (key: string, label: string, meaning: Meaning): Column => ({ key, label, type: "number", ...meaning });
const text = (key: string, label: string, meaning?: Meaning): Column => ({ key, label, type: "text", ...meaning });

const GMV = money("gmv", "GMV", def("colDef.gmv"));
const NET = money("net_gmv", "Net GMV", def("colDef.net_gmv"));
const ORDERS = count("orders", "Orders", def("colDef.orders"));
const VIEWS = count("views", "Views", def("colDef.views"));
const GPM = money("gpm", "GPM", def("colDef.gpm"));
const ROI_COMMISSION = num("roi", "ROI (×)", def("factCol.roi_commission"));

export const PILLAR_SUMMARY_COLUMNS: Column[] = [
  text("pillar", "Pillar"),
  { ...text("name", "Name"), words: "pillar" },
  GMV,
  NET,
  ORDERS,
  share("gmv_share", "Share", def("colDef.gmv_share")),
  money("previous_gmv", "GMV before", def("factCol.previous_gmv")),
  share("gmv_change", "Change", def("colDef.gmv_change")),
  num("steadiness", "Steadiness (CV)", def("factCol.steadiness")),
  share("target_share", "Target share", def("factCol.target_share")),
  share("share_gap", "Gap to target", def("colDef.share_gap")),
];

export const PILLAR_TREND_COLUMNS: Column[] = [
  text("period", "Period"),
  text("pillar", "Pillar"),
  GMV,
  NET,
  money("refunds", "Refunds", def("factCol.refunds")),
  ORDERS,
  money("aov", "AOV", def("factCol.aov")),
  share("gmv_share", "Share", def("colDef.gmv_share")),
];

export const FIELD_SESSION_COLUMNS: Column[] = [
  text("day", "Day"),
  text("content_id", "Live session", def("factCol.live_session")),
  text("account_id", "Account"),
  text("account_name", "Account name", def("colDef.account_name")),
  text("started_at", "Started", def("colDef.started_at")),
  num("live_hours", "Live hours", def("factCol.live_hours")),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  money("gmv_per_live_hour", "GMV / live hour", def("factCol.gmv_per_live_hour")),
  num("watch_seconds_per_view", "Watch s / view", def("factCol.watch_seconds_per_view")),
  share("order_rate", "Orders ÷ views", def("factCol.order_rate")),
];

export const TALENT_COLUMNS: Column[] = [
  text("account_id", "Creator"),
  text("name", "Name"),
  { ...text("tier", "Tier", def("factCol.tier")), words: "tier" },
  count("followers", "Followers", def("factCol.followers_or_zero")),
  text("pillar", "Pillar", def("factCol.creator_pillar")),
  count("contents", "Contents", def("factCol.contents")),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  share("commission_rate", "Commission", def("factCol.commission_rate")),
  money("commission_cost", "Commission cost", def("factCol.commission_cost")),
  ROI_COMMISSION,
  money("pillar_gmv", "GMV in pillar", def("factCol.pillar_gmv")),
];

export const TIER_COLUMNS: Column[] = [
  { ...text("tier", "Tier"), words: "tier" },
  text("range", "Followers"),
  count("creators", "Creators", def("factCol.tier_creators")),
  count("contents", "Contents", def("factCol.tier_contents")),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  money("commission_cost", "Commission cost", def("factCol.tier_commission_cost")),
  num("roi", "ROI (×)", def("factCol.tier_roi")),
  share("gmv_share", "Share of matrix", def("factCol.tier_share")),
];

export const CAMPAIGN_COLUMNS: Column[] = [
  text("campaign_id", "Campaign"),
  text("name", "Name"),
  text("kind", "Kind"),
  text("starts_on", "Starts"),
  text("ends_on", "Ends"),
  text("measured_to", "Measured to", def("factCol.measured_to")),
  count("days", "Days", def("factCol.campaign_days")),
  GMV,
  ORDERS,
  money("budget", "Budget", def("factCol.budget")),
  num("roi", "ROI (×)", def("factCol.campaign_roi")),
  count("baseline_days", "Baseline days", def("factCol.baseline_days")),
  money("baseline_per_day", "Baseline / day", def("factCol.baseline_per_day")),
  money("merchant_gmv_per_day", "Merchant GMV / day", def("factCol.merchant_gmv_per_day")),
  share("lift", "Lift", def("colDef.lift")),
  money("incremental_gmv", "Incremental GMV", def("factCol.incremental_gmv")),
];

export const TOP_KOL_COLUMNS: Column[] = [
  count("rank_gmv", "# GMV", def("factCol.rank_gmv")),
  text("account_id", "Creator"),
  text("name", "Name"),
  count("followers", "Followers", def("factCol.followers")),
  { ...text("tier", "Tier"), words: "tier" },
  count("contents", "Contents", def("factCol.contents")),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  count("rank_gpm", "# GPM", def("factCol.rank_gpm")),
  money("commission_cost", "Commission cost", def("factCol.commission_cost")),
  ROI_COMMISSION,
  count("rank_roi", "# ROI", def("factCol.rank_roi")),
  share("share_of_all", "Share of all GMV", def("factCol.share_of_all")),
  money("pillar_gmv", "GMV in T", def("factCol.top_kol_gmv")),
];

export const SHELF_CHANNEL_COLUMNS: Column[] = [
  { ...text("channel", "Channel", def("factCol.channel")), words: "channel" },
  GMV,
  ORDERS,
  money("aov", "AOV", def("factCol.aov")),
  share("gmv_share", "Share of Shelf", def("factCol.shelf_share")),
];

export const SHELF_TREND_COLUMNS: Column[] = [
  text("period", "Period"),
  GMV,
  ORDERS,
  money("mall_gmv", "Mall GMV", def("factCol.mall_gmv")),
  money("search_gmv", "Search GMV", def("factCol.search_gmv")),
  money("other_gmv", "Other GMV", def("factCol.other_gmv")),
];
