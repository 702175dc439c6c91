// What a phase report asks for, read the same way from a page URL, the export and print URLs, a
// saved report and the command line, and written back as one canonical search string.
import { z } from "zod";
import { BAD_DAY_MESSAGE, reportParamsSchema } from "../report/params";
import { DEFAULT_PHASE_MEASURES, isPhaseMeasure, PHASE_MEASURES } from "./columns";
import { phaseQueryEnglish } from "./report-query-messages";

export { phaseQueryEnglish, phaseQueryMessageOf, phaseQueryMessages } from "./report-query-messages";

export const GROUPINGS = ["day", "week", "month", "total"] as const;
export const SPLITS = ["none", "pillar", "campaign", "account", "content"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export type SplitBy = (typeof SPLITS)[number];

export interface PhaseReportQuery {
  from?: string;
  to?: string;
  by: Grouping;
  split: SplitBy;
  /** chosen measure keys in catalogue order; the contract's columns when none were chosen */
  measures: string[];
}

export type ParsedQuery = { ok: true; query: PhaseReportQuery } | { ok: false; errors: string[] };

/** `a,b` and repeated values both name several measures. */
export function measureList(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}


const LABEL: Record<string, string> = { from: "From", to: "To", by: "Group by", split: "Split by" };
const ONE_OF: Record<string, "byOneOf" | "splitOneOf"> = { by: "byOneOf", split: "splitOneOf" };
const BAD_DAY: Record<string, "fromDate" | "toDate"> = { from: "fromDate", to: "toDate" };

/** Reads a phase report from search params; every problem comes back as a sentence. */
export function parsePhaseReportQuery(search: URLSearchParams): ParsedQuery {
  const errors: string[] = [];
  const blank = (k: string) => search.get(k)?.trim() || undefined;
  const parsed = reportParamsSchema.safeParse({ from: blank("from"), to: blank("to"), by: blank("by"), split: blank("split") });
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = String(i.path[0] ?? "");
      const values = (i as { values?: unknown[] }).values?.join(", ");
      if (i.code === "invalid_value") errors.push(ONE_OF[field] ? phaseQueryEnglish(ONE_OF[field], { values: values ?? "" }) : `${LABEL[field] ?? field} must be one of ${values}.`);
      else if (i.message.startsWith("--")) errors.push(phaseQueryEnglish("fromAfterTo"));
      else if (i.message === BAD_DAY_MESSAGE && BAD_DAY[field]) errors.push(phaseQueryEnglish(BAD_DAY[field]));
      else errors.push(`${LABEL[field] ?? field} ${i.message}.`);
    }
  }
  const asked = measureList(search.getAll("measures"));
  const unknown = asked.filter((m) => !isPhaseMeasure(m));
  if (unknown.length) errors.push(phaseQueryEnglish("unknownMeasure", { unknown: unknown.join(", "), measures: PHASE_MEASURES.join(", ") }));
  if (errors.length || !parsed.success) return { ok: false, errors };
  const chosen = new Set(asked);
  const measures = asked.length ? PHASE_MEASURES.filter((m) => chosen.has(m)) : [...DEFAULT_PHASE_MEASURES];
  return { ok: true, query: { from: parsed.data.from, to: parsed.data.to, by: parsed.data.by, split: parsed.data.split, measures } };
}

export function isDefaultMeasures(measures: readonly string[]): boolean {
  return measures.length === DEFAULT_PHASE_MEASURES.length && DEFAULT_PHASE_MEASURES.every((m, i) => measures[i] === m);
}

/** The canonical search string (no leading `?`): what saved reports store and links carry. */
export function phaseReportSearch(q: PhaseReportQuery): string {
  const p = new URLSearchParams();
  if (q.from) p.set("from", q.from);
  if (q.to) p.set("to", q.to);
  p.set("by", q.by);
  p.set("split", q.split);
  if (!isDefaultMeasures(q.measures)) p.set("measures", q.measures.join(","));
  return p.toString();
}

/** The command that prints the same report. */
export function phaseReportCommand(merchant: string, q: PhaseReportQuery, format: "csv" | "json" | "xlsx" = "csv"): string {
  const parts = ["npx factloop report phases", `--merchant ${merchant}`];
  if (q.from) parts.push(`--from ${q.from}`);
  if (q.to) parts.push(`--to ${q.to}`);
  parts.push(`--by ${q.by}`, `--split ${q.split}`);
  if (!isDefaultMeasures(q.measures)) parts.push(`--measures ${q.measures.join(",")}`);
  parts.push(`--format ${format}`);
  if (format === "xlsx") parts.push("--out report.xlsx");
  return parts.join(" ");
}

export const savedReportNameSchema = z
  .string()
  .trim()
  .min(1, phaseQueryEnglish("nameMissing"))
  .max(120, phaseQueryEnglish("nameLong"));
