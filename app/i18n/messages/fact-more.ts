// The Campaign page's comparison with the previous edition.
export const factMore = {
  editions: {
    title: ["Against the previous edition", "与上一届对比", "前回の開催との比較"],
    hint: [
      "The same campaign the year before (by the festival it stands for, else its name), over as many of its own days as this one has so far.",
      "上一年的同一活动（按所属大促，否则按名称匹配），按本届已进行的天数取上一届的相同天数对比。",
      "前年の同じキャンペーン（対応する商戦、なければ名前で照合）を、今回の経過日数と同じ日数で比べます。",
    ],
    label: ["Campaigns against their previous edition", "各活动与上一届对比", "キャンペーンと前回の開催の比較"],
    campaign: ["Campaign", "活动", "キャンペーン"],
    previous: ["Previous edition", "上一届", "前回の開催"],
    days: ["Days compared", "对比天数", "比較日数"],
    gmv: ["GMV", "GMV", "GMV"],
    previousGmv: ["GMV then", "上一届 GMV", "前回の GMV"],
    gmvChange: ["GMV change", "GMV 变化", "GMV の変化"],
    orders: ["Orders", "订单", "注文"],
    previousOrders: ["Orders then", "上一届订单", "前回の注文"],
    ordersChange: ["Orders change", "订单变化", "注文の変化"],
    none: ["no previous edition", "没有上一届", "前回の開催なし"],
    notStarted: ["not started yet", "尚未开始", "未開始"],
    empty: ["No campaigns in this period.", "本期间没有活动。", "この期間にキャンペーンはありません。"],
  },
} as const;
