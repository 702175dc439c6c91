// factloop import / imports: exit codes, the human summary and the --json report.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../app/cli/main";
import type { CliIo } from "../../../app/cli/io";
import { fixture } from "./helpers";

let dir: string;
let dbPath: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), outBytes: (d) => out.push(String(d)) };
  return { io, out, err };
}

async function run(...args: string[]) {
  const c = capture();
  const code = await main([...args, "--db", dbPath], c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "factloop-cli-"));
  dbPath = join(dir, "cli.sqlite");
  expect((await run("merchant", "create", "shop")).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("factloop import", () => {
  it("imports, prints a summary, and lists and undoes batches", async () => {
    const r = await run("import", "orders", fixture("orders.csv"), "--merchant", "shop");
    expect(r.code).toBe(0);
    expect(r.out).toContain("orders.csv (orders): imported as batch 1. 6 rows read, 6 inserted, 0 replaced, 0 unchanged, 0 rejected.");
    const list = await run("imports", "list", "--merchant", "shop");
    expect(list.out.split("\n")[1]).toMatch(/^1\torders\torders\.csv\tdone\t6\t6\t0\t0\t0\t/);
    const undo = await run("imports", "undo", "1", "--merchant", "shop");
    expect([undo.code, undo.out]).toEqual([0, "Undid batch 1: 6 rows removed, 0 earlier rows restored."]);
    const again = await run("imports", "undo", "1", "--merchant", "shop");
    expect([again.code, again.err]).toEqual([1, "factloop imports: Batch 1 was already undone"]);
  });

  it("prints the report as JSON", async () => {
    const r = await run("import", "reviews", fixture("reviews.csv"), "--merchant", "shop", "--json", "--dry-run");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ kind: "reviews", status: "dry-run", batchId: null, rowsRead: 3, inserted: 3, encoding: "utf-8", separator: "comma" });
  });

  it("exits 1 naming the file, line and column of bad input", async () => {
    const r = await run("import", "orders", fixture("orders-bad-money.csv"), "--merchant", "shop");
    expect(r.code).toBe(1);
    expect(r.err).toContain('orders-bad-money.csv: Line 3, column "gmv": "12,34.5" is not an amount of money');
    expect(r.err).toContain('orders-bad-money.csv: Line 4, column "refund_amount": "-3" is negative');
  });

  it("uses and saves a --mapping file", async () => {
    const mapping = join(dir, "mapping.json");
    writeFileSync(mapping, JSON.stringify({ 单号: "order_id", 时间: "paid_at", 金额: "gmv" }));
    const r = await run("import", "orders", fixture("orders-unknown-headers.csv"), "--merchant", "shop", "--mapping", mapping);
    expect(r.code).toBe(0);
    // saved: the next import needs no --mapping
    const again = await run("import", "orders", fixture("orders-unknown-headers.csv"), "--merchant", "shop", "--json");
    expect(JSON.parse(again.out)).toMatchObject({ status: "done", unchanged: 2 });
    writeFileSync(mapping, JSON.stringify({ 单号: "order_number" }));
    const bad = await run("import", "orders", fixture("orders-unknown-headers.csv"), "--merchant", "shop", "--mapping", mapping);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"单号" maps to "order_number", which is not a field of orders');
  });

  it("exits 2 on bad usage", async () => {
    expect((await run("import", "sales", fixture("orders.csv"), "--merchant", "shop")).code).toBe(2);
    expect((await run("import", "orders", "--merchant", "shop")).code).toBe(2);
    expect((await run("import", "orders", fixture("orders.csv"))).code).toBe(2);
    expect((await run("import", "orders", fixture("orders.csv"), "--merchant", "shop", "--bogus")).code).toBe(2);
    expect((await run("imports", "undo", "x", "--merchant", "shop")).code).toBe(2);
  });

  it("reads a CSV with the --encoding and --separator given instead of the detected ones", async () => {
    const gbk = await run("import", "orders", fixture("orders-douyin-gbk.csv"), "--merchant", "shop", "--encoding", "gbk", "--json");
    expect(gbk.code).toBe(0);
    expect(JSON.parse(gbk.out)).toMatchObject({ status: "done", encoding: "gb18030", inserted: 4 });
    const asUtf8 = await run("import", "orders", fixture("orders-douyin-gbk.csv"), "--merchant", "shop", "--encoding", "utf-8");
    expect(asUtf8.code).toBe(1);
    expect(asUtf8.err).toMatch(/Line 1: the file is read as UTF-8, but from this line on it holds bytes that are not UTF-8/);
    const semicolon = await run("import", "views", fixture("views-semicolon-bom.csv"), "--merchant", "shop", "--separator", "semicolon", "--json");
    expect(JSON.parse(semicolon.out)).toMatchObject({ status: "done", separator: "semicolon" });
    const asTab = await run("import", "views", fixture("views-semicolon-bom.csv"), "--merchant", "shop", "--separator", "tab", "--dry-run");
    expect(asTab.code).toBe(1);
    expect(asTab.err).toMatch(/None of the columns of this file is one factloop knows for views/);
    const bad = await run("import", "orders", fixture("orders.csv"), "--merchant", "shop", "--encoding", "latin1");
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining("--encoding must be utf-8, gbk or gb18030")]);
    expect((await run("import", "orders", fixture("orders.csv"), "--merchant", "shop", "--separator", "pipe")).code).toBe(2);
  });

  it("exits 1 for a missing file or merchant", async () => {
    const missing = await run("import", "orders", join(dir, "nope.csv"), "--merchant", "shop");
    expect([missing.code, missing.err]).toEqual([1, `factloop import: ${join(dir, "nope.csv")}: no such file`]);
    const nobody = await run("import", "orders", fixture("orders.csv"), "--merchant", "nobody");
    expect(nobody.code).toBe(1);
  });
});
