// The cells and headers of real exports, made plain.
import { describe, expect, it } from "vitest";
import { cleanCell, exportHeaderKey, minutesAsSeconds, plainCount, writtenDurationSeconds } from "../../../../app/domain/import/exports/cells";
import { DateOrderEvidence, decideDateOrder, plainTime } from "../../../../app/domain/import/exports/dates";
import { spreadProportionally } from "../../../../app/domain/import/exports/spread";
import { recogniseExport } from "../../../../app/domain/import/exports/recognise";

describe("export cells", () => {
  it.each([
    ["订单应付金额(元)", "订单应付金额"],
    ["\t用户支付金额（元） ", "用户支付金额"],
    ["\uFEFF直播时长(分钟)", "直播时长(分钟)"],
    ["Order  ID", "order id"],
  ])("header %j reads as %j", (raw, key) => expect(exportHeaderKey(raw)).toBe(key));

  it.each([
    ["\t6917000123", "6917000123"],
    ["6917000123\t", "6917000123"],
    ["-", ""],
    [" - ", ""],
    ["", ""],
  ])("cell %j is %j", (raw, plain) => expect(cleanCell(raw)).toBe(plain));

  it.each([
    ["1.2万", "12000"],
    ["3亿", "300000000"],
    ["8,500", "8,500"],
    ["abc", "abc"],
  ])("count %j is %j", (raw, plain) => expect(plainCount(raw)).toBe(plain));

  it.each([
    ["1分钟30秒", 90],
    ["2小时5分钟", 7500],
    ["45秒", 45],
    ["01:02:03", 3723],
    ["12:30", 750],
    ["soon", undefined],
  ])("duration %j is %j seconds", (raw, s) => expect(writtenDurationSeconds(raw)).toBe(s));

  it("reads minutes as seconds, whole", () => {
    expect([minutesAsSeconds("330"), minutesAsSeconds("120.5"), minutesAsSeconds("1分钟30秒"), minutesAsSeconds("x")]).toEqual(["19800", "7230", "90", "x"]);
  });
});

describe("export dates", () => {
  it.each([
    ["2026年9月7日 08:55:37", "day-first", "2026-09-07 08:55:37"],
    ["2026/09/07 08:55:37", "day-first", "2026-09-07 08:55:37"],
    ["2026-9-7", "day-first", "2026-09-07 00:00:00"],
    ["25/09/2026 10:00:00", "day-first", "2026-09-25 10:00:00"],
    ["09/25/2026 10:00:00 PM", "month-first", "2026-09-25 22:00:00"],
    ["09/25/2026 12:05:00 AM", "month-first", "2026-09-25 00:05:00"],
    ["2026-09-07T08:55:37+08:00", "day-first", "2026-09-07T08:55:37+08:00"],
  ] as const)("%j read %s is %j", (raw, order, plain) => expect(plainTime(raw, order)).toBe(plain));

  it("decides the order from values that can only be one, else from the setting", () => {
    const e = new DateOrderEvidence();
    e.see("03/04/2026 10:00:00");
    expect(decideDateOrder(e, "month-first")).toEqual({ by: "setting", order: "month-first", example: "03/04/2026 10:00:00" });
    e.see("13/04/2026 10:00:00");
    expect(decideDateOrder(e, "month-first")).toEqual({ by: "values", order: "day-first", example: "13/04/2026 10:00:00" });
    e.see("04/13/2026 10:00:00");
    expect(decideDateOrder(e, "month-first").by).toBe("conflict");
  });
});

describe("spreadProportionally", () => {
  it.each([
    [3000, [10000, 5000], [2000, 1000]],
    [1000, [3333, 3333, 3334], [333, 333, 334]],
    [100, [1, 1, 1], [1, 1, 1]],
    [2, [1, 1, 1], [1, 1, 0]],
    [0, [500, 500], [0, 0]],
    [5000, [0, 0], [0, 0]],
  ])("%i over %j is %j", (amount, weights, shares) => {
    expect(spreadProportionally(amount, weights)).toEqual(shares);
  });

  it("adds up to the amount exactly, never above the lines' total", () => {
    const weights = [1999, 2999, 3999, 1];
    for (let amount = 0; amount <= 9000; amount += 97) {
      const shares = spreadProportionally(amount, weights);
      expect(shares.reduce((s, x) => s + x, 0)).toBe(Math.min(amount, 8998));
      shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(weights[i]));
    }
  });
});

describe("recogniseExport", () => {
  it("names the export and counts the columns it uses", () => {
    const r = recogniseExport(["\uFEFF子订单编号", "主订单编号", "订单应付金额(元)", "支付完成时间", "流量体裁", "收件人"]);
    expect(r?.summary).toBe("抖店 order export (6 columns, 5 used)");
    expect(r?.ignored).toEqual(["收件人"]);
  });

  it("leaves a file in the contract's columns to be read column by column", () => {
    expect(recogniseExport(["order_id", "paid_at", "gmv"])).toBeNull();
    expect(recogniseExport(["子订单编号", "主订单编号", "支付时间", "订单应付金额", "流量来源", "达人ID"])).toBeNull();
  });
});
