// npm run bench:import — the import path against the sqlite3 CLI's `.import --csv`, and its
// peak memory at 1M and 3M rows, each measured in a fresh child process. Prints figures; it is
// not a timed test. Options: --rows N (default 1,000,000), --skip-3m (only the first size).
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const HEADER =
  "order_id,paid_at,gmv,quantity,sku_id,product_name,channel,content_id,account_id,campaign_id,refund_amount,buyer_id,status\n";
const CHANNELS = ["live", "video", "mall", "search", "other"];
const STATUSES = ["paid", "paid", "paid", "paid", "paid", "paid", "paid", "paid", "refunded", "cancelled"];
const PRODUCTS = ["玫瑰精华水 150ml", "臻颜修护套装", "氨基酸洁面乳", "补水面膜 5片", "Rose toner, travel size"];

/** A deterministic orders file in the contract's format: six months, quoted names, refunds. */
async function writeOrders(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(HEADER);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const start = Date.UTC(2024, 0, 1);
  let buf = "";
  for (let i = 0; i < rows; i++) {
    const t = new Date(start + Math.floor(rand() * 182 * 86_400_000));
    const paid = t.toISOString().slice(0, 19).replace("T", " ");
    const gmv = (Math.floor(rand() * 99_900) + 100) / 100;
    const channel = CHANNELS[i % 5];
    const status = STATUSES[i % 10];
    const product = PRODUCTS[i % 5];
    const name = product.includes(",") ? `"${product}"` : product;
    const refund = status === "paid" && i % 37 === 0 ? (gmv / 2).toFixed(2) : "";
    const content = channel === "live" || channel === "video" ? `C${i % 3000}` : "";
    const account = content && i % 3 === 0 ? `A${i % 120}` : "";
    const campaign = i % 11 === 0 ? "CP-618" : "";
    buf += `69${String(1_000_000_000 + i)},${paid},${gmv.toFixed(2)},${1 + (i % 3)},SKU-${1000 + (i % 400)},${name},${channel},${content},${account},${campaign},${refund},B${i % 200_000},${status}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once("drain", () => r()));
      buf = "";
    }
  }
  out.write(buf);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

interface ChildResult {
  rows: number;
  rowsSeconds: number;
  indexesSeconds: number;
  derivedSeconds: number;
  seconds: number;
  maxRssMb: number;
  status: string;
  inserted: number;
}

/** In the child: import the file into a fresh database through the real service. */
async function child(csv: string, dbPath: string): Promise<void> {
  const { openDb } = await import("../db/client");
  const { createMerchant } = await import("../app/services/merchants.server");
  const { importFile } = await import("../app/services/import/import.server");
  const db = openDb(dbPath);
  const r = createMerchant(db, { slug: "bench" });
  if (!r.ok) throw new Error(r.error);
  const t0 = performance.now();
  const report = await importFile(db, r.merchant, { kind: "orders", path: csv });
  const seconds = (performance.now() - t0) / 1000;
  db.$client.close();
  const result: ChildResult = {
    rows: report.rowsRead,
    rowsSeconds: report.timings.rowsMs / 1000,
    indexesSeconds: report.timings.indexesMs / 1000,
    derivedSeconds: report.timings.derivedMs / 1000,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    status: report.status,
    inserted: report.inserted,
  };
  if (report.status !== "done") result.status += `: ${report.errors[0]?.message}`;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * In the child: the least any import written in JavaScript must do, for scale. The same reader
 * tokenizes the file and every cell is bound, as text, into a plain table like sqlite3's: no
 * checks, no key, no index, no rollups.
 */
async function floorChild(csv: string, dbPath: string): Promise<void> {
  const Database = (await import("better-sqlite3")).default;
  const { openSource } = await import("../app/services/import/readers/open.server");
  const db = new Database(dbPath);
  const t0 = performance.now();
  const source = await openSource(csv, "orders.csv");
  const width = source.headers.length;
  db.exec(`CREATE TABLE orders_plain (${source.headers.map((_, i) => `c${i}`).join(", ")})`);
  const insert = db.prepare(`INSERT INTO orders_plain VALUES (${source.headers.map(() => "?").join(", ")})`);
  let rows = 0;
  db.exec("BEGIN");
  for await (const batch of source.batches) {
    for (const r of batch) {
      if (r.values.length !== width) continue;
      insert.run(r.values);
      rows++;
    }
  }
  db.exec("COMMIT");
  db.close();
  process.stdout.write(`${JSON.stringify({ rows, seconds: (performance.now() - t0) / 1000 })}\n`);
}

function runChild(csv: string, dbPath: string, mode = "--child"): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--import", "tsx", self, mode, csv, dbPath], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`the import child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
}

function sqliteImport(csv: string, dbPath: string): number {
  const t0 = performance.now();
  execFileSync("/usr/bin/sqlite3", [dbPath, ".import --csv " + csv + " orders_plain"]);
  return (performance.now() - t0) / 1000;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args[2]);
  if (args[0] === "--floor") return floorChild(args[1], args[2]);
  const rowsArg = args.indexOf("--rows");
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), "factloop-bench-"));
  try {
    const csv = join(dir, "orders.csv");
    let t0 = performance.now();
    await writeOrders(csv, rows);
    console.log(`generated ${fmt(rows)} orders (${(statSync(csv).size / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const sqliteSeconds = sqliteImport(csv, join(dir, "plain.sqlite"));
    const ours = runChild(csv, join(dir, "factloop.sqlite"));
    if (!ours.status.startsWith("done")) throw new Error(`import did not finish: ${ours.status}`);
    const sqliteRate = rows / sqliteSeconds;
    const ourRate = ours.rows / ours.seconds;
    console.log(`sqlite3 .import --csv (plain table, no checks): ${sqliteSeconds.toFixed(2)} s, ${fmt(sqliteRate)} rows/s`);
    console.log(
      `factloop importFile (validate, upsert, journal, 6 indexes, rollups): ${ours.seconds.toFixed(2)} s, ${fmt(ourRate)} rows/s, peak RSS ${ours.maxRssMb.toFixed(0)} MB`,
    );
    console.log(
      `  of which reading, checking and writing rows ${ours.rowsSeconds.toFixed(2)} s (${fmt(ours.rows / ours.rowsSeconds)} rows/s), ` +
        `rebuilding indexes ${ours.indexesSeconds.toFixed(2)} s, pillars and rollups (refreshDerived) ${ours.derivedSeconds.toFixed(2)} s`,
    );
    console.log(`ratio factloop / sqlite3: ${(ourRate / sqliteRate).toFixed(2)} (goal ≥ 0.80)`);
    const loadRate = ours.rows / (ours.rowsSeconds + ours.indexesSeconds);
    console.log(`ratio without pillars and rollups (rows + indexes only): ${(loadRate / sqliteRate).toFixed(2)}`);
    const floor = runChild(csv, join(dir, "floor.sqlite"), "--floor");
    console.log(
      `for scale, JavaScript's floor (tokenize and bind every cell as text into a plain table, no checks): ` +
        `${floor.seconds.toFixed(2)} s, ${fmt(floor.rows / floor.seconds)} rows/s, ratio ${(floor.rows / floor.seconds / sqliteRate).toFixed(2)}`,
    );

    if (!args.includes("--skip-3m")) {
      const csv3 = join(dir, "orders-3x.csv");
      t0 = performance.now();
      await writeOrders(csv3, rows * 3);
      console.log(`generated ${fmt(rows * 3)} orders in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      rmSync(join(dir, "factloop.sqlite"), { force: true });
      const big = runChild(csv3, join(dir, "factloop-3x.sqlite"));
      console.log(
        `factloop importFile ${fmt(big.rows)} rows: ${big.seconds.toFixed(2)} s, ${fmt(big.rows / big.seconds)} rows/s, peak RSS ${big.maxRssMb.toFixed(0)} MB`,
      );
      const growth = big.maxRssMb / ours.maxRssMb;
      console.log(
        `peak RSS ${fmt(rows)} → ${fmt(rows * 3)} rows: ${ours.maxRssMb.toFixed(0)} MB → ${big.maxRssMb.toFixed(0)} MB (×${growth.toFixed(2)}; goal ≤ 300 MB and ≤ ×1.25)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
