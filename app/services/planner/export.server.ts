// A plan for the client as CSV or XLSX: its lines, its totals and what every figure means, in
// the reader's language when the download asks for one (?lang=, as the FACT and phase report
// downloads do), else canonical: English words and, in CSV, the snake_case keys.
// Text a spreadsheet would read as a formula is neutralised in CSV as the report exports do;
// XLSX cells carry text as string values, which ExcelJS never turns into formulas.
import ExcelJS from "exceljs";
import type { Locale } from "../../domain/locale-format";
import { translate } from "../../domain/message";
import { PLAN_LINE_KEYS, type PlanLineKey } from "../../domain/planner/export-words";
import { whyMessageOf } from "../../domain/planner/why";
import { neutralise } from "../../domain/report/serialize";
import { tOf } from "../../i18n/t";
import type { SavedPlan } from "./plans.server";

type Kind = "text" | "money" | "count" | "number";
const KINDS: Record<PlanLineKey, Kind> = {
  account_id: "text",
  name: "text",
  format: "text",
  posts: "count",
  from: "text",
  to: "text",
  intent: "text",
  pillar: "text",
  cost: "money",
  expected_views: "count",
  expected_gmv: "money",
  gmv_p10: "money",
  gmv_p90: "money",
  roi: "number",
  estimated: "text",
  why: "text",
};

/**
 * The words of a download: in `locale` when one was asked for (`planExport.*`, and the lines'
 * values: format, intent, yes/no, why); else the canonical English, values as stored.
 */
function wordsOf(locale: Locale | null) {
  const t = tOf(locale ?? "en");
  const say = (key: string, o?: Record<string, unknown>) => t(key, o) as string;
  return {
    say,
    label: (k: PlanLineKey) => say(`planExport.col.${k}`),
    definition: (k: PlanLineKey) => say(`planExport.def.${k}`),
    format: (v: string) => (locale ? say(`planner.format.${v}`) : v),
    intent: (v: string) => (locale ? say(`planner.intent.${v}`) : v),
    yesNo: (v: boolean) => (locale ? say(v ? "planExport.yes" : "planExport.no") : v ? "yes" : "no"),
    // a why written by hand is the person's own text
    why: (v: string) => {
      const m = locale ? whyMessageOf(v) : null;
      return m ? translate(say, m) : v;
    },
  };
}
type Words = ReturnType<typeof wordsOf>;

function lineRows(p: SavedPlan, w: Words): Record<PlanLineKey, string | number | null>[] {
  return p.lines.map((l) => ({
    account_id: l.accountId,
    name: l.name,
    format: w.format(l.format),
    posts: l.posts,
    from: l.fromDay,
    to: l.toDay,
    intent: w.intent(l.intent),
    pillar: l.pillar,
    cost: l.cost / 100,
    expected_views: Math.round(l.expectedViews),
    expected_gmv: l.expectedGmv / 100,
    gmv_p10: l.gmvP10 / 100,
    gmv_p90: l.gmvP90 / 100,
    roi: l.roi === null ? null : Math.round(l.roi * 10000) / 10000,
    estimated: w.yesNo(l.estimated),
    why: w.why(l.why),
  }));
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The lines as CSV: with a `locale`, the header in its words and the values it translates (a
 * reader's download); without, the canonical snake_case keys and the values as stored.
 */
export function planCsv(p: SavedPlan, locale: Locale | null = null): string {
  const w = wordsOf(locale);
  const lines = [PLAN_LINE_KEYS.map((k) => csvField(locale ? w.label(k) : k)).join(",")];
  for (const r of lineRows(p, w)) {
    lines.push(
      PLAN_LINE_KEYS.map((k) => {
        const v = r[k];
        if (v === null || v === undefined) return "";
        if (typeof v === "number") return KINDS[k] === "money" ? v.toFixed(2) : String(v);
        return csvField(neutralise(v));
      }).join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The plan as a workbook (summary, lines, definitions), in `locale`'s words or the canonical English. */
export async function planXlsx(p: SavedPlan, currency: string, locale: Locale | null = null): Promise<Buffer> {
  const w = wordsOf(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = "factloop";
  const summary = wb.addWorksheet(w.say("planExport.sheet.plan"));
  summary.columns = [
    { header: w.say("planExport.sheet.plan"), key: "k", width: 26 },
    { header: p.name, key: "v", width: 40 },
  ];
  summary.getRow(1).font = { bold: true };
  const t = p.totals;
  const money = (cents: number) => ({ v: cents / 100, numFmt: "#,##0.00" });
  const s = (k: string) => w.say(`planExport.summary.${k}`);
  const rows: [string, string | number | { v: number; numFmt: string }][] = [
    [s("window"), w.say("planExport.window", { from: p.from, to: p.to })],
    [s("currency"), currency],
    [s("budget"), money(p.budget)],
    [s("cost"), money(t.cost)],
    [s("expectedGmv"), money(t.expectedGmv)],
    [s("gmvP10"), money(t.gmvP10)],
    [s("gmvP90"), money(t.gmvP90)],
    [s("roi"), t.roi === null ? "" : Math.round(t.roi * 10000) / 10000],
    [s("expectedViews"), Math.round(t.expectedViews)],
    [s("creators"), t.creators],
    [s("posts"), t.posts],
    [s("asOf"), p.asOf],
  ];
  for (const [k, v] of rows) {
    const r = summary.addRow({ k, v: typeof v === "object" ? v.v : v });
    if (typeof v === "object") r.getCell(2).numFmt = v.numFmt;
  }
  const ws = wb.addWorksheet(w.say("planExport.sheet.lines"));
  ws.columns = PLAN_LINE_KEYS.map((k) => {
    const label = w.label(k);
    const kind = KINDS[k];
    return { header: label, key: k, width: k === "why" ? 80 : Math.max(12, label.length + 2), style: { numFmt: kind === "money" ? "#,##0.00" : kind === "count" ? "#,##0" : undefined } };
  });
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  // Text goes in as a string value; ExcelJS never turns it into a formula.
  for (const r of lineRows(p, w)) ws.addRow(r);
  const defs = wb.addWorksheet(w.say("planExport.sheet.definitions"));
  defs.columns = [
    { header: w.say("planExport.column"), key: "k", width: 22 },
    { header: w.say("planExport.definition"), key: "d", width: 90 },
  ];
  defs.getRow(1).font = { bold: true };
  for (const k of PLAN_LINE_KEYS) defs.addRow({ k: w.label(k), d: w.definition(k) });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function planFileName(merchantSlug: string, p: SavedPlan, ext: "csv" | "xlsx"): string {
  const safe = p.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || `plan-${p.id}`;
  return `${merchantSlug}-plan-${safe}.${ext}`;
}
