// Every bad input of the issue: the message names what is wrong, and the database is exactly as
// it was (or, with "skip bad rows", holds exactly the good rows).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../../db/client";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { importFile, type ImportOptions } from "../../../app/services/import/import.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { dumpData, fixture } from "./helpers";

let db: Db;
let merchant: MerchantContext;
let cleanup: () => void;
let scratch: string;

beforeEach(async () => {
  const t = tempDbPath();
  cleanup = t.cleanup;
  db = openDb(t.path);
  merchant = makeMerchant(db);
  scratch = mkdtempSync(join(tmpdir(), "factloop-bad-"));
  // some data to stay untouched
  for (const kind of ["accounts", "views", "orders", "reviews"] as const) {
    const r = await importFile(db, merchant, { kind, path: fixture(`${kind}.csv`) });
    expect(r.status).toBe("done");
  }
});

afterEach(() => {
  db.$client.close();
  cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** Imports and checks that nothing changed; returns the report. */
async function refused(o: Omit<ImportOptions, "path"> & { path: string }) {
  const before = dumpData(db);
  const report = await importFile(db, merchant, o);
  expect(report.status).toBe("failed");
  expect(report.batchId).toBeNull();
  expect(dumpData(db)).toBe(before);
  return report;
}

const messages = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message);

describe("bad input is refused with a message, and nothing changes", () => {
  it("an empty file (a BOM and a line break)", async () => {
    const r = await refused({ kind: "orders", path: fixture("empty.csv") });
    expect(messages(r)).toEqual(["The file has no header row: it holds no text at all"]);
  });

  it("a 0-byte upload", async () => {
    const path = join(scratch, "upload.csv");
    writeFileSync(path, "");
    const r = await refused({ kind: "orders", path, fileName: "订单.csv" });
    expect(r.fileName).toBe("订单.csv");
    expect(messages(r)).toEqual(["The file is empty (0 bytes): there is nothing to import"]);
  });

  it("a header only", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-header-only.csv") });
    expect(messages(r)).toEqual(["The file has a header row but no data rows: there is nothing to import"]);
  });

  it("unknown headers", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-unknown-headers.csv") });
    expect(messages(r)[0]).toMatch(/^None of the columns of this file is one factloop knows for orders: "单号", "时间", "金额", "备注"\./);
    expect(messages(r)[0]).toContain("map each to a field");
  });

  it("a missing required column", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-missing-gmv.csv") });
    expect(messages(r)).toEqual([
      'The file has no column for gmv, which every order needs. Its columns are "order_id", "paid_at", "quantity", "product_name". Map a column to each missing field, or add them.',
    ]);
  });

  it("GBK bytes in a file read as UTF-8", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-mixed-encoding.csv") });
    expect(r.errors[0].line).toBe(4);
    expect(messages(r)[0]).toMatch(/^Line 4: the file is read as UTF-8, but from this line on it holds bytes that are not UTF-8/);
  });

  it("a GBK file forced to be read as UTF-8", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-douyin-gbk.csv"), encoding: "utf-8" });
    expect(messages(r)[0]).toMatch(/^Line 1: the file is read as UTF-8/);
  });

  it("an unterminated quote", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-unterminated-quote.csv") });
    expect(messages(r)).toEqual([
      'Line 3: a quoted value starts on this line but its closing quote (") is missing, so the rest of the file cannot be read',
    ]);
  });

  it("an unterminated quote stops the file even with skip bad rows", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-unterminated-quote.csv"), skipBadRows: true });
    expect(r.errors[0].line).toBe(3);
  });

  it("ragged rows", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-ragged.csv") });
    expect(messages(r)).toEqual([
      "Line 3 has 4 values, but the header has 5 columns",
      "Line 4 has 6 values, but the header has 5 columns",
    ]);
    expect(r.rejected).toBe(2);
  });

  it("impossible dates", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-impossible-date.csv") });
    expect(r.errors).toEqual([
      {
        line: 3,
        column: "paid_at",
        value: "2024-02-30 10:00:00",
        message: 'Line 3, column "paid_at": "2024-02-30 10:00:00" is not a real calendar date',
        // the same message as a code, for the pages to translate
        code: { code: "importRow.cell", params: { line: 3, column: "paid_at", value: '"2024-02-30 10:00:00"', problem: { code: "importRow.problem.notRealDate" } } },
      },
    ]);
  });

  it("money like 12,34.5 or -3", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-bad-money.csv") });
    expect(messages(r)).toEqual([
      'Line 3, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)',
      'Line 4, column "refund_amount": "-3" is negative; amounts must be 0 or more',
    ]);
  });

  it("a rating of 7", async () => {
    const r = await refused({ kind: "reviews", path: fixture("reviews-rating-7.csv") });
    expect(messages(r)).toEqual(['Line 3, column "rating": "7" is not a rating from 1 to 5']);
  });

  it("a duplicate key", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-duplicate-key.csv") });
    expect(r.errors).toEqual([
      {
        line: 4,
        column: "order_id",
        value: "7001",
        message: 'Line 4: order_id "7001" appears more than once in this file; each order may be given once',
        code: {
          code: "importRow.duplicate",
          params: { line: 4, key: { code: "importRow.keyOf", params: { field: "order_id", value: '"7001"' } }, noun: { code: "importRow.noun.orders" } },
        },
      },
    ]);
  });

  it("a 5 MB field", async () => {
    const path = join(scratch, "big-field.csv");
    const big = "好".repeat(5 * 1024 * 1024);
    writeFileSync(path, `order_id,paid_at,gmv,product_name\n7001,2024-06-18 20:05:11,299.00,"${big}"\n7002,2024-06-18 20:07:30,199.00,ok\n`);
    const r = await refused({ kind: "orders", path });
    expect(messages(r)).toEqual(['Line 2, column "product_name": the value is 5,242,880 characters long; at most 65,536 are accepted']);
    expect(r.errors[0].value!.length).toBeLessThan(300);
  });

  it("JSON that is an object holding the list", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-not-array.json") });
    expect(messages(r)[0]).toMatch(/^Line 1: this JSON is an object that holds a list \("orders"\), not an array of objects/);
  });

  it("JSON that is a pretty-printed object", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-not-array-pretty.json") });
    expect(messages(r)[0]).toBe(
      "Line 1 is not a JSON object; the file must be an array of objects ([{...}, {...}]) or one object per line",
    );
  });

  it("JSON that is an array of numbers", async () => {
    const r = await refused({ kind: "orders", path: fixture("orders-array-of-numbers.json") });
    expect(messages(r)[0]).toBe("Line 1: item 1 of the array is a number; the file must be an array of objects, one per row");
  });

  it("a file of one kind uploaded as another", async () => {
    const r = await refused({ kind: "orders", path: fixture("reviews.csv") });
    expect(messages(r)[0]).toContain("The file has no column for paid_at, gmv, which every order needs.");
    expect(messages(r)[0]).toContain("It looks like a reviews file: import it as reviews.");
  });

  it("an accounts file uploaded as views", async () => {
    const r = await refused({ kind: "views", path: fixture("accounts.csv") });
    expect(messages(r)[0]).toContain("It looks like an accounts file: import it as accounts.");
  });

  it("a file over 1 GB", async () => {
    const path = join(scratch, "huge.csv");
    writeFileSync(path, "order_id,paid_at,gmv\n");
    // a sparse file: the size is checked before anything is read
    const { truncateSync } = await import("node:fs");
    truncateSync(path, 1024 * 1024 * 1024 + 1);
    const r = await refused({ kind: "orders", path });
    expect(messages(r)[0]).toMatch(/^The file is 1\.00 GB; files up to 1 GB can be imported/);
  });
});

describe("skip bad rows stores exactly the good rows", () => {
  it("rejects each bad row with its reason, in a CSV of rejected rows", async () => {
    const before = db.$client.prepare("SELECT COUNT(*) AS n FROM orders").get() as { n: number };
    const r = await importFile(db, merchant, { kind: "orders", path: fixture("orders-mixed-good-bad.csv"), skipBadRows: true });
    expect(r.status).toBe("done");
    expect([r.rowsRead, r.inserted, r.rejected]).toEqual([8, 3, 5]);
    expect(messages(r)).toEqual([
      'Line 3, column "gmv": "abc" is not an amount of money (for example 1234.50 or 1,234.50)',
      'Line 4, column "channel": "抖音" is not one of live, video, image, mall, search, other (or 直播, 短视频, 视频, 图文, 商城, 搜索, 其他, 其它, 达人直播, 直播间, 商品卡)',
      'Line 6, column "paid_at": "2024-02-30 10:00:00" is not a real calendar date',
      'Line 7: order_id "8004" appears more than once in this file; each order may be given once',
      'Line 8, column "quantity": "-1" is negative; counts are 0 or more',
      'Line 8, column "status": "shipped" is not one of paid, refunded, cancelled (or 已支付, 已付款, 已退款, 已取消)',
    ]);
    const stored = db.$client
      .prepare("SELECT order_id, gmv, quantity, status, batch_id FROM orders WHERE order_id LIKE '800%' ORDER BY order_id")
      .all();
    expect(stored).toEqual([
      { order_id: "8001", gmv: 29900, quantity: 1, status: "paid", batch_id: r.batchId },
      { order_id: "8004", gmv: 8990, quantity: 2, status: "paid", batch_id: r.batchId },
      { order_id: "8007", gmv: 3900, quantity: 1, status: "cancelled", batch_id: r.batchId },
    ]);
    expect((db.$client.prepare("SELECT COUNT(*) AS n FROM orders").get() as { n: number }).n).toBe(before.n + 3);

    const csv = readFileSync(r.rejectedFile!, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(csv[0]).toBe("line,reason,order_id,paid_at,gmv,quantity,channel,status");
    expect(csv.slice(1).map((l) => l.split(",")[0])).toEqual(["3", "4", "6", "7", "8"]);
    expect(csv[5]).toContain('"Line 8, column ""quantity"": ""-1"" is negative; counts are 0 or more; Line 8, column ""status""');
  });

  it("ragged rows are skipped, the others stored", async () => {
    const r = await importFile(db, merchant, { kind: "orders", path: fixture("orders-ragged.csv"), skipBadRows: true });
    expect([r.status, r.inserted, r.rejected]).toEqual(["done", 2, 2]);
    const ids = db.$client.prepare("SELECT order_id FROM orders WHERE order_id LIKE '700%' ORDER BY order_id").pluck().all();
    expect(ids).toEqual(["7001", "7004"]);
  });

  it("a duplicate key keeps the first row of the file", async () => {
    const r = await importFile(db, merchant, { kind: "orders", path: fixture("orders-duplicate-key.csv"), skipBadRows: true });
    expect([r.inserted, r.rejected]).toEqual([3, 1]);
    expect(db.$client.prepare("SELECT gmv FROM orders WHERE order_id = '7001'").get()).toEqual({ gmv: 29900 });
  });

  it("a file whose every row is bad stores nothing", async () => {
    const before = dumpData(db);
    const r = await importFile(db, merchant, { kind: "reviews", path: fixture("orders-bad-money.csv"), skipBadRows: true });
    expect(r.status).toBe("failed");
    expect(dumpData(db)).toBe(before);
  });
});

describe("cells that look like formulas", () => {
  it("are stored as the text they are, and made inert in the rejected-rows CSV", async () => {
    const r = await importFile(db, merchant, { kind: "orders", path: fixture("orders-formula-cells.csv") });
    expect(r.status).toBe("done");
    const rows = db.$client.prepare("SELECT order_id, product_name, buyer_id, sku_id FROM orders WHERE order_id LIKE '710%' ORDER BY order_id").all();
    expect(rows).toEqual([
      { order_id: "7101", product_name: '=HYPERLINK("http://example.com","点我")', buyer_id: "@buyer", sku_id: "+86-SKU" },
      { order_id: "7102", product_name: "-10% 限时折扣", buyer_id: "=1+1", sku_id: "-SKU-2" },
    ]);
  });
});
