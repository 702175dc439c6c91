// Exports carry the page's rows: CSV with a BOM, money in units, blanks for missing ratios.
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Db } from "../../../db/client";
import { reportCsv } from "../../../app/domain/report/serialize";
import { reportXlsx } from "../../../app/services/report-xlsx.server";
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
});
