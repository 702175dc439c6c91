import { describe, expect, it } from "vitest";
import { factReportRows } from "../../../app/domain/report/fact-report";
import { reportCsv, reportJson, neutralise } from "../../../app/domain/report/serialize";
import { emptyMeasures, type Measures } from "../../../app/domain/measures";
import type { ReportTable } from "../../../app/domain/report/table";
import { FACT_COLUMNS } from "../../../app/domain/report/fact-report";

const m = (p: Partial<Measures>): Measures => ({ ...emptyMeasures(), ...p });

describe("factReportRows", () => {
  const rows = factReportRows(
    [
      { period: "total", key: "F", measures: m({ gmv: 30000, orders: 3, refunds: 5000 }) },
      { period: "total", key: "S", measures: m({ gmv: 10000, orders: 1 }) },
    ],
    new Map([["total|F", 2], ["total|S", 1], ["total|ALL", 3]]),
    "pillar",
    ["total"],
  );

  it("gives every pillar a row, zeros included, and an ALL total", () => {
    expect(rows.map((r) => r.pillar)).toEqual(["F", "A", "C", "T", "S", "ALL"]);
    expect(rows[5]).toMatchObject({ gmv: 40000, net_gmv: 35000, refunds: 5000, orders: 4, buyers: 3, aov: 10000, gmv_share: 1 });
  });

  it("shares sum to one and empty pillars have no AOV", () => {
    expect(rows[0].gmv_share).toBe(0.75);
    expect(rows[1]).toMatchObject({ gmv: 0, orders: 0, aov: null, gmv_share: 0 });
  });

  it("has null shares when the period sold nothing", () => {
    const empty = factReportRows([], new Map(), "pillar", ["2024-06-01"]);
    expect(empty.every((r) => r.gmv_share === null && r.aov === null)).toBe(true);
  });
});

describe("serialising", () => {
  const table: ReportTable = {
    report: "fact", merchant: "shop", from: "2024-06-01", to: "2024-06-30", by: "total", split: "account",
    columns: [{ key: "period", label: "Period", type: "text" }, { key: "account", label: "Account", type: "text" }, ...FACT_COLUMNS],
    rows: [{ period: "total", account: "=1+1", gmv: 123456, net_gmv: 123456, refunds: 0, orders: 2, buyers: 2, aov: 61728, gmv_share: null }],
    notes: [],
  };

  it("writes JSON money as units with two decimals and null ratios", () => {
    const j = reportJson(table) as { rows: Record<string, unknown>[] };
    expect(j.rows[0]).toMatchObject({ gmv: 1234.56, aov: 617.28, gmv_share: null, account: "=1+1" });
  });

  it("writes CSV with a BOM, blanks for no value and neutralised formulas", () => {
    const csv = reportCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [, line] = csv.slice(1).split("\r\n");
    expect(line).toBe("total,'=1+1,1234.56,1234.56,0.00,2,2,617.28,");
  });

  it.each(["=1+1", "+86 123", "-3", "@SUM(A1)"])("neutralises %s", (v) => expect(neutralise(v)).toBe(`'${v}`));
});
