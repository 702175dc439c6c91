// TikTok Shop's order export (Seller Center → Orders → Export): one row per SKU line, headers in
// the seller's interface language (English, Chinese, Japanese here). Order Amount and Order
// Refund Amount repeat on every line of an order.
import { centsToDecimal, parseMoney } from "../../money";
import type { ExportFormat } from "./format";
import { exportLabel } from "./messages";
import { spreadProportionally } from "./spread";

interface OrderLines {
  gmvs: number[];
  refund: number;
  /** the refund of each line, once the first line of the order is read */
  shares?: number[];
  next: number;
}

const cents = (s: string) => {
  const r = parseMoney(s);
  return r.ok ? r.value : 0;
};

const CANCELLED = new Set(["canceled", "cancelled", "已取消", "キャンセル済み", "キャンセル"]);
const CANCEL_TYPES = new Set(["cancel", "取消", "キャンセル"]);

export const tiktokOrders: ExportFormat<Map<string, OrderLines>> = {
  id: "tiktok-orders",
  label: exportLabel("tiktok-orders"),
  kind: "orders",
  columns: {
    order: ["Order ID", "订单ID", "订单号", "注文ID", "注文番号"],
    status: ["Order Status", "订单状态", "注文ステータス"],
    cancel_type: ["Cancelation/Return Type", "Cancellation/Return Type", "取消/退货类型", "キャンセル/返品タイプ"],
    sku: ["SKU ID"],
    product: ["Product Name", "商品名称", "商品名"],
    quantity: ["Quantity", "数量"],
    subtotal: ["SKU Subtotal After Discount", "SKU折后小计", "折扣后SKU小计", "割引後のSKU小計", "SKU小計(割引後)"],
    refund: ["Order Refund Amount", "订单退款金额", "注文返金額"],
    created: ["Created Time", "创建时间", "作成時間", "注文作成時間"],
    paid: ["Paid Time", "付款时间", "支付时间", "支払い時間", "支払日時"],
    buyer: ["Buyer Username", "买家用户名", "購入者ユーザー名"],
  },
  required: [["order"], ["sku"], ["subtotal"], ["paid", "created"]],
  signature: [
    "Order Amount", "订单金额", "注文金額", "Order Substatus", "订单子状态", "注文サブステータス", "SKU Subtotal Before Discount",
    "SKU Platform Discount", "SKU Seller Discount", "SKU Unit Original Price", "Cancelation/Return Type", "取消/退货类型",
    "キャンセル/返品タイプ", "Fulfillment Type", "RTS Time", "Seller SKU", "卖家SKU", "販売者SKU",
  ],
  minSignature: 1,
  times: ["created", "paid"],
  gives: {
    order: "order_id",
    sku: "order_id",
    status: "status",
    cancel_type: "status",
    product: "product_name",
    quantity: "quantity",
    subtotal: "gmv",
    refund: "refund_amount",
    created: "paid_at",
    paid: "paid_at",
    buyer: "buyer_id",
  },
  gather: {
    start: () => new Map(),
    see(orders, row) {
      const id = row.cell("order");
      let o = orders.get(id);
      if (!o) orders.set(id, (o = { gmvs: [], refund: 0, next: 0 }));
      o.gmvs.push(cents(row.cell("subtotal")));
      o.refund = Math.max(o.refund, cents(row.cell("refund")));
    },
  },
  read(row, ctx) {
    const orderId = row.cell("order");
    const lines = ctx.state.get(orderId);
    let refund = 0;
    if (lines) {
      lines.shares ??= spreadProportionally(lines.refund, lines.gmvs);
      refund = lines.shares[lines.next++] ?? 0;
    }
    // without a payment column, the order's creation dates it and its status alone cancels it
    const paidAt = ctx.time(row.cell(row.has("paid") ? "paid" : "created"));
    if (paidAt === "") ctx.count("unpaid");
    const cancelled =
      paidAt === "" || CANCELLED.has(row.cell("status").toLowerCase()) || CANCEL_TYPES.has(row.cell("cancel_type").toLowerCase());
    const refunded = !cancelled && (lines?.refund ?? 0) > 0;
    return {
      order_id: `${orderId}:${row.cell("sku")}`,
      main_order_id: orderId,
      paid_at: paidAt || ctx.time(row.cell("created")),
      gmv: row.cell("subtotal"),
      quantity: row.cell("quantity"),
      sku_id: row.cell("sku"),
      product_name: row.cell("product"),
      buyer_id: row.cell("buyer"),
      refund_amount: refunded ? centsToDecimal(refund) : "",
      status: cancelled ? "cancelled" : refunded ? "refunded" : "paid",
    };
  },
};
