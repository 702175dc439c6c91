// The Field and Alliance pages read rollups only (migration 0009, docs/scale.md): a live
// session's start from segment_day.first_paid_at, and distinct content per creator from
// account_content_prev_day. Through imports (one that adds earlier orders, one that moves a
// session's first order later), undos, settings changes and a chunked re-derivation, both give
// exactly what the direct queries over orders and views give, for every range of the data's days.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder, type Db } from "../../../db/client";
import { pillarSettingsOf } from "../../../app/domain/fact/pillar-settings";
import { eachDay, formatLocal } from "../../../app/domain/time";
import { contentsByAccount } from "../../../app/queries/fact/account-sums.server";
import { fieldSessions } from "../../../app/queries/fact/field-sessions.server";
import { refreshAll } from "../../../app/services/derive.server";
import { alliancePage } from "../../../app/services/fact/alliance.server";
import { fieldPage } from "../../../app/services/fact/field.server";
import { applySettings } from "../../../app/services/fact/settings.server";
import { topKolPage } from "../../../app/services/fact/top-kol.server";
import { undoBatch } from "../../../app/services/import/batches.server";
import { importFile } from "../../../app/services/import/import.server";
import { findMerchant, type MerchantContext } from "../../../app/services/merchants.server";
import { makeMerchant, memoryDb } from "../../helpers/db";
import { rollupDump } from "../import/helpers";

const dir = mkdtempSync(join(tmpdir(), "factloop-page-rollups-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let file = 0;
function csv(header: string, lines: string[]): string {
  const path = join(dir, `f${++file}.csv`);
  writeFileSync(path, `${header}\n${lines.join("\n")}\n`);
  return path;
}

const ORDERS = "order_id,paid_at,gmv,channel,content_id,account_id,campaign_id,status";
const FIRST = "2024-07-01";
const LAST = "2024-07-12";
const DAYS = eachDay(FIRST, LAST);

/** The first counted Field order of each live content and day, straight from orders (what the page read before). */
function directStarts(db: Db, merchantId: number, from: string, to: string): Map<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT day, content_id AS contentId, MIN(paid_at) AS first FROM orders
        WHERE merchant_id = ? AND pillar = 'F' AND day BETWEEN ? AND ? AND status <> 'cancelled' AND content_id <> ''
        GROUP BY day, content_id`,
    )
    .all(merchantId, from, to) as { day: string; contentId: string; first: number }[];
  return new Map(rows.map((r) => [`${r.day}|${r.contentId}`, r.first]));
}

/** Distinct content per account with counted orders or views in [from, to], straight from orders and views. */
function directContents(db: Db, merchantId: number, from: string, to: string): Map<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT account_id, COUNT(DISTINCT content_id) FROM (
         SELECT attributed_account_id AS account_id, content_id FROM orders
          WHERE merchant_id = @m AND day BETWEEN @from AND @to AND status <> 'cancelled'
         UNION
         SELECT account_id, content_id FROM views
          WHERE merchant_id = @m AND day BETWEEN @from AND @to AND (views > 0 OR impressions > 0))
        WHERE account_id <> '' AND content_id <> ''
        GROUP BY account_id`,
    )
    .raw()
    .all({ m: merchantId, from, to }) as [string, number][];
  return new Map(rows);
}

/** The same from account_content_day (what the talent matrix read before). */
function contentDayCounts(db: Db, merchantId: number, from: string, to: string): Map<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT account_id, COUNT(DISTINCT content_id) FROM account_content_day
        WHERE merchant_id = ? AND day BETWEEN ? AND ? GROUP BY account_id`,
    )
    .raw()
    .all(merchantId, from, to) as [string, number][];
  return new Map(rows);
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
const range = (from: string, to: string) => ({ from, to, preset: "custom" as const, previous: { from, to } });

/** Every range of the data's days: the rollups give the direct figures. Returns how many sessions had a first order. */
function expectExact(db: Db, slug: string, step: string): number {
  const m = findMerchant(db, slug)!;
  let started = 0;
  for (const [i, from] of DAYS.entries()) {
    for (const to of DAYS.slice(i)) {
      const at = `${step}: ${from}…${to}`;
      const direct = directContents(db, m.id, from, to);
      expect(sorted(contentsByAccount(db, { merchantId: m.id, from, to })), at).toEqual(sorted(direct));
      expect(sorted(contentDayCounts(db, m.id, from, to)), at).toEqual(sorted(direct));
      const starts = directStarts(db, m.id, from, to);
      for (const s of fieldSessions(db, { merchantId: m.id, from, to })) {
        expect(s.firstOrderAt, `${at} ${s.day} ${s.contentId}`).toBe(starts.get(`${s.day}|${s.contentId}`) ?? null);
        if (s.firstOrderAt !== null) started++;
      }
    }
  }
  // and what the pages show, over the whole span and a window inside it
  for (const [from, to] of [[FIRST, LAST], ["2024-07-04", "2024-07-09"]]) {
    const r = range(from, to);
    const starts = directStarts(db, m.id, from, to);
    for (const row of fieldPage(db, m, r).sessions) {
      const first = starts.get(`${row.day}|${row.content_id}`);
      expect(row.started_at, `${step}: Field ${row.day} ${row.content_id}`).toBe(first === undefined ? row.day : formatLocal(first, m.timezone).slice(0, 16));
    }
    const direct = directContents(db, m.id, from, to);
    for (const row of alliancePage(db, m, r, "all").matrix) expect(row.contents, `${step}: Alliance ${row.account_id}`).toBe(direct.get(String(row.account_id)) ?? 0);
    for (const row of topKolPage(db, m, r).ranking) expect(row.contents, `${step}: Top-KOL ${row.account_id}`).toBe(direct.get(String(row.account_id)) ?? 0);
  }
  return started;
}

async function imported(db: Db, m: MerchantContext, kind: "accounts" | "views" | "orders", path: string): Promise<number> {
  const r = await importFile(db, findMerchant(db, m.slug)!, { kind, path });
  expect(r.status, JSON.stringify(r.errors)).toBe("done");
  return r.batchId!;
}

describe("the Field and Alliance rollups", () => {
  it("equal the direct orders and content queries after imports, undos, settings changes and a chunked re-derivation", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    await imported(db, m, "accounts", csv("account_id,kind,followers", ["S1,self,100000", "K1,creator,2000000", "K2,creator,500000", "K3,creator,50000"]));
    await imported(
      db,
      m,
      "views",
      csv("date,content_id,account_id,content_type,campaign_id,impressions,views,watch_seconds,live_seconds", [
        "2024-07-01,L1,S1,live,,3000,1000,50000,7200",
        "2024-07-02,L1,S1,live,,3000,1000,50000,7200",
        "2024-07-06,L1,S1,live,,3000,1000,50000,7200",
        "2024-07-03,L2,S1,live,,1500,500,20000,3600",
        "2024-07-08,L2,S1,live,,1500,500,20000,3600",
        "2024-07-01,V1,K1,video,,9000,2000,30000,0",
        "2024-07-04,V2,K2,video,,3000,1000,12000,0",
        "2024-07-06,V3,K3,ugc,,600,0,0,0",
        "2024-07-11,V5,K3,video,,0,0,0,0",
      ]),
    );

    // the later days first: sessions on 07-06…07-12, creators' content with gaps between its days
    const later = await imported(
      db,
      m,
      "orders",
      csv(ORDERS, [
        "o1,2024-07-06 20:30:00,100.00,live,L1,S1,,paid",
        "o2,2024-07-06 19:05:00,50.00,live,L1,,,cancelled", // cancelled: not the session's start
        "o3,2024-07-06 21:10:00,80.00,live,L1,,,paid", // through its content, S1's
        "o4,2024-07-08 20:00:00,60.00,live,L2,S1,,paid",
        "o5,2024-07-08 19:40:00,30.00,live,L2,S1,CAMP,paid", // a campaign's: Campaign first by default
        "o6,2024-07-10 20:00:00,45.00,live,L2,S1,,paid", // a session without views that day
        "o7,2024-07-06 10:00:00,20.00,video,V1,K1,,paid",
        "o8,2024-07-09 10:00:00,20.00,video,V1,K1,,paid",
        "o9,2024-07-12 10:00:00,20.00,video,V1,K1,,paid",
        "o10,2024-07-07 11:00:00,30.00,video,V2,K2,,paid",
        "o11,2024-07-08 11:00:00,30.00,video,V2,K2,,refunded",
        "o12,2024-07-10 12:00:00,25.00,video,V4,K1,,paid",
        "o13,2024-07-11 12:00:00,25.00,video,V4,,,paid", // V4 has no views: no account through it
        "o14,2024-07-09 09:00:00,15.00,video,V6,K3,,cancelled",
        "o15,2024-07-12 09:00:00,15.00,mall,,,,paid",
      ]),
    );
    expect(expectExact(db, m.slug, "first import")).toBeGreaterThan(0);

    // earlier orders: new days before, an earlier first order on a day already there, and
    // content-days that fill and split the gaps (added to the rollups as the import goes)
    const earlier = await imported(
      db,
      m,
      "orders",
      csv(ORDERS, [
        "e1,2024-07-01 20:00:00,70.00,live,L1,S1,,paid",
        "e2,2024-07-02 18:00:00,70.00,live,L1,S1,,paid",
        "e3,2024-07-06 19:50:00,10.00,live,L1,S1,,paid", // before o1: the session starts earlier
        "e4,2024-07-03 20:00:00,40.00,live,L2,,,paid",
        "e5,2024-07-03 10:00:00,20.00,video,V1,K1,,paid",
        "e6,2024-07-07 10:00:00,20.00,video,V1,K1,,paid",
        "e7,2024-07-01 11:00:00,30.00,video,V2,K2,,paid",
        "e8,2024-07-05 12:00:00,25.00,video,V4,K1,,paid",
        "e9,2024-07-02 09:00:00,15.00,video,V6,K3,,paid",
      ]),
    );
    expect(expectExact(db, m.slug, "earlier orders")).toBeGreaterThan(0);

    // a session's first order paid later than it was (its start moves later), another earlier
    const moved = await imported(
      db,
      m,
      "orders",
      csv(ORDERS, ["e3,2024-07-06 22:00:00,10.00,live,L1,S1,,paid", "o4,2024-07-08 19:00:00,60.00,live,L2,S1,,paid"]),
    );
    expect(expectExact(db, m.slug, "orders moved")).toBeGreaterThan(0);
    // a content's only order of a day cancelled: the content-day goes
    const cancelled = await imported(db, m, "orders", csv(ORDERS, ["e6,2024-07-07 10:00:00,20.00,video,V1,K1,,cancelled"]));
    expectExact(db, m.slug, "cancelled");

    for (const [id, step] of [[cancelled, "undo the cancel"], [moved, "undo the moves"], [earlier, "undo the earlier orders"]] as const) {
      expect(undoBatch(db, findMerchant(db, m.slug)!, id).ok).toBe(true);
      expectExact(db, m.slug, step);
    }
    await imported(db, m, "orders", csv(ORDERS, ["e5,2024-07-03 10:00:00,20.00,video,V1,K1,,paid", "e3,2024-07-06 19:50:00,10.00,live,L1,S1,,paid"]));
    expectExact(db, m.slug, "again");

    // settings: K2 becomes a Top-KOL (only its rows move), then the own account's campaign
    // orders go to Field (every row is decided again)
    let merchant = findMerchant(db, m.slug)!;
    merchant = (await applySettings(db, merchant, { ...pillarSettingsOf(merchant.settings), topKolThreshold: 400_000 })).merchant;
    expect(topKolPage(db, merchant, range(FIRST, LAST)).ranking.map((r) => r.account_id)).toContain("K2");
    expectExact(db, m.slug, "threshold");
    merchant = (await applySettings(db, merchant, { ...pillarSettingsOf(merchant.settings), ruleOrder: ["self", "campaign", "top_kol", "creator", "shelf"] })).merchant;
    const may8 = fieldPage(db, merchant, range("2024-07-08", "2024-07-08")).sessions.find((s) => s.content_id === "L2");
    expect(may8?.started_at).toBe("2024-07-08 19:40"); // o5, the campaign's order, now Field's
    expectExact(db, m.slug, "rule order");

    // a chunked re-derivation leaves them as they were
    const before = JSON.stringify(db.$client.prepare("SELECT * FROM account_content_prev_day ORDER BY day, account_id, prev_day").all());
    refreshAll(db, findMerchant(db, m.slug)!, { chunkRows: 4 });
    expect(JSON.stringify(db.$client.prepare("SELECT * FROM account_content_prev_day ORDER BY day, account_id, prev_day").all())).toBe(before);
    expectExact(db, m.slug, "refreshAll");
    expect(later).toBeGreaterThan(0);
    db.$client.close();
  });

  it("are filled by their migration from what a database held before it", async () => {
    const db = memoryDb();
    const m = makeMerchant(db);
    await imported(db, m, "accounts", csv("account_id,kind,followers", ["S1,self,100000", "K1,creator,2000000"]));
    await imported(db, m, "views", csv("date,content_id,account_id,content_type,campaign_id,impressions,views,watch_seconds,live_seconds", ["2024-07-01,L1,S1,live,,3000,1000,50000,7200", "2024-07-02,V1,K1,video,,900,300,0,0"]));
    await imported(
      db,
      m,
      "orders",
      csv(ORDERS, [
        "o1,2024-07-01 20:30:00,100.00,live,L1,S1,,paid",
        "o2,2024-07-01 19:05:00,50.00,live,L1,,,cancelled",
        "o3,2024-07-01 21:10:00,80.00,live,L1,,,paid",
        "o4,2024-07-03 10:00:00,20.00,video,V1,K1,,paid",
        "o5,2024-07-07 10:00:00,20.00,video,V1,K1,,paid",
        "o6,2024-07-08 10:00:00,20.00,video,V2,K1,,paid",
      ]),
    );
    const stored = rollupDump(db);
    // as a database made before migration 0009 holds them (no first paid times, no counts)
    db.$client.exec("UPDATE segment_day SET first_paid_at = NULL; DELETE FROM account_content_prev_day;");
    expect(rollupDump(db)).not.toBe(stored);
    const file = readdirSync(migrationsFolder).find((f) => f.startsWith("0009_"))!;
    const fills = readFileSync(join(migrationsFolder, file), "utf8")
      .split("--> statement-breakpoint")
      .map((x) => x.replace(/^\s*--.*$/gm, "").trim())
      .filter((x) => /^(UPDATE|INSERT)\b/.test(x));
    expect(fills).toHaveLength(2);
    for (const sql of fills) db.$client.exec(sql);
    expect(rollupDump(db)).toBe(stored);
    expectExact(db, m.slug, "migrated");
    db.$client.close();
  });
});
