// npm run bench:planner — the roster and the suggestion at 2,000 candidate creators and 50,000
// posts of history. Prints figures; never fails a build. `--quick`: 200 creators and 5,000
// posts (a smoke check); `--json PATH`: the figures in the shape every bench shares.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDb } from "../db/client";
import { seededRandom } from "../app/domain/planner/random";
import { addDays } from "../app/domain/time";
import { createMerchant } from "../app/services/merchants.server";
import { rosterPage } from "../app/services/planner/roster.server";
import { suggestPlan } from "../app/services/planner/suggest.server";
import { suggestRequestSchema } from "../app/domain/planner/requests";
import { writeFigures, type Figure } from "./lib/figures";

const quick = process.argv.includes("--quick");
const jsonAt = process.argv.indexOf("--json");
const jsonPath = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
if (jsonAt >= 0 && !jsonPath) {
  process.stderr.write("bench:planner: --json needs a file path\n");
  process.exit(2);
}
const CREATORS = quick ? 200 : 2_000;
const POSTS = quick ? 5_000 : 50_000;
const dir = mkdtempSync(join(tmpdir(), "factloop-bench-planner-"));
const db = openDb(join(dir, "bench.sqlite"));
const made = createMerchant(db, { slug: "bench", name: "Bench" });
if (!made.ok) throw new Error(made.error);
const merchant = made.merchant;
const rnd = seededRandom(7);
const categories = ["beauty", "apparel", "food", "home"];
const c = db.$client;

const t0 = performance.now();
c.transaction(() => {
  const acc = c.prepare(
    "INSERT INTO accounts (merchant_id, account_id, name, kind, followers, category, commission_rate, video_fee, live_fee, sample_cost, batch_id) VALUES (?, ?, ?, 'creator', ?, ?, ?, ?, ?, ?, 0)",
  );
  const creators: { id: string; reach: number; pull: number }[] = [];
  for (let i = 0; i < CREATORS; i++) {
    const followers = Math.round(Math.exp(8 + rnd.next() * 8));
    const id = `c${String(i).padStart(5, "0")}`;
    acc.run(merchant.id, id, `Creator ${i}`, followers, categories[i % 4], 0.1 + rnd.next() * 0.15, Math.round(followers * 0.02) * 100, Math.round(followers * 0.05) * 100, 2000);
    creators.push({ id, reach: Math.sqrt(followers) * 20, pull: Math.exp(rnd.normal() * 0.5) });
  }
  const view = c.prepare(
    "INSERT INTO views (merchant_id, content_id, day, account_id, content_type, views, likes, comments, shares, follows, product_clicks, cart_adds, pillar, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'A', 0)",
  );
  const order = c.prepare(
    "INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, content_id, account_id, attributed_account_id, channel, pillar, batch_id) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, 'A', 0)",
  );
  let orderN = 0;
  for (let p = 0; p < POSTS; p++) {
    // creators post unevenly: a few post a lot, many a little
    const k = creators[Math.floor(Math.pow(rnd.next(), 1.6) * CREATORS)];
    const live = rnd.next() < 0.2;
    const day = addDays("2025-01-01", Math.floor(rnd.next() * 640));
    const views = Math.round(k.reach * Math.exp(rnd.normal() * 0.8) * (live ? 3 : 1));
    const contentId = `p${p}`;
    view.run(merchant.id, contentId, day, k.id, live ? "live" : "video", views, Math.round(views * 0.05), Math.round(views * 0.01), Math.round(views * 0.005), Math.round(views * 0.002), Math.round(views * 0.02), Math.round(views * 0.004));
    const orders = Math.min(40, Math.round(views * 0.0004 * k.pull));
    for (let o = 0; o < orders; o++) order.run(merchant.id, `o${orderN++}`, day, 5000 + Math.round(rnd.next() * 20000), contentId, k.id, k.id, live ? "live" : "video");
  }
  c.prepare("UPDATE merchants SET data_version = data_version + 1, category = 'beauty' WHERE id = ?").run(merchant.id);
  c.prepare("INSERT INTO pillar_day (merchant_id, day, pillar) VALUES (?, '2026-10-01', 'A')").run(merchant.id);
  process.stdout.write(`generated ${CREATORS} creators, ${POSTS} posts, ${orderN} orders in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
})();

const m = { ...merchant, dataVersion: merchant.dataVersion + 1 };
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

// cold: the first request after an import fits the models and backtests them
let t = performance.now();
rosterPage(db, m, { sort: "gmv_per_post" });
const cold = performance.now() - t;

const warm: number[] = [];
const sorts = ["gmv_per_post", "roi", "followers", "gpm", "name"] as const;
for (let i = 0; i < 40; i++) {
  t = performance.now();
  rosterPage(db, m, { sort: sorts[i % sorts.length], category: i % 3 === 0 ? "beauty" : undefined, page: 1 + (i % 4) });
  warm.push(performance.now() - t);
}
// a cold loader per data version, several times (new versions bypass the cache)
const colds: number[] = [];
for (let i = 2; i < 7; i++) {
  t = performance.now();
  rosterPage(db, { ...m, dataVersion: m.dataVersion + i }, {});
  colds.push(performance.now() - t);
}

const req = suggestRequestSchema.parse({ budget: "500000", from: "2026-11-01", to: "2026-11-30", minCreators: 10, maxShare: 0.2 });
const suggestTimes: number[] = [];
let lines = 0;
for (let i = 0; i < 5; i++) {
  t = performance.now();
  const s = suggestPlan(db, m, req);
  suggestTimes.push(performance.now() - t);
  if (s.ok) lines = s.figures.lines.length;
}
const f = (ms: number) => `${ms.toFixed(0)} ms`;
const suggestMedian = [...suggestTimes].sort((a, b) => a - b)[2];
const size = `${CREATORS.toLocaleString("en-US")} creators / ${POSTS.toLocaleString("en-US")} posts`;
const figures: Figure[] = [
  { name: `roster loader, warm, ${size}: p95 of ${warm.length}`, value: Math.round(p95(warm)), unit: "ms", goal: "< 300 ms", met: p95(warm) < 300, note: null },
  { name: `roster loader, cold (first after an import: fit, calibration, estimates), ${size}`, value: Math.round(cold), unit: "ms", goal: null, met: null, note: `p95 of ${colds.length} further cold loads ${f(p95(colds))}` },
  { name: `suggestion (¥500,000, ${lines} lines), ${size}: median of ${suggestTimes.length}`, value: Math.round(suggestMedian), unit: "ms", goal: "< 2 s", met: suggestMedian < 2000, note: `max ${f(Math.max(...suggestTimes))}` },
];
writeFigures(jsonPath, "planner", figures);
process.stdout.write(
  [
    `roster loader, ${CREATORS} creators / ${POSTS} posts:`,
    `  warm (estimates cached for the data version): p95 ${f(p95(warm))} over ${warm.length} requests (goal < 300 ms)`,
    `  cold (first request after an import: fit, backtest calibration, estimates): first ${f(cold)}, p95 ${f(p95(colds))} over ${colds.length}`,
    `suggestion (budget ¥500,000, min 10 creators, max share 20%, ${lines} lines): median ${f(suggestMedian)}, max ${f(Math.max(...suggestTimes))} (goal < 2 s)`,
  ].join("\n") + "\n",
);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
