// A plan as the command line prints it (spec: `plan suggest|show` JSON), money in units.
import type { PlannedLine, PlanTotals } from "./plan";

const units = (cents: number) => Math.round(cents) / 100;
const r6 = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);

export interface PlanForFile {
  name: string;
  merchant: string;
  budget: number;
  from: string;
  to: string;
  objective: string;
  asOf: string;
  constraints: Record<string, unknown>;
  lines: PlannedLine[];
  totals: PlanTotals;
}

export function planJson(p: PlanForFile) {
  return {
    plan: {
      name: p.name,
      merchant: p.merchant,
      budget: units(p.budget),
      from: p.from,
      to: p.to,
      objective: p.objective,
      as_of: p.asOf,
      constraints: p.constraints,
      lines: p.lines.map((l) => ({
        account_id: l.accountId,
        name: l.name,
        format: l.format,
        posts: l.posts,
        from: l.fromDay,
        to: l.toDay,
        intent: l.intent,
        pillar: l.pillar,
        estimated: l.estimated,
        cost: units(l.cost),
        expected_views: Math.round(l.expectedViews),
        expected_gmv: units(l.expectedGmv),
        gmv_p10: units(l.gmvP10),
        gmv_p90: units(l.gmvP90),
        why: l.why,
      })),
      totals: {
        cost: units(p.totals.cost),
        expected_views: Math.round(p.totals.expectedViews),
        expected_gmv: units(p.totals.expectedGmv),
        gmv_p10: units(p.totals.gmvP10),
        gmv_p90: units(p.totals.gmvP90),
        roi: r6(p.totals.roi),
      },
    },
  };
}

function csvField(text: string): string {
  const t = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** Rows of objects as CSV (header from the first row's keys); null is blank. */
export function rowsCsv(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]);
  const cell = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? csvField(v) : String(v));
  return [keys.join(","), ...rows.map((r) => keys.map((k) => cell(r[k])).join(","))].join("\n");
}
