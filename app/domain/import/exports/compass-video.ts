// 抖音电商罗盘's video list (视频明细): one row per video, stored as one views row of video
// content on the day it was published.
import { plainCount } from "./cells";
import type { ExportFormat } from "./format";
import { exportLabel } from "./messages";

export const compassVideo: ExportFormat = {
  id: "compass-video",
  label: exportLabel("compass-video"),
  kind: "views",
  columns: {
    video: ["视频ID"],
    published: ["发布时间"],
    handle: ["达人抖音号", "抖音号"],
    nickname: ["达人昵称"],
    views: ["视频观看次数"],
    impressions: ["视频曝光次数"],
    likes: ["点赞数"],
    comments: ["评论数"],
    shares: ["转发数", "分享数"],
    follows: ["点击关注次数"],
    product_clicks: ["商品点击次数"],
  },
  required: [["video"], ["published"], ["handle", "nickname"]],
  signature: ["视频标题", "视频ID", "是否投放", "播放链接", "视频观看次数", "带货商品ID", "完播率", "引流直播间用户支付金额", "看后搜用户支付金额"],
  minSignature: 2,
  times: ["published"],
  gives: {
    video: "content_id",
    published: "date",
    handle: "account_id",
    nickname: "account_id",
    views: "views",
    impressions: "impressions",
    likes: "likes",
    comments: "comments",
    shares: "shares",
    follows: "follows",
    product_clicks: "product_clicks",
  },
  read(row, ctx) {
    const views = plainCount(row.cell("views"));
    const handle = row.cell("handle") || row.cell("nickname");
    return {
      content_id: row.cell("video"),
      date: ctx.time(row.cell("published")),
      account_id: ctx.accountByHandle(handle),
      content_type: "video",
      // the list has no exposure of the video itself (商品曝光次数 is the product's): its plays stand in
      impressions: row.has("impressions") ? plainCount(row.cell("impressions")) : views,
      views,
      likes: plainCount(row.cell("likes")),
      comments: plainCount(row.cell("comments")),
      shares: plainCount(row.cell("shares")),
      follows: plainCount(row.cell("follows")),
      product_clicks: plainCount(row.cell("product_clicks")),
    };
  },
};
