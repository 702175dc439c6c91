// 抖音电商罗盘's live-session list (直播间列表 → 下载明细): one row per session, stored as one
// views row of live content on the day the session started (a session past midnight stays on
// its start day: docs/formats.md).
import { minutesAsSeconds, plainCount } from "./cells";
import type { ExportFormat } from "./format";
import { exportLabel } from "./messages";

export const compassLive: ExportFormat = {
  id: "compass-live",
  label: exportLabel("compass-live"),
  kind: "views",
  columns: {
    handle: ["主播抖音号", "抖音号"],
    nickname: ["主播昵称"],
    start: ["直播开始时间", "开播时间"],
    minutes: ["直播时长(分钟)", "直播时长"],
    impressions: ["直播间曝光次数"],
    views: ["直播间观看次数"],
    likes: ["点赞次数", "直播间点赞次数"],
    comments: ["评论次数"],
    follows: ["新增粉丝数"],
    product_clicks: ["直播间商品点击次数"],
  },
  required: [["start"], ["handle", "nickname"]],
  signature: [
    "直播开始时间", "直播结束时间", "直播间曝光人数", "直播间曝光次数", "直播间观看人数", "直播间观看次数", "最高在线人数",
    "平均在线人数", "直播间成交金额", "直播间商品点击次数", "主播抖音号",
  ],
  minSignature: 2,
  times: ["start"],
  gives: {
    handle: "account_id",
    nickname: "account_id",
    start: "content_id",
    minutes: "live_seconds",
    impressions: "impressions",
    views: "views",
    likes: "likes",
    comments: "comments",
    follows: "follows",
    product_clicks: "product_clicks",
  },
  read(row, ctx) {
    const start = ctx.time(row.cell("start"));
    const handle = row.cell("handle") || row.cell("nickname");
    return {
      // a session has no id of its own: its account and start time name it
      content_id: handle && start ? `${handle}@${start}` : "",
      date: start,
      account_id: ctx.accountByHandle(handle),
      content_type: "live",
      impressions: plainCount(row.cell("impressions")),
      views: plainCount(row.cell("views")),
      likes: plainCount(row.cell("likes")),
      comments: plainCount(row.cell("comments")),
      follows: plainCount(row.cell("follows")),
      product_clicks: plainCount(row.cell("product_clicks")),
      live_seconds: minutesAsSeconds(row.cell("minutes")),
    };
  },
};
