// The columns of every FACT table: the page, its CSV and its XLSX all read these, so a figure
// and its export cannot disagree. Money in hundredths until serialised.
import type { Column } from "../report/table";

const money = (key: string, label: string, definition: string): Column => ({ key, label, type: "money", definition });
const count = (key: string, label: string, definition: string): Column => ({ key, label, type: "count", definition });
const share = (key: string, label: string, definition: string): Column => ({ key, label, type: "ratio", definition });
const num = (key: string, label: string, definition: string): Column => ({ key, label, type: "number", definition });
const text = (key: string, label: string, definition?: string): Column => ({ key, label, type: "text", definition });

const GMV = money("gmv", "GMV", "Sum of gmv over counted orders (status not cancelled).");
const NET = money("net_gmv", "Net GMV", "GMV − refunds.");
const ORDERS = count("orders", "Orders", "Number of counted orders.");
const VIEWS = count("views", "Views", "Σ views of the content.");
const GPM = money("gpm", "GPM", "GMV ÷ views × 1000; blank without views.");
const ROI_COMMISSION = num("roi", "ROI (×)", "GMV ÷ commission cost; blank when the cost is 0 or the commission rate is unknown.");

export const PILLAR_SUMMARY_COLUMNS: Column[] = [
  text("pillar", "Pillar"),
  { ...text("name", "Name"), words: "pillar" },
  GMV,
  NET,
  ORDERS,
  share("gmv_share", "Share", "GMV ÷ the period's total GMV."),
  money("previous_gmv", "GMV before", "GMV in the previous period of the same length."),
  share("gmv_change", "Change", "(GMV − GMV before) ÷ GMV before; blank when there was none before."),
  num("steadiness", "Steadiness (CV)", "Coefficient of variation of daily GMV: population standard deviation ÷ mean, every day of the period counted (days without sales as 0); blank when the mean is 0."),
  share("target_share", "Target share", "The merchant's target share of GMV (Settings)."),
  share("share_gap", "Gap to target", "Share − target share."),
];

export const PILLAR_TREND_COLUMNS: Column[] = [
  text("period", "Period"),
  text("pillar", "Pillar"),
  GMV,
  NET,
  money("refunds", "Refunds", "Refunds of counted orders."),
  ORDERS,
  money("aov", "AOV", "GMV ÷ orders."),
  share("gmv_share", "Share", "GMV ÷ the period's total GMV."),
];

export const FIELD_SESSION_COLUMNS: Column[] = [
  text("day", "Day"),
  text("content_id", "Live session", "The live content broadcast that day."),
  text("account_id", "Account"),
  text("account_name", "Account name", "The account's name from the accounts file."),
  text("started_at", "Started", "The live's start: the paid time of its first order that day (the contract gives a live no start time of its own), else the day of its views."),
  num("live_hours", "Live hours", "live_seconds ÷ 3600."),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  money("gmv_per_live_hour", "GMV / live hour", "Live GMV ÷ live hours; blank without live seconds."),
  num("watch_seconds_per_view", "Watch s / view", "Σ watch_seconds ÷ Σ views."),
  share("order_rate", "Orders ÷ views", "Counted orders ÷ views."),
];

export const TALENT_COLUMNS: Column[] = [
  text("account_id", "Creator"),
  text("name", "Name"),
  { ...text("tier", "Tier", "By followers, from the merchant's tier bands (Settings)."), words: "tier" },
  count("followers", "Followers", "From the accounts file; 0 when no accounts file names the creator."),
  text("pillar", "Pillar", "Where the creator's sales without a campaign go: T at or above the Top-KOL threshold, else A."),
  count("contents", "Contents", "Distinct content pieces with views or orders in the period."),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  share("commission_rate", "Commission", "Commission rate from the accounts file."),
  money("commission_cost", "Commission cost", "GMV × commission rate; blank when the rate is unknown."),
  ROI_COMMISSION,
  money("pillar_gmv", "GMV in pillar", "The part of the creator's GMV that sits in this page's pillar (the rest is Campaign, or the other creator pillar)."),
];

export const TIER_COLUMNS: Column[] = [
  { ...text("tier", "Tier"), words: "tier" },
  text("range", "Followers"),
  count("creators", "Creators", "Creators of the tier with views or orders in the period."),
  count("contents", "Contents", "Σ contents of the tier's creators."),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  money("commission_cost", "Commission cost", "Σ known commission costs."),
  num("roi", "ROI (×)", "GMV of creators with a known commission rate ÷ their commission cost."),
  share("gmv_share", "Share of matrix", "Tier GMV ÷ the matrix's GMV."),
];

export const CAMPAIGN_COLUMNS: Column[] = [
  text("campaign_id", "Campaign"),
  text("name", "Name"),
  text("kind", "Kind"),
  text("starts_on", "Starts"),
  text("ends_on", "Ends"),
  text("measured_to", "Measured to", "The campaign's last day with data (its end, or the latest imported day while it runs)."),
  count("days", "Days", "Campaign days measured."),
  GMV,
  ORDERS,
  money("budget", "Budget", "From the campaigns file."),
  num("roi", "ROI (×)", "Campaign GMV ÷ budget; blank without a budget."),
  count("baseline_days", "Baseline days", "Days of the 28 before the campaign that had imported data (fewer when the data starts later)."),
  money("baseline_per_day", "Baseline / day", "Mean of the merchant's total daily GMV on the same weekdays in the 28 days before the campaign, weighted to the campaign's weekday mix."),
  money("merchant_gmv_per_day", "Merchant GMV / day", "The merchant's total GMV (all pillars) per campaign day."),
  share("lift", "Lift", "(Merchant GMV per day − baseline per day) ÷ baseline per day."),
  money("incremental_gmv", "Incremental GMV", "Merchant GMV over the campaign days − baseline per day × days."),
];

export const TOP_KOL_COLUMNS: Column[] = [
  count("rank_gmv", "# GMV", "Rank by GMV."),
  text("account_id", "Creator"),
  text("name", "Name"),
  count("followers", "Followers", "From the accounts file."),
  { ...text("tier", "Tier"), words: "tier" },
  count("contents", "Contents", "Distinct content pieces with views or orders in the period."),
  VIEWS,
  GMV,
  ORDERS,
  GPM,
  count("rank_gpm", "# GPM", "Rank by GPM (creators without views last)."),
  money("commission_cost", "Commission cost", "GMV × commission rate; blank when the rate is unknown."),
  ROI_COMMISSION,
  count("rank_roi", "# ROI", "Rank by ROI (creators without a known cost last)."),
  share("share_of_all", "Share of all GMV", "The creator's GMV ÷ the merchant's total GMV in the period."),
  money("pillar_gmv", "GMV in T", "The part of the creator's GMV in the Top-KOL pillar."),
];

export const SHELF_CHANNEL_COLUMNS: Column[] = [
  { ...text("channel", "Channel", "The channel the order file gave; (none) when it gave none."), words: "channel" },
  GMV,
  ORDERS,
  money("aov", "AOV", "GMV ÷ orders."),
  share("gmv_share", "Share of Shelf", "Channel GMV ÷ Shelf GMV."),
];

export const SHELF_TREND_COLUMNS: Column[] = [
  text("period", "Period"),
  GMV,
  ORDERS,
  money("mall_gmv", "Mall GMV", "Shelf GMV of channel mall."),
  money("search_gmv", "Search GMV", "Shelf GMV of channel search."),
  money("other_gmv", "Other GMV", "Shelf GMV of any other or no channel."),
];
