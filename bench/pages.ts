// npm run bench:pages — how long each FACT page takes at 100,000 and 1,000,000 orders.
// For each size it writes a synthetic merchant straight into a temp database with prepared
// statements (one views row for every five orders, as the demo has: about 4.8 orders per content
// day), derives pillars and rollups with refreshAll, serves the built app with remix-serve and
// fetches every FACT page over HTTP on 127.0.0.1: the loaders alone (single-fetch `.data`) and the
// whole server-rendered document, 50 timed requests each after warm-up.
// It prints figures and checks them against the goal (p95 at 1M within 2× of p95 at 100k, and under
// 150 ms); it is a benchmark, not a test, and exits 0 whatever the figures.
//   --sizes 100000,1000000   --requests 50   --no-build (use the existing build/)   --keep (keep the dbs)
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDb } from "../db/client";
import { refreshAll } from "../app/services/derive.server";
import { createMerchant, findMerchant } from "../app/services/merchants.server";
import { addDays, eachDay, weekday } from "../app/domain/time";
import { createRng } from "../seeds/random";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    requests: { type: "string", default: "50" },
    "no-build": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const SIZES = args.sizes!.split(",").map((s) => Number(s.trim())).filter((n) => n > 0);
const REQUESTS = Number(args.requests);
const WARMUP = 3;
const LAST_DAY = "2026-10-31";
const DAYS = 365;
const FIRST_DAY = addDays(LAST_DAY, -(DAYS - 1));
const MERCHANT = "bench";

const PAGES = [
  { name: "FACT overview", path: "fact", route: "routes/m.$merchant.fact._index" },
  { name: "F Field", path: "fact/field", route: "routes/m.$merchant.fact.field" },
  { name: "A Alliance", path: "fact/alliance", route: "routes/m.$merchant.fact.alliance" },
  { name: "C Campaign", path: "fact/campaign", route: "routes/m.$merchant.fact.campaign" },
  { name: "T Top-KOL", path: "fact/top-kol", route: "routes/m.$merchant.fact.top-kol" },
  { name: "S Shelf", path: "fact/shelf", route: "routes/m.$merchant.fact.shelf" },
  { name: "orders drill-down (A)", path: "orders?pillar=A", route: "routes/m.$merchant.orders._index" },
] as const;

const log = (s: string) => process.stdout.write(`${s}\n`);

// ---------- synthetic merchant ----------

interface Creator {
  id: string;
  followers: number;
  rate: number;
}

/** Writes accounts, campaigns, views and orders for `orders` orders over 365 days. */
function writeMerchant(dbPath: string, orders: number): { views: number; seconds: number; refreshSeconds: number } {
  const t0 = performance.now();
  const db = openDb(dbPath);
  const created = createMerchant(db, { slug: MERCHANT, name: "Bench shop", timezone: "Asia/Shanghai" });
  if (!created.ok) throw new Error(created.error);
  const m = created.merchant;
  const rng = createRng(20260101 + orders);
  const c = db.$client;

  // 2 own accounts and 400 creators: 4 head, 12 shoulder, 84 waist, 300 tail.
  const creators: Creator[] = [];
  const tiers: [number, number, number][] = [[4, 5_000_000, 12_000_000], [12, 1_000_000, 4_900_000], [84, 100_000, 990_000], [300, 2_000, 99_000]];
  for (const [n, lo, hi] of tiers) {
    for (let i = 0; i < n; i++) {
      creators.push({ id: `kol-${String(creators.length + 1).padStart(4, "0")}`, followers: Math.round(lo * Math.pow(hi / lo, rng.next())), rate: Math.round(rng.normal(0.18, 0.03) * 100) / 100 });
    }
  }
  const campaigns = [
    { id: "C-NY", from: "2025-12-28", to: "2026-01-10" },
    { id: "C-38", from: "2026-03-01", to: "2026-03-08" },
    { id: "C-618", from: "2026-05-25", to: "2026-06-18" },
    { id: "C-BD", from: "2026-08-08", to: "2026-08-09" },
    { id: "C-D11", from: "2026-10-20", to: "2026-11-11" },
  ];
  const campaignOn = (day: string) => campaigns.find((x) => day >= x.from && day <= x.to)?.id ?? "";

  const days = eachDay(FIRST_DAY, LAST_DAY);
  // Views: two self lives a day, the rest creator videos that stay up five days.
  const viewsTarget = Math.round(orders / 5);
  const selfLives = days.length * 2;
  const videos = Math.max(1, Math.round((viewsTarget - selfLives) / 5));

  c.exec("BEGIN");
  const acc = c.prepare(`INSERT INTO accounts (merchant_id, account_id, name, kind, followers, category, commission_rate, batch_id) VALUES (?, ?, ?, ?, ?, 'beauty', ?, 0)`);
  acc.run(m.id, "self-flagship", "Flagship live", "self", 900_000, null);
  acc.run(m.id, "self-lab", "Lab live", "self", 200_000, null);
  for (const k of creators) acc.run(m.id, k.id, `Creator ${k.id}`, "creator", k.followers, k.rate);
  const camp = c.prepare(`INSERT INTO campaigns (merchant_id, campaign_id, name, starts_on, ends_on, kind, budget, batch_id) VALUES (?, ?, ?, ?, ?, 'platform', ?, 0)`);
  for (const x of campaigns) camp.run(m.id, x.id, `Campaign ${x.id}`, x.from, x.to, 20_000_000);

  const view = c.prepare(
    `INSERT INTO views (merchant_id, content_id, day, account_id, content_type, campaign_id, impressions, views, watch_seconds, likes, comments, shares, follows, product_clicks, cart_adds, live_seconds, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  let viewRows = 0;
  const liveOf = new Map<string, string[]>(); // day → live content ids
  for (const day of days) {
    const lives: string[] = [];
    for (const acct of ["self-flagship", "self-lab"]) {
      const id = `live-${acct}-${day}`;
      const v = Math.round(rng.normal(30_000, 4_000) * (weekday(day) >= 6 ? 1.3 : 1));
      view.run(m.id, id, day, acct, "live", "", v * 3, v, v * 90, v / 10, v / 40, v / 160, v / 80, v / 11, v / 30, Math.round(rng.normal(4.5, 0.5) * 3600));
      lives.push(id);
      viewRows++;
    }
    liveOf.set(day, lives);
  }
  const activeOn = new Map<string, { id: string; creator: Creator; campaign: string }[]>();
  for (let i = 0; i < videos; i++) {
    const k = creators[Math.min(creators.length - 1, Math.floor(Math.pow(rng.next(), 1.6) * creators.length))];
    const posted = days[rng.int(0, days.length - 1)];
    const id = `vid-${k.id}-${i}`;
    const campaign = campaignOn(posted) && rng.chance(0.5) ? campaignOn(posted) : "";
    for (let d = 0; d < 5; d++) {
      const day = addDays(posted, d);
      if (day > LAST_DAY) break;
      const v = Math.max(10, Math.round(Math.sqrt(k.followers) * rng.normal(8, 2) * Math.exp(-d / 2)));
      view.run(m.id, id, day, k.id, "video", campaign, v * 2, v, v * 18, v / 16, v / 160, v / 110, v / 250, v / 28, v / 80, 0);
      viewRows++;
      let list = activeOn.get(day);
      if (!list) activeOn.set(day, (list = []));
      list.push({ id, creator: k, campaign });
    }
  }

  const order = c.prepare(
    `INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, quantity, sku_id, product_name, channel, content_id, account_id, campaign_id, refund_amount, buyer_id, status, batch_id)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  for (let i = 0; i < orders; i++) {
    const day = days[Math.floor(rng.next() * days.length)];
    const paidAt = Date.parse(`${day}T00:00:00+08:00`) + rng.int(8 * 3600, 23 * 3600) * 1000;
    const gmv = rng.int(39, 599) * 100;
    const status = rng.weighted([["paid", 91], ["refunded", 6], ["cancelled", 3]] as const);
    const r = rng.next();
    let channel = "mall";
    let content = "";
    let account = "";
    let campaign = "";
    const videosToday = activeOn.get(day);
    if (r < 0.3) {
      channel = "live";
      content = rng.pick(liveOf.get(day)!);
      account = content.includes("flagship") ? "self-flagship" : "self-lab";
      if (campaignOn(day) && rng.chance(0.3)) campaign = campaignOn(day);
    } else if (r < 0.8 && videosToday?.length) {
      const v = rng.pick(videosToday);
      channel = "video";
      content = v.id;
      account = rng.chance(0.3) ? "" : v.creator.id;
      campaign = v.campaign;
    } else {
      channel = rng.chance(0.55) ? "search" : "mall";
    }
    order.run(m.id, `O${String(i).padStart(8, "0")}`, paidAt, day, gmv, "SKU-1", "Serum", channel, content, account, campaign, null, `b${rng.int(1, Math.max(1000, orders / 3))}`, status);
  }
  c.exec("COMMIT");
  const written = performance.now();
  refreshAll(db, findMerchant(db, MERCHANT)!);
  c.pragma("wal_checkpoint(TRUNCATE)");
  c.exec("ANALYZE");
  c.close();
  return { views: viewRows, seconds: (written - t0) / 1000, refreshSeconds: (performance.now() - written) / 1000 };
}

// ---------- serving and timing ----------

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function startServer(dbPath: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, "node_modules", "@remix-run", "serve", "dist", "cli.js"), join(root, "build", "server", "index.js")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbPath, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr?.on("data", (d) => (err += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`remix-serve exited: ${err}`);
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`remix-serve did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

async function time(url: string): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${url} answered ${r.status}`);
    await r.arrayBuffer();
  }
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    ms.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
}

type Timing = { loader: { p50: number; p95: number }; page: { p50: number; p95: number } };

async function main() {
  if (!args["no-build"]) {
    log("building the app (npm run build)…");
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  const results = new Map<number, Map<string, Timing>>();
  const setup: string[] = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), "factloop-bench-pages-"));
    const dbPath = join(dir, "bench.sqlite");
    log(`\n${size.toLocaleString("en-US")} orders: writing a synthetic merchant…`);
    const w = writeMerchant(dbPath, size);
    const mb = statSync(dbPath).size / 1e6;
    setup.push(
      `${size.toLocaleString("en-US")} orders, ${w.views.toLocaleString("en-US")} views rows: written in ${w.seconds.toFixed(1)} s, refreshAll ${w.refreshSeconds.toFixed(1)} s, database ${mb.toFixed(0)} MB`,
    );
    log(`  ${setup[setup.length - 1]}`);
    const server = await startServer(dbPath);
    const byPage = new Map<string, Timing>();
    try {
      for (const p of PAGES) {
        const url = `${server.base}/m/${MERCHANT}/${p.path}`;
        const [path, query] = p.path.split("?");
        const data = `${server.base}/m/${MERCHANT}/${path}.data?${query ? `${query}&` : ""}_routes=${encodeURIComponent(p.route)}`;
        const loader = await time(data);
        const page = await time(url);
        byPage.set(p.name, { loader, page });
        log(`  ${p.name.padEnd(24)} loader p50 ${loader.p50.toFixed(1)} ms, p95 ${loader.p95.toFixed(1)} ms · page p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms`);
      }
    } finally {
      await server.stop();
      if (!args.keep) rmSync(dir, { recursive: true, force: true });
      else log(`  kept ${dbPath}`);
    }
    results.set(size, byPage);
  }

  // ---------- the table ----------
  const [small, large] = [SIZES[0], SIZES[SIZES.length - 1]];
  const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  const f = (n: number) => n.toFixed(1).padStart(7);
  log(`\nFACT page timings over HTTP on 127.0.0.1, ${REQUESTS} requests each (ms). Loader = single-fetch .data of the page's route; page = the whole HTML document.`);
  for (const s of setup) log(`  ${s}`);
  const head = `| page                     | what   | ${label(small)} p50 | ${label(small)} p95 | ${label(large)} p50 | ${label(large)} p95 | p95 ratio | goal |`;
  log(head);
  log(`|${head.slice(1, -1).replace(/[^|]/g, "-")}|`);
  let met = 0;
  let total = 0;
  for (const p of PAGES) {
    for (const what of ["loader", "page"] as const) {
      const a = results.get(small)!.get(p.name)![what];
      const b = results.get(large)!.get(p.name)![what];
      const ratio = b.p95 / a.p95;
      const ok = ratio <= 2 && b.p95 < 150;
      const counted = p.path.startsWith("fact");
      if (counted) {
        total++;
        if (ok) met++;
      }
      log(
        `| ${p.name.padEnd(24)} | ${what.padEnd(6)} | ${f(a.p50).padStart(8)} | ${f(a.p95).padStart(8)} | ${f(b.p50).padStart(8)} | ${f(b.p95).padStart(8)} | ${ratio.toFixed(2).padStart(8)}× | ${counted ? (ok ? " met" : "MISS") : "  — "} |`,
      );
    }
  }
  log(`\nGoal (p95 at ${label(large)} ≤ 2× p95 at ${label(small)}, and < 150 ms), FACT pages: met ${met} of ${total}. The drill-down reads orders by design and is shown for reference.`);
}

main().catch((e) => {
  process.stderr.write(`bench:pages failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
