// 抖店's review export (评价管理): one row per product review. It has no review id: the order,
// the product and the time name a review.
import { plainScore } from "./cells";
import type { ExportFormat } from "./format";
import { exportLabel } from "./messages";

export const douyinReviews: ExportFormat = {
  id: "douyin-reviews",
  label: exportLabel("douyin-reviews"),
  kind: "reviews",
  columns: {
    date: ["评价日期", "评价时间"],
    order: ["订单ID", "子订单编号", "订单编号"],
    product: ["商品ID"],
    score: ["商品评价得分", "评价得分"],
    text: ["评价内容"],
    media: ["是否有图", "是否带图", "有图"],
  },
  required: [["date"], ["score"], ["order", "product"]],
  signature: ["商品评价得分", "评价日期", "追评内容", "追评时间", "商家是否回复", "回复内容", "评价等级", "用户昵称"],
  minSignature: 1,
  times: ["date"],
  gives: { date: "created_at", order: "order_id", product: "sku_id", score: "rating", text: "text", media: "has_media" },
  read(row, ctx) {
    const created = ctx.time(row.cell("date"));
    const order = row.cell("order");
    const sku = row.cell("product");
    return {
      review_id: `${order}:${sku}:${created}`,
      created_at: created,
      rating: plainScore(row.cell("score")),
      order_id: order === "" ? "" : ctx.orderLine(order, sku),
      sku_id: sku,
      has_media: row.cell("media"),
      text: row.cell("text"),
    };
  },
};
