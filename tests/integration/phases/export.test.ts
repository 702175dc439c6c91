// Exports of the phase report: the XLSX opens with the expected sheets and the JSON's numbers,
// the CSV neutralises a formula-looking split key and starts with a BOM.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { reportJson } from "../../../app/domain/report/serialize";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { buildPhaseReport, exportPhaseReport } from "../../../app/services/phases/phase-report.server";
import { DEFAULT_PHASE_MEASURES } from "../../../app/domain/phases/columns";
import { memoryDb } from "../../helpers/db";
import { FORMULA_CAMPAIGN, seedPhaseFixture } from "./fixture";

type JsonRow = Record<string, string | number | null>;

/** A sheet as rows of header → value; blank cells are null. */
function sheetRows(ws: ExcelJS.Worksheet): JsonRow[] {
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: JsonRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    out.push(Object.fromEntries(header.map((h, i) => [h, (values[i + 1] ?? null) as string | number | null])));
  });
  return out;
}

/** The workbook bytes as exceljs's load() is typed to take them. */
const xlsxBytes = (body: string | Buffer) => body as unknown as Parameters<ExcelJS.Xlsx["load"]>[0];

function csvRows(csv: string): JsonRow[] {
  const [head, ...lines] = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  const keys = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [keys[i], v])));
}

describe("phase report exports", () => {
  let db: Db;
  let m: MerchantContext;
  const query = { from: "2024-06-03", to: "2024-06-16", by: "week" as const, split: "campaign" as const, measures: [...DEFAULT_PHASE_MEASURES] };

  beforeEach(() => {
    db = memoryDb();
    m = seedPhaseFixture(db);
  });

  it("writes an XLSX that opens with a summary, a sheet per phase and the definitions, holding the JSON's numbers", async () => {
    const table = buildPhaseReport(db, m, query);
    const json = reportJson(table);
    const jsonRows = json.rows as JsonRow[];
    const file = await exportPhaseReport(table, "xlsx");
    expect(file.filename).toBe("shop-phases-2024-06-03_2024-06-16-week-by-campaign.xlsx");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxBytes(file.body));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Exploration", "Connection", "Verification", "Purchase", "Confirmation", "Sharing", "Definitions"]);

    // Summary: headers are the column labels, in order; every cell equals the JSON report's
    const summary = sheetRows(wb.getWorksheet("Summary")!);
    expect(summary).toHaveLength(jsonRows.length);
    // a split lists the values with data in each period, largest Exploration first, then ALL
    expect(jsonRows.map((r) => `${r.period} ${r.campaign}`)).toEqual(["2024-W23 (none)", "2024-W23 ALL", `2024-W24 ${FORMULA_CAMPAIGN}`, "2024-W24 (none)", "2024-W24 ALL"]);
    summary.forEach((row, i) => {
      for (const c of table.columns) expect(row[c.label], `${c.key} of row ${i}`).toEqual(jsonRows[i][c.key]);
    });
    // a hand-checked cell: W24's campaign row, GMV 50.00 and its verification rate 30 ÷ 40
    const w24 = summary.find((r) => r.Period === "2024-W24" && r.Campaign === FORMULA_CAMPAIGN)!;
    expect(w24.GMV).toBe(50);
    expect(w24["Verification rate"]).toBe(0.75);
    // the formula-looking id is text in the workbook, not a formula
    const cell = wb.getWorksheet("Summary")!.getCell("B4");
    expect(cell.value).toBe(FORMULA_CAMPAIGN);
    expect(cell.type).toBe(ExcelJS.ValueType.String);

    // one sheet per phase: its volume and its step rate, the same as the JSON's
    const purchase = sheetRows(wb.getWorksheet("Purchase")!);
    expect(Object.keys(purchase[0])).toEqual(["Period", "Campaign", "Purchase", "Purchase rate"]);
    purchase.forEach((row, i) => {
      expect(row.Purchase).toBe(jsonRows[i].purchase);
      expect(row["Purchase rate"]).toEqual(jsonRows[i].purchase_rate);
    });

    // the definitions sheet defines every measure and names the phase definitions used
    const defs = sheetRows(wb.getWorksheet("Definitions")!);
    const defined = new Set(defs.map((d) => d.Measure));
    for (const c of table.columns.filter((c) => c.type !== "text")) expect(defined.has(c.key), c.key).toBe(true);
    expect(defs.find((d) => d.Measure === "verification")?.Definition).toBe("Phase 3 volume: Σ product_clicks (the contract's default).");
    expect(defs.some((d) => String(d.Definition).startsWith("Phase definitions (the contract's defaults): Exploration = impressions"))).toBe(true);
  });

  it("leaves out the sheets of phases not chosen", async () => {
    const table = buildPhaseReport(db, m, { ...query, measures: ["purchase", "purchase_rate", "loop_rate"] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxBytes((await exportPhaseReport(table, "xlsx")).body));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Purchase", "Definitions"]);
  });

  it("writes CSV with a BOM, neutralising a cell that starts with = (and the JSON's numbers)", async () => {
    const table = buildPhaseReport(db, m, query);
    const file = await exportPhaseReport(table, "csv");
    const csv = file.body as string;
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toBe("shop-phases-2024-06-03_2024-06-16-week-by-campaign.csv");
    expect(csv.startsWith("\uFEFFperiod,campaign,exploration,")).toBe(true);
    expect(csv).toContain("\r\n2024-W24,'=1+1,2000,40,30,1,50.00,0,5,");
    expect(csv).not.toMatch(/(^|,)=1\+1/m);

    const rows = csvRows(csv);
    const json = reportJson(table).rows as JsonRow[];
    rows.forEach((r, i) => {
      expect(Number(r.exploration)).toBe(json[i].exploration);
      expect(Number(r.gmv)).toBe(json[i].gmv);
      // a ratio with no value is a blank cell
      expect(r.loop_rate === "" ? null : Number(r.loop_rate)).toEqual(json[i].loop_rate);
    });
  });

  it("writes JSON as the contract describes", async () => {
    const table = buildPhaseReport(db, m, { ...query, split: "none", by: "total" });
    const file = await exportPhaseReport(table, "json");
    const parsed = JSON.parse(file.body as string);
    expect(parsed).toMatchObject({ report: "phases", merchant: "shop", from: "2024-06-03", to: "2024-06-16", by: "total" });
    expect(parsed.rows[0]).toMatchObject({ period: "total", exploration: 7000, gmv: 500, purchase: 4, loop_rate: 9.25 });
    expect(parsed.notes[0]).toContain("Phase definitions");
  });
});
