// The planner's messages live in app/i18n/messages/planner.ts ([en, zh-CN, ja]); this is the
// order in which the definitions are shown (keys of `planner.def`).
export const DEFINITION_KEYS = [
  "post",
  "viewsPerPost",
  "range",
  "gpm",
  "gmvPerPost",
  "ownWeight",
  "seedingRate",
  "interestRate",
  "harvestRate",
  "ordersPerView",
  "engagement",
  "refundRate",
  "rating",
  "costPerPost",
  "breakEven",
  "roi",
  "quadrant",
  "prospect",
  "repeat",
] as const;
