// Exports carry the page's rows: CSV with a BOM, money in units, blanks for missing ratios.
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Db } from "../../../db/client";
import { reportCsv } from "../../../app/domain/report/serialize";
import { reportXlsx } from "../../../app/services/report-xlsx.server";
import { localizedTable, xlsxWords } from "../../../app/services/report-language.server";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { EXPORT_TABLES, factExportTable } from "../../../app/services/fact/export.server";
import { memoryDb } from "../../helpers/db";
import { FIXTURE_RANGE as range, seedFixture } from "./fixture";

let db: Db;
let m: MerchantContext;
beforeEach(() => {
  db = memoryDb();
  m = seedFixture(db);
});

describe("FACT exports", () => {
  it("writes the talent matrix as CSV with the page's figures", () => {
    const csv = reportCsv(factExportTable(db, m, "matrix", range, { by: "day", scope: "all" }));
    expect(csv.startsWith("\uFEFFaccount_id,name,tier,followers,pillar,contents,views,gmv,orders,gpm,commission_rate,commission_cost,roi,pillar_gmv\r\n")).toBe(true);
    expect(csv).toContain("kol-mid,Mid creator,waist,300000,A,2,1400,480.00,2,342.86,0.1,48.00,10,80.00\r\n");
    // unknown cost: blank commission, cost and ROI
    expect(csv).toContain("ghost,(not in the accounts file),tail,0,A,0,0,20.00,1,,,,,20.00\r\n");
  });

  it("exports every table as CSV and XLSX", async () => {
    for (const t of EXPORT_TABLES) {
      const table = factExportTable(db, m, t, range, { by: "week", scope: "all" });
      expect(table.rows.length, t).toBeGreaterThan(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await reportXlsx(table)) as unknown as ArrayBuffer);
      expect(wb.getWorksheet("Summary")!.rowCount, t).toBe(table.rows.length + 1);
    }
  });

  it("keeps campaign lift and baseline in the campaign export", () => {
    const csv = reportCsv(factExportTable(db, m, "campaigns", range, { by: "day", scope: "all" }));
    expect(csv).toContain("camp-1,Spring sale,brand,2026-03-09,2026-03-10,2026-03-10,2,460.00,2,1000.00,0.46,7,375.00,235.00,-0.373333,-280.00\r\n");
  });

  it("writes its notes in English for JSON and English downloads, and in the reader's language for a translated one", async () => {
    const table = factExportTable(db, m, "top-kol", range, { by: "day", scope: "all" });
    const threshold = m.settings.topKolThreshold.toLocaleString("en-US");
    expect(table.notes).toEqual(["FACT top-kol.", `Top-KOL threshold ${threshold} followers.`, `Money in ${m.currency}; days in ${m.timezone}.`]);
    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await reportXlsx(table)) as unknown as ArrayBuffer);
    const englishRows = english.getWorksheet("Definitions")!.getSheetValues().map((r) => (Array.isArray(r) ? [r[1], r[2]] : []));
    expect(englishRows).toContainEqual(["report", `fact, ${table.from} to ${table.to}, by total, split account`]);
    expect(englishRows).toContainEqual(["note", "FACT top-kol."]);
    expect(englishRows).toContainEqual(["blank cells", "A ratio whose denominator is 0 has no value and is left blank."]);

    const zh = localizedTable(table, "zh-CN");
    expect(zh.notes).toEqual(["FACT 头部达人。", `头部达人门槛：${threshold} 粉丝。`, `金额单位 ${m.currency}；日期按 ${m.timezone}。`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportXlsx(zh, xlsxWords("zh-CN"))) as unknown as ArrayBuffer);
    const rows = wb.getWorksheet("指标定义")!.getSheetValues().map((r) => (Array.isArray(r) ? [r[1], r[2]] : []));
    expect(rows).toContainEqual(["报表", `FACT 报表，${table.from} 至 ${table.to}，粒度：合计，拆分：账号`]);
    expect(rows).toContainEqual(["备注", `头部达人门槛：${threshold} 粉丝。`]);
    expect(rows).toContainEqual(["空白单元格", "分母为 0 的比率没有值，留空。"]);
    const ja = localizedTable(factExportTable(db, m, "campaigns", range, { by: "day", scope: "all" }), "ja");
    expect(ja.notes[1]).toBe("各キャンペーンは、最新のインポート日までのキャンペーン自身の期間で測ります。ベースラインは開始前28日間の同じ曜日のショップ GMV です。");
  });

  it("names the summary's pillars in the reader's language, and in English for JSON and key-header CSV", () => {
    const table = factExportTable(db, m, "summary", range, { by: "day", scope: "all" });
    const names = (t: typeof table) => Object.fromEntries(t.rows.map((r) => [r.pillar, r.name]));
    expect(names(table)).toMatchObject({ F: "Field", S: "Shelf", ALL: "All pillars" });
    expect(names(localizedTable(table, "zh-CN"))).toEqual({ F: "自播", A: "达人矩阵", C: "营销活动", T: "头部达人", S: "货架", ALL: "全部阵地" });
    expect(names(localizedTable(table, "ja"))).toMatchObject({ F: "自社ライブ", ALL: "すべての柱" });
    // the figures are untouched
    expect(localizedTable(table, "ja").rows.map((r) => r.gmv)).toEqual(table.rows.map((r) => r.gmv));
  });

  it("says default tiers and the contract's channels in the reader's language, and keeps the codes for JSON", () => {
    const tiers = factExportTable(db, m, "tiers", range, { by: "day", scope: "all" });
    const zhTiers = localizedTable(tiers, "zh-CN");
    expect(tiers.rows.length).toBeGreaterThan(0);
    expect(tiers.rows.map((r) => r.tier).every((x) => ["head", "shoulder", "waist", "tail"].includes(String(x)))).toBe(true);
    expect(zhTiers.rows.map((r) => r.tier)).toEqual(tiers.rows.map((r) => ({ head: "头部", shoulder: "肩部", waist: "腰部", tail: "尾部" })[String(r.tier)]));
    const channels = factExportTable(db, m, "shelf-channels", range, { by: "day", scope: "all" });
    expect(channels.rows.length).toBeGreaterThan(0);
    const ja = localizedTable(channels, "ja").rows.map((r) => r.channel);
    expect(ja).toEqual(channels.rows.map((r) => ({ mall: "モール", search: "検索", "(none)": "（なし）" })[String(r.channel)] ?? r.channel));
    expect(ja.some((c) => c === "モール" || c === "検索")).toBe(true);
  });
});
