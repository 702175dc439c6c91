// The server under attack and load: eight shared-string bombs at once, an over-large report
// while a health check must answer in a second, several large exports built off the request
// thread while a page and the health check answer, an import that waits for another one (and says
// so), SIGTERM during an import (whole or absent, and the process exits).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { createMerchant } from "../../app/services/merchants.server";
import { writeSharedStringBomb } from "../helpers/hostile-files";
import { apiSession, startApp, type RunningApp } from "./harness";

const bin = fileURLToPath(new URL("../../bin/factloop.js", import.meta.url));

function ordersCsv(prefix: string, rows: number): string {
  const parts: string[] = ["order_id,paid_at,gmv,quantity,channel,buyer_id,content_id\n"];
  for (let i = 0; i < rows; i++) parts.push(`${prefix}${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${(i % 900) + 1}.50,1,mall,B${i % 5000},C${i % 3000}\n`);
  return parts.join("");
}

let app: RunningApp;
let s: { cookie: string; csrf: string };
let dir: string;

const headers = () => ({ cookie: s.cookie, origin: app.baseUrl, "sec-fetch-site": "same-origin" });

async function upload(name: string, body: Buffer | string): Promise<string> {
  const form = new FormData();
  form.append("files", new Blob([typeof body === "string" ? body : new Uint8Array(body)]), name);
  const r = await fetch(`${app.baseUrl}/m/shop/import?_csrf=${s.csrf}`, { method: "POST", body: form, headers: headers() });
  return `${r.status} ${await r.text()}`;
}

async function startImport(token: string, kind: string): Promise<void> {
  const r = await fetch(`${app.baseUrl}/m/shop/import`, {
    method: "POST",
    headers: { ...headers(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: s.csrf, intent: "start", token, [`kind:${token}`]: kind, mode: "import" }),
  });
  expect(r.status).toBe(200);
}

function jobs(): { id: number; state: string; progress: string | null }[] {
  const q = new Database(`${app.dbPath}.jobs`, { readonly: true });
  try {
    return q.prepare("SELECT id, state, progress FROM jobs ORDER BY id").all() as { id: number; state: string; progress: string | null }[];
  } finally {
    q.close();
  }
}

async function until<T>(what: () => T | Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the server stays up and loses nothing", () => {
  beforeAll(async () => {
    app = await startApp({
      seed: async (path) => {
        const db = openDb(path);
        createMerchant(db, { slug: "shop", name: "Shop", timezone: "Asia/Shanghai" });
        db.$client.close();
      },
    });
    dir = dirname(app.dbPath);
    s = await apiSession(app.baseUrl, app.owner.email, app.owner.password);
  }, 120_000);
  afterAll(async () => app?.stop());

  it("eight shared-string bombs at once: each gets a message, the server stays up", async () => {
    const bomb = join(dir, "bomb.xlsx");
    await writeSharedStringBomb(bomb);
    const bytes = readFileSync(bomb);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => upload(`bomb-${i}.xlsx`, bytes)));
    for (const a of answers) {
      expect(a.slice(0, 3)).toBe("200");
      expect(a).toMatch(/runs on for millions of characters/);
    }
    const health = await fetch(`${app.baseUrl}/healthz`).then((r) => r.json());
    expect(health).toMatchObject({ ok: true, database: "ok" });
  }, 180_000);

  it("an over-large report is refused with what would fit; a health check answers within a second meanwhile", async () => {
    const db = openDb(app.dbPath);
    const m = (db.$client.prepare("SELECT id FROM merchants WHERE slug = 'shop'").get() as { id: number }).id;
    const seg = db.$client.prepare(
      "INSERT OR IGNORE INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id) VALUES (?, ?, 'F', '', '', ?)",
    );
    db.$client.transaction(() => {
      for (let i = 0; i < 2000; i++) seg.run(m, `2024-06-${String(1 + (i % 28)).padStart(2, "0")}`, `C${i}`);
    })();
    db.$client.close();
    const url = `${app.baseUrl}/m/shop/reports/export?format=csv&from=1970-01-01&to=2099-12-31&by=day&split=content`;
    const started = Date.now();
    const [report, health] = await Promise.all([
      fetch(url, { headers: headers() }),
      (async () => {
        await new Promise((r) => setTimeout(r, 20));
        const t = Date.now();
        const h = await fetch(`${app.baseUrl}/healthz`);
        return { status: h.status, ms: Date.now() - t };
      })(),
    ]);
    expect(report.status).toBe(400);
    expect(await report.text()).toMatch(/^This report would have [\d,]{10} rows; a page or download holds at most 20,000\. .*narrow the range/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1_000);
    const print = await fetch(url.replace("/reports/export?format=csv&", "/reports/print?"), { headers: { ...headers(), accept: "text/html" } });
    expect(print.status).toBe(400);
    // a FACT table over the same range: its size is known before it is built too, with what would fit
    const fact = await fetch(`${app.baseUrl}/m/shop/fact/export?table=trend&format=xlsx&by=day&from=1970-01-01&to=2099-12-31`, { headers: headers() });
    expect(fact.status).toBe(400);
    expect(await fact.text()).toMatch(/^This report would have 237,410 rows; a page or download holds at most 20,000\. Narrow the range \(from 1970-01-01 to at most 1980-12-13\)/);
    // the FACT pages take the same range: refused before any series is built (it took 23 s and 42 MB of HTML)
    for (const page of ["/m/shop/fact", "/m/shop/fact/field", "/m/shop", "/m/shop/phases"]) {
      const r = await fetch(`${app.baseUrl}${page}?from=1970-01-01&to=2099-12-31`, { headers: { ...headers(), accept: "text/html" } });
      expect(r.status).toBe(400);
      expect(await r.text()).toContain("Narrow the range (from 1970-01-01 to at most 1980-12-13)");
    }
    const sessions = await fetch(`${app.baseUrl}/m/shop/fact/export?table=sessions&format=csv&from=1970-01-01&to=2099-12-31`, { headers: headers() });
    expect(sessions.status).toBe(200);
  }, 60_000);

  it("several large exports at once run off the request thread: a page and /healthz answer within a second, before the exports finish", async () => {
    // 730 days × 26 content values: by day split by content, 730 × 27 = 19,710 rows, just under the 20,000 limit
    const db = openDb(app.dbPath);
    const m = (db.$client.prepare("SELECT id FROM merchants WHERE slug = 'shop'").get() as { id: number }).id;
    const seg = db.$client.prepare(
      "INSERT OR IGNORE INTO segment_day (merchant_id, day, pillar, campaign_id, account_id, content_id, views, impressions, orders, gmv) VALUES (?, ?, 'A', '', 'acc', ?, 10, 100, 1, 9950)",
    );
    db.$client.transaction(() => {
      for (let d = 0; d < 730; d++) {
        const day = new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10);
        for (let c = 0; c < 26; c++) seg.run(m, day, `X${c}`);
      }
    })();
    db.$client.close();
    const url = (format: string) => `${app.baseUrl}/m/shop/reports/export?format=${format}&from=2022-01-01&to=2023-12-31&by=day&split=content`;
    // the page once before, so what is measured is waiting, not a first render
    await fetch(`${app.baseUrl}/m/shop/phases/definitions`, { headers: headers() }).then((r) => r.text());
    const finished: string[] = [];
    const exports = ["xlsx", "json", "csv"].map(async (format) => {
      const r = await fetch(url(format), { headers: headers() });
      const body = Buffer.from(await r.arrayBuffer());
      finished.push(format);
      return { status: r.status, body };
    });
    // meanwhile, once the exports are on their way: a page and the health check
    await new Promise((r) => setTimeout(r, 300));
    const timed = async (what: string, path: string) => {
      const t = Date.now();
      const r = await fetch(`${app.baseUrl}${path}`, { headers: { ...headers(), accept: "text/html" } });
      await r.text();
      finished.push(what);
      return { status: r.status, ms: Date.now() - t };
    };
    const page = await timed("page", "/m/shop/phases/definitions");
    const health = await timed("healthz", "/healthz");
    const [xlsx, json, csv] = await Promise.all(exports);
    process.stdout.write(`exports meanwhile: page ${page.ms} ms, /healthz ${health.ms} ms; finished in order ${finished.join(", ")}\n`);
    expect(page.status).toBe(200);
    expect(health.status).toBe(200);
    expect(page.ms).toBeLessThan(1_000);
    expect(health.ms).toBeLessThan(1_000);
    // the page and the health check did not wait for the workbook: both finished first
    expect(finished.indexOf("page")).toBeLessThan(finished.indexOf("xlsx"));
    expect(finished.indexOf("healthz")).toBeLessThan(finished.indexOf("xlsx"));
    for (const f of [xlsx, json, csv]) expect(f.status).toBe(200);
    expect(xlsx.body.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(JSON.parse(json.body.toString("utf8")).rows).toHaveLength(730 * 27);
    // the CSV holds every row: a header and 19,710 lines
    expect(csv.body.toString("utf8").trimEnd().split("\r\n")).toHaveLength(1 + 730 * 27);
  }, 240_000);

  it("an import waits for another one, says so, and both end; SIGTERM during an import leaves it whole or absent and exits", async () => {
    // a command-line import holds the writer …
    const big = join(dir, "big.csv");
    writeFileSync(big, ordersCsv("CLI", 200_000));
    const cli = spawn(process.execPath, [bin, "import", "orders", big, "--merchant", "shop", "--db", app.dbPath, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    const cliDone = new Promise<number | null>((r) => cli.on("close", r));
    await until(jobs, (j) => j.some((x) => x.state === "running"));
    // … while the page's import waits, visibly
    const page = await upload("small.csv", ordersCsv("PAGE", 10));
    const token = /name="token" value="([0-9a-f-]{36})"/.exec(page)?.[1] ?? /"token","([0-9a-f-]{36})"/.exec(page)?.[1] ?? /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(page)?.[1];
    expect(token).toBeTruthy();
    await startImport(token!, "orders");
    const waiting = await until(jobs, (j) => j.some((x) => x.state === "waiting"));
    const jobId = waiting.find((x) => x.state === "waiting")!.id;
    const progress = await fetch(`${app.baseUrl}/m/shop/import/progress?jobs=${jobId}`, { headers: headers() }).then((r) => r.json());
    expect(progress.jobs[0]).toMatchObject({ state: "waiting", waiting: expect.stringMatching(/^Waiting for another import or change to finish \(import of big\.csv \(shop\) is running\)/) });
    const health = await fetch(`${app.baseUrl}/healthz`).then((r) => r.json());
    expect(health.writerQueueLength).toBe(2);
    expect(await cliDone).toBe(0);
    await until(jobs, (j) => j.length === 0);
    const db = openDb(app.dbPath);
    expect((db.$client.prepare("SELECT count(*) AS n FROM orders").get() as { n: number }).n).toBe(200_010);
    db.$client.close();

    // SIGTERM while the page's import of 300k rows runs in its job process
    const upload300 = await upload("big300.csv", ordersCsv("SIG", 300_000));
    const t300 = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(upload300)![1];
    await startImport(t300, "orders");
    await until(jobs, (j) => j.some((x) => x.state === "running" && x.progress !== null && (JSON.parse(x.progress).rowsDone ?? 0) > 20_000));
    const stoppedAt = Date.now();
    process.kill(app.pid, "SIGTERM");
    await until(() => { try { process.kill(app.pid, 0); return false; } catch { return true; } }, (gone) => gone, 15_000);
    expect(Date.now() - stoppedAt).toBeLessThan(12_000);
    const after = openDb(app.dbPath);
    const n = (after.$client.prepare("SELECT count(*) AS n FROM orders WHERE order_id LIKE 'SIG%'").get() as { n: number }).n;
    expect([0, 300_000]).toContain(n);
    expect(after.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    after.$client.close();
    expect(jobs()).toEqual([]);
  }, 240_000);
});
