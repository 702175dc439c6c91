// The page's preview: how a file will be read, and its first rows with their problems.
import { describe, expect, it } from "vitest";
import { statSync } from "node:fs";
import { previewFile } from "../../../app/services/import/preview.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { fixture } from "./helpers";

const of = (name: string) => ({ path: fixture(name), fileName: name, size: statSync(fixture(name)).size });

describe("previewFile", () => {
  it("suggests the kind, and shows encoding, separator, mapping and first rows", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const p = await previewFile(db, m, of("orders-douyin-gbk.csv"));
    expect([p.format, p.encoding, p.separator, p.suggestedKind, p.kind, p.problem]).toEqual(["csv", "gb18030", "comma", "orders", "orders", null]);
    expect(p.columns.slice(0, 3)).toEqual([
      { header: "子订单编号", field: "order_id" },
      { header: "主订单编号", field: "main_order_id" },
      { header: "支付时间", field: "paid_at" },
    ]);
    expect(p.rows.map((r) => [r.line, r.cells.order_id, r.cells.gmv, r.problems])).toEqual([
      [2, "4987001", "￥299.00", []],
      [3, "4987002", "￥1,099.50", []],
      [4, "4987003", "59.9", []],
      [5, "4987004", "89.90", []],
    ]);
  });

  it("shows the problems of the first rows, and of a mapping that misses a field", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const bad = await previewFile(db, m, of("orders-bad-money.csv"));
    expect(bad.rows[1].problems).toEqual(['Line 3, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)']);
    const unknown = await previewFile(db, m, of("orders-unknown-headers.csv"));
    expect(unknown.problem).toMatch(/^No column of this file is one factloop knows/);
    const mapped = await previewFile(db, m, { ...of("orders-unknown-headers.csv"), kind: "orders", mapping: { 单号: "order_id", 时间: "paid_at" } });
    expect(mapped.problem).toBe("No column gives gmv, which every order needs: map a column to it.");
    expect(mapped.missing).toEqual(["gmv"]);
  });

  it("shows each value as it will be stored, and the cell when they differ", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const p = await previewFile(db, m, of("orders-douyin-gbk.csv"));
    const first = p.rows[1];
    expect(first.cells.gmv).toBe("￥1,099.50");
    expect(first.read?.gmv).toBe("1099.50");
    // times are shown as the merchant's wall clock, Chinese statuses in English, defaults filled
    expect(first.read?.paid_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(p.rows.map((r) => r.read?.status)).toEqual(p.rows.map(() => expect.stringMatching(/^(paid|refunded|cancelled)$/)));
    expect(p.rows.every((r) => r.read?.quantity !== "")).toBe(true);
    // a row with problems shows no read values
    const bad = await previewFile(db, m, of("orders-bad-money.csv"));
    expect(bad.rows[1].read).toBeNull();
    expect(bad.rows[0].read?.gmv).toMatch(/^\d+\.\d{2}$/);
  });

  it("reads a file with the encoding and separator the merchant chose instead of the detected ones", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const asUtf8 = await previewFile(db, m, { ...of("orders-douyin-gbk.csv"), encoding: "utf-8" });
    expect(asUtf8.problem).toMatch(/^Line 1: the file is read as UTF-8, but from this line on it holds bytes that are not UTF-8/);
    const bySemicolon = await previewFile(db, m, { ...of("orders.csv"), separator: ";" });
    expect(bySemicolon.separator).toBe("semicolon");
    expect(bySemicolon.columns).toHaveLength(1);
  });

  it("explains a file it cannot read", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    const p = await previewFile(db, m, of("orders-unterminated-quote.csv"));
    expect(p.problem).toMatch(/^Line 3: a quoted value starts on this line/);
  });
});
