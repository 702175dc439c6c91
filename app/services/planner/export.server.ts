// A plan for the client as CSV or XLSX: its lines, its totals and what every figure means.
// Text a spreadsheet would read as a formula is neutralised in CSV as the report exports do;
// XLSX cells carry text as string values, which ExcelJS never turns into formulas.
import ExcelJS from "exceljs";
import { neutralise } from "../../domain/report/serialize";
import type { SavedPlan } from "./plans.server";

type Kind = "text" | "money" | "count" | "number";
const LINE_COLUMNS: { key: string; label: string; kind: Kind; definition: string }[] = [
  { key: "account_id", label: "Account id", kind: "text", definition: "The creator's account id." },
  { key: "name", label: "Creator", kind: "text", definition: "The creator's name as the accounts file gives it." },
  { key: "format", label: "Format", kind: "text", definition: "live or video (image posts count as video)." },
  { key: "posts", label: "Posts", kind: "count", definition: "Posts booked in the line." },
  { key: "from", label: "From", kind: "text", definition: "First day of the line, inclusive." },
  { key: "to", label: "To", kind: "text", definition: "Last day of the line, inclusive." },
  { key: "intent", label: "Intent", kind: "text", definition: "seeding (trust-building content) or harvesting (sales)." },
  { key: "pillar", label: "Pillar", kind: "text", definition: "FACT pillar the line's sales count in: T for a Top-KOL, A otherwise." },
  { key: "cost", label: "Cost", kind: "money", definition: "posts × (fee + samples + boost) + commission × expected GMV." },
  { key: "expected_views", label: "Expected views", kind: "count", definition: "Expected views of the line's posts, repeats discounted by the repeat factor." },
  { key: "expected_gmv", label: "Expected GMV", kind: "money", definition: "Expected views × estimated GPM ÷ 1000." },
  { key: "gmv_p10", label: "GMV P10", kind: "money", definition: "GMV the line beats 9 times in 10 (simulated, fixed seed)." },
  { key: "gmv_p90", label: "GMV P90", kind: "money", definition: "GMV the line beats 1 time in 10 (simulated, fixed seed)." },
  { key: "roi", label: "ROI", kind: "number", definition: "Expected GMV ÷ cost." },
  { key: "estimated", label: "Estimated", kind: "text", definition: "yes for a prospect: no history with the merchant, peers' figures only." },
  { key: "why", label: "Why", kind: "text", definition: "Why the creator is in the plan." },
];

function lineRows(p: SavedPlan): Record<string, string | number | null>[] {
  return p.lines.map((l) => ({
    account_id: l.accountId,
    name: l.name,
    format: l.format,
    posts: l.posts,
    from: l.fromDay,
    to: l.toDay,
    intent: l.intent,
    pillar: l.pillar,
    cost: l.cost / 100,
    expected_views: Math.round(l.expectedViews),
    expected_gmv: l.expectedGmv / 100,
    gmv_p10: l.gmvP10 / 100,
    gmv_p90: l.gmvP90 / 100,
    roi: l.roi === null ? null : Math.round(l.roi * 10000) / 10000,
    estimated: l.estimated ? "yes" : "no",
    why: l.why,
  }));
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function planCsv(p: SavedPlan): string {
  const lines = [LINE_COLUMNS.map((c) => c.key).join(",")];
  for (const r of lineRows(p)) {
    lines.push(
      LINE_COLUMNS.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return "";
        if (typeof v === "number") return c.kind === "money" ? v.toFixed(2) : String(v);
        return csvField(neutralise(v));
      }).join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function planXlsx(p: SavedPlan, currency: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "factloop";
  const summary = wb.addWorksheet("Plan");
  summary.columns = [
    { header: "Plan", key: "k", width: 26 },
    { header: p.name, key: "v", width: 40 },
  ];
  summary.getRow(1).font = { bold: true };
  const t = p.totals;
  const money = (cents: number) => ({ v: cents / 100, numFmt: "#,##0.00" });
  const rows: [string, string | number | { v: number; numFmt: string }][] = [
    ["Window", `${p.from} to ${p.to}`],
    ["Currency", currency],
    ["Budget", money(p.budget)],
    ["Cost", money(t.cost)],
    ["Expected GMV", money(t.expectedGmv)],
    ["GMV P10 (simulated)", money(t.gmvP10)],
    ["GMV P90 (simulated)", money(t.gmvP90)],
    ["ROI", t.roi === null ? "" : Math.round(t.roi * 10000) / 10000],
    ["Expected views", Math.round(t.expectedViews)],
    ["Creators", t.creators],
    ["Posts", t.posts],
    ["Estimates as of", p.asOf],
  ];
  for (const [k, v] of rows) {
    const r = summary.addRow({ k, v: typeof v === "object" ? v.v : v });
    if (typeof v === "object") r.getCell(2).numFmt = v.numFmt;
  }
  const ws = wb.addWorksheet("Lines");
  ws.columns = LINE_COLUMNS.map((c) => ({ header: c.label, key: c.key, width: c.key === "why" ? 80 : Math.max(12, c.label.length + 2), style: { numFmt: c.kind === "money" ? "#,##0.00" : c.kind === "count" ? "#,##0" : undefined } }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  // Text goes in as a string value; ExcelJS never turns it into a formula.
  for (const r of lineRows(p)) ws.addRow(r);
  const defs = wb.addWorksheet("Definitions");
  defs.columns = [
    { header: "Column", key: "k", width: 22 },
    { header: "Definition", key: "d", width: 90 },
  ];
  defs.getRow(1).font = { bold: true };
  for (const c of LINE_COLUMNS) defs.addRow({ k: c.label, d: c.definition });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function planFileName(merchantSlug: string, p: SavedPlan, ext: "csv" | "xlsx"): string {
  const safe = p.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || `plan-${p.id}`;
  return `${merchantSlug}-plan-${safe}.${ext}`;
}
