// The export pool: a download built in a worker thread on its own read-only connection is the
// same file the service builds in process; the request thread stays free meanwhile; a full
// queue is refused as busy; the FACT exports know their size before they are built.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../../db/client";
import { DEFAULT_PHASE_MEASURES } from "../../../app/domain/phases/columns";
import { MAX_REPORT_ROWS } from "../../../app/domain/report/size";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { EXPORT_QUEUE, ExportsBusyError, exportPoolState, exportText, runExport } from "../../../app/services/exports/pool.server";
import { buildExport, type ExportTask } from "../../../app/services/exports/tasks.server";
import { factExportTooLarge, pageRangeTooLarge } from "../../../app/services/exports/fact-size.server";
import { forecastOffThread } from "../../../app/services/exports/forecast.server";
import { forecastGmv } from "../../../app/services/forecast.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { seedPhaseFixture } from "../phases/fixture";

let t: ReturnType<typeof tempDbPath>;
let db: Db;
let m: MerchantContext;
const query = { from: "2024-06-03", to: "2024-06-16", by: "day" as const, split: "campaign" as const, measures: [...DEFAULT_PHASE_MEASURES] };

beforeAll(() => {
  t = tempDbPath();
  db = openDb(t.path);
  m = seedPhaseFixture(db);
});
afterAll(() => {
  db.$client.close();
  t.cleanup();
});

const bytesOf = async (body: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(body).arrayBuffer());

describe("the export pool", () => {
  it("builds in a worker thread the same file the service builds in process, for every kind", async () => {
    const tasks: ExportTask[] = [
      { kind: "phases", merchant: m, query, format: "csv", locale: null },
      { kind: "phases", merchant: m, query, format: "json", locale: null },
      { kind: "phases", merchant: m, query, format: "csv", locale: "zh-CN" },
      { kind: "fact", merchant: m, table: "trend", range: { from: "2024-06-03", to: "2024-06-16", preset: "custom", previous: { from: "2024-05-20", to: "2024-06-02" } }, options: { by: "day", scope: "all" }, format: "csv", locale: "ja" },
      { kind: "audit", merchant: m, filter: {}, limit: 100 },
    ];
    for (const task of tasks) {
      const inProcess = await buildExport(db, task);
      const pooled = await runExport(db, task);
      expect(pooled.filename).toBe(inProcess.filename);
      expect(pooled.contentType).toBe(inProcess.contentType);
      expect(pooled.rows).toBe(inProcess.rows);
      expect(Buffer.from(await bytesOf(pooled.body)).toString("utf8")).toBe(Buffer.from(inProcess.body).toString("utf8"));
    }
    expect(exportPoolState().threads).toBeGreaterThanOrEqual(1);
    // XLSX carries a timestamp inside; it opens with the same sheets instead
    const xlsx = await runExport(db, { kind: "phases", merchant: m, query, format: "xlsx", locale: null });
    const bytes = await bytesOf(xlsx.body);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe("PK");
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)[0]).toBe("Summary");
    // the print page's table
    const table = JSON.parse(await exportText(await runExport(db, { kind: "phase-table", merchant: m, query })));
    expect(table.rows.length).toBe((await buildExport(db, { kind: "phase-table", merchant: m, query })).rows);
  }, 120_000);

  it("keeps the request thread free while exports build, and refuses more than it can queue", async () => {
    const big = { ...query, from: "2023-01-01", to: "2024-12-31" };
    let last = Date.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 10);
    const running = Array.from({ length: EXPORT_QUEUE + 4 }, () => runExport(db, { kind: "phases", merchant: m, query: big, format: "xlsx", locale: null }).then((f) => bytesOf(f.body)));
    const settled = await Promise.allSettled(running);
    clearInterval(timer);
    const refused = settled.filter((s) => s.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ExportsBusyError);
    for (const s of settled) if (s.status === "fulfilled") expect(s.value.byteLength).toBeGreaterThan(1000);
    // the request thread's timer kept firing while the workers built the files (the 1 s)
    expect(longestGap).toBeLessThan(1000);
  }, 180_000);

  it("fits a cold forecast in a worker thread and caches it; the next page reads the cache", async () => {
    const fc = makeMerchant(db, "fc");
    const put = db.$client.prepare("INSERT INTO pillar_day (merchant_id, day, pillar, gmv, orders) VALUES (?, ?, 'F', ?, 1)");
    db.$client.transaction(() => {
      for (let d = 0; d < 240; d++) {
        const day = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
        put.run(fc.id, day, 100_000 + (d % 7) * 20_000 + d * 100);
      }
    })();
    const ask = { pillar: "ALL" as const, horizon: 28, level: 80 as const };
    expect(forecastGmv(db, fc, { ...ask, cachedOnly: true }).ok).toBe(false);
    const cold = await forecastOffThread(new Request("http://localhost/"), db, fc, ask);
    expect(cold.ok).toBe(true);
    if (!cold.ok) return;
    expect(cold.cached).toBe(false);
    expect(cold.forecast.points).toHaveLength(28);
    // the worker wrote the cache: the page's next request reads it on its own thread
    const warm = await forecastOffThread(new Request("http://localhost/"), db, fc, ask);
    expect(warm.ok && warm.cached).toBe(true);
    expect(warm.ok && warm.forecast.points).toEqual(cold.forecast.points);
  }, 180_000);

  it("knows a FACT export's size before building it, with what would fit", () => {
    const range = (from: string, to: string) => ({ from, to, preset: "custom" as const, previous: { from, to } });
    expect(factExportTooLarge(db, m, "trend", range("2024-06-03", "2024-06-16"), { by: "day", scope: "all" })).toBeNull();
    const huge = factExportTooLarge(db, m, "trend", range("1970-01-01", "2099-12-31"), { by: "day", scope: "all" });
    expect(huge).not.toBeNull();
    expect(huge!.rows).toBe(47_482 * 5);
    expect(huge!.rows).toBeGreaterThan(MAX_REPORT_ROWS);
    // weeks of 1970–2099 still hold 5 × 6,784 rows: no coarser FACT grouping fits, a narrower range does
    expect(huge!.coarser).toBeNull();
    // 20,000 rows ÷ 5 pillars = 4,000 days from the first
    expect(huge!.narrowerTo).toBe("1980-12-13");
    const weekFits = factExportTooLarge(db, m, "trend", range("2000-01-01", "2020-12-31"), { by: "day", scope: "all" });
    expect(weekFits?.coarser).toBe("week");
    expect(factExportTooLarge(db, m, "summary", range("1970-01-01", "2099-12-31"), { by: "day", scope: "all" })).toBeNull();
    // a page's range: every pillar's days within the limit (4,000 days), else only a narrower range is offered
    expect(pageRangeTooLarge("2016-01-01", "2025-12-31")).toBeNull();
    expect(pageRangeTooLarge("1970-01-01", "2099-12-31")).toEqual({ rows: 237_410, coarser: null, narrowerTo: "1980-12-13" });
  });
});
